/**
 * Short forms (`Xi`, `Lam`, `Putin`) count only after the entity was named in full earlier in
 * the same document; when several entities share a short form (`Kim`), the most recently
 * named one takes it.
 */
import type { ResolvedCandidate } from '../types.js';
import type { Refiner } from './refiner.js';
import { SpanIndex } from './spans.js';

/**
 * Keeps a short-form gazetteer candidate only after a full mention of its entry.
 *
 * @example
 * ```ts
 * // 'Budi Sartono tiba. Budi berkata…' → the second 'Budi' is kept (short form of the entry).
 * ```
 */
export const secondMentionRefiner: Refiner = {
  name: 'second-mention',
  why: 'a surname or given name alone is ambiguous until the document has named the person in full',
  refine(candidates, _doc, drop) {
    const full = candidates.filter((c) => c.id !== undefined && !c.flags?.includes('short') && !c.flags?.includes('ambiguous'));
    // Where the first full mention of each entry ends (a short form inside it does not count).
    const firstFull = new Map<string, number>();
    for (const c of full) {
      const prev = firstFull.get(c.id!);
      if (prev === undefined || c.end < prev) firstFull.set(c.id!, c.end);
    }
    // Full mentions by start, to find the latest one before a short form.
    const fullIndex = new SpanIndex(full);
    const latestBefore = (pos: number, ids: Set<string>): string | undefined => fullIndex.lastBefore(pos, (c) => ids.has(c.id!))?.id;
    const shortBySpan = new Map<string, ResolvedCandidate[]>();
    const kept: ResolvedCandidate[] = [];
    for (const c of candidates) {
      if (!c.flags?.includes('short')) { kept.push(c); continue; }
      const key = `${c.start}:${c.end}`;
      const list = shortBySpan.get(key);
      if (list) list.push(c); else shortBySpan.set(key, [c]);
    }
    for (const group of shortBySpan.values()) {
      const pos = group[0]!.start;
      const ids = new Set(group.map((c) => c.id!).filter((id) => (firstFull.get(id) ?? Infinity) <= pos));
      const chosen = ids.size ? latestBefore(pos, ids) : undefined;
      for (const c of group) {
        if (c.id === chosen) kept.push(c);
        else drop(c, () => chosen ? `short form also of ${chosen}, named more recently` : 'short form before any full mention of the entity');
      }
    }
    return kept;
  },
};
