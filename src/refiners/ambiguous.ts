/**
 * Entries flagged `ambiguous` (a name that is also a common word or another entity's name)
 * fire only with context: a full, unambiguous mention of the same entry in the document, or
 * a rule that proposed a span of the same type there.
 */
import type { ResolvedCandidate } from '../types.js';
import type { Refiner } from './refiner.js';
import { SpanIndex } from './spans.js';

/**
 * Drops ambiguous gazetteer candidates that nothing in the document supports.
 *
 * @example
 * ```ts
 * // 'Georgia' (ambiguous: country or US state) is kept only where a rule or a
 * // full mention supports it.
 * ```
 */
export const ambiguousRefiner: Refiner = {
  name: 'ambiguous',
  why: 'ambiguous names need context; decided before overlaps so they never block a rule span',
  refine(candidates, _doc, drop) {
    const confirmed = new Set(candidates.filter((c) => c.id !== undefined && !c.flags?.includes('ambiguous') && !c.flags?.includes('short')).map((c) => c.id!));
    const ruleSpans = new SpanIndex(candidates.filter((c) => c.source.startsWith('rule:')));
    const kept: ResolvedCandidate[] = [];
    for (const c of candidates) {
      if (!c.flags?.includes('ambiguous') || confirmed.has(c.id!)) { kept.push(c); continue; }
      const support = ruleSpans.covering(c.start, c.end).some((r) => r.type === c.type);
      if (support) kept.push(c);
      else drop(c, () => `ambiguous entry: no full mention of ${c.id} and no rule span of type ${c.type} supports it`);
    }
    return kept;
  },
};
