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
  refine(candidates, doc, drop) {
    const confirmed = new Set(candidates.filter((c) => c.id !== undefined && !c.flags?.includes('ambiguous') && !c.flags?.includes('short')).map((c) => c.id!));
    // Two different names of one entry, the second in brackets right after the first
    // (`Kepala Staf Gabungan (JCS)`), confirm each other like a full mention.
    const byStart = new Map<number, ResolvedCandidate[]>();
    for (const c of candidates) if (c.flags?.includes('ambiguous') && c.id !== undefined) byStart.set(c.start, [...(byStart.get(c.start) ?? []), c]);
    for (const c of candidates) {
      if (!c.flags?.includes('ambiguous') || c.id === undefined || confirmed.has(c.id)) continue;
      const open = /^[\x20\u00A0]*\([\x20\u00A0]*/u.exec(doc.text.slice(c.end, c.end + 4));
      if (!open) continue;
      const inner = byStart.get(c.end + open[0].length)?.find((b) => b.id === c.id && doc.text.slice(b.start, b.end) !== doc.text.slice(c.start, c.end));
      if (inner && /^[\x20\u00A0]*\)/u.test(doc.text.slice(inner.end, inner.end + 3))) confirmed.add(c.id);
    }
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
