/**
 * An organ named before its parent body is one organization: `Duma Negara` + `Majelis
 * Federal Federasi Rusia`, `Zyrtal Council` + `Kwort Assembly` with one space between them
 * and no other word are the largest name, one ORG (ANNOTATION.md: tag the largest name).
 * Runs after the overlap refiner, on the flat output: it only joins two neighbours.
 */
import type { ResolvedCandidate } from '../types.js';
import type { Refiner } from './refiner.js';

/** One space (or no-break space) between the two names, nothing else. */
function oneSpaceBetween(text: string, a: ResolvedCandidate, b: ResolvedCandidate): boolean {
  if (b.start !== a.end + 1) return false;
  const c = text.charCodeAt(a.end);
  return c === 0x20 || c === 0xa0;
}

/** More than one word: a single-word name (`Zyrtal`, `ZPK`) before an ORG is more often a list or a subject. */
function multiWord(c: ResolvedCandidate): boolean {
  return /[\x20\u00A0]/u.test(c.text);
}

/**
 * Joins an ORG of two words or more directly followed by another ORG into one span.
 *
 * @example
 * ```ts
 * // 'Ketua Duma Negara Majelis Federal Federasi Rusia tiba' → ORG "Duma Negara Majelis Federal Federasi Rusia".
 * ```
 */
export const orgChainRefiner: Refiner = {
  name: 'org-chain',
  why: 'an organ directly before its parent body is one name; after overlaps, on the flat output',
  refine(candidates, doc) {
    const { text } = doc;
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    const out: ResolvedCandidate[] = [];
    let changed = false;
    for (const c of sorted) {
      const prev = out[out.length - 1];
      if (prev && prev.type === 'ORG' && c.type === 'ORG' && multiWord(prev) && oneSpaceBetween(text, prev, c)) {
        out[out.length - 1] = { ...prev, end: c.end, text: text.slice(prev.start, c.end), source: 'refiner:org-chain', id: undefined, flags: undefined };
        changed = true;
        continue;
      }
      out.push(c);
    }
    return changed ? out : candidates;
  },
};
