/**
 * An organ named before its parent body is one organization: `Duma Negara` + `Majelis
 * Federal Federasi Rusia`, `Zyrtal Council` + `Kwort Assembly` with one space between them
 * and no other word are the largest name, one ORG (ANNOTATION.md: tag the largest name).
 * Runs after the overlap refiner, on the flat output: it only joins two neighbours.
 */
import type { ResolvedCandidate } from '../types.js';
import type { Refiner } from './refiner.js';
import { joinNeighbours } from './spans.js';

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
  refine: (candidates, doc) =>
    joinNeighbours(candidates, doc.text, (prev, next) => prev.type === 'ORG' && next.type === 'ORG' && multiWord(prev), 'refiner:org-chain'),
};
