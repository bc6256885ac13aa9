/**
 * Overlap policy: spans never overlap in the output. Among overlapping candidates the
 * longest wins; then the higher priority; then the earliest start; then the first found
 * (matchers run in pipeline order, so a gazetteer hit beats a rule hit of equal rank).
 */
import type { ResolvedCandidate } from '../types.js';
import { describe, type Refiner } from './refiner.js';

function rank(a: ResolvedCandidate, b: ResolvedCandidate): number {
  return (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start;
}

function reasonAgainst(loser: ResolvedCandidate, winner: ResolvedCandidate): string {
  const why = winner.end - winner.start > loser.end - loser.start ? 'longer'
    : winner.priority > loser.priority ? 'higher priority'
    : winner.start < loser.start ? 'earlier' : 'found first';
  return `overlaps ${describe(winner)} (${why})`;
}

/**
 * Resolves overlaps: longest, then priority, then earliest start, then discovery order.
 *
 * @example
 * ```ts
 * // 'Kota Ho Chi Minh' (PLACE, 16 chars) beats 'Ho Chi Minh' (PERSON, 11 chars).
 * ```
 */
export const overlapRefiner: Refiner = {
  name: 'overlap',
  why: 'the output is flat: one span per stretch of text, the longest (then highest priority) wins',
  refine(candidates, doc, drop) {
    // Stable sort keeps discovery order as the last tie-breaker.
    const order = candidates.map((c, i) => ({ c, i })).sort((x, y) => rank(x.c, y.c) || x.i - y.i);
    const owner = new Int32Array(doc.text.length).fill(-1);
    const kept: ResolvedCandidate[] = [];
    for (const { c } of order) {
      let clash = -1;
      for (let p = c.start; p < c.end; p++) if (owner[p]! >= 0) { clash = owner[p]!; break; }
      if (clash >= 0) {
        const winner = kept[clash]!;
        // Identical span and type from two sources: the same entity, said twice. A rule that
        // found a name the gazetteer knows keeps the gazetteer's entry id.
        const same = winner.start === c.start && winner.end === c.end && winner.type === c.type;
        if (same && winner.id === undefined && c.id !== undefined) winner.id = c.id;
        drop(c, () => same ? `same span as ${describe(winner)}` : reasonAgainst(c, winner));
        continue;
      }
      owner.fill(kept.length, c.start, c.end);
      kept.push(c);
    }
    return kept;
  },
};
