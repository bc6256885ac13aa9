/**
 * A foreign company's Indonesian arm is named with the country after the company: `General
 * Motors Indonesia`, `Samsung Electronics Indonesia`, `PT Zyrtal Kwort Indonesia` are one ORG
 * each (ANNOTATION.md: the largest name), not an ORG and a PLACE. Only companies join: a
 * gazetteer organization of another country, or a `PT` name; an Indonesian body (`Kadin`,
 * `KPU`) followed by `Indonesia` is left alone. Runs after the overlap refiner, on the flat
 * output: it only joins two neighbours.
 */
import type { ResolvedCandidate } from '../types.js';
import type { Refiner } from './refiner.js';
import { joinNeighbours } from './spans.js';

/** The country the branch is in: Indonesia, as a gazetteer PLACE. */
const INDONESIA = 'place:country:id';
/** An organization id scoped by a country code (`org:us:…`), not `int` or a kind. */
const FOREIGN_SCOPE = /^org:([a-z]{2}):/u;

/** A `PT` name, or a gazetteer organization scoped by a country other than Indonesia (`org:us:…`). */
function isCompany(c: ResolvedCandidate): boolean {
  if (/^PT[\x20\u00A0]/u.test(c.text)) return true;
  const scope = c.id === undefined ? undefined : FOREIGN_SCOPE.exec(c.id)?.[1];
  return scope !== undefined && scope !== 'id';
}

/**
 * Joins a company's ORG and a directly following `Indonesia` into one ORG.
 *
 * @example
 * ```ts
 * // 'Direktur Zyrtal Motors Indonesia berkata' with `Zyrtal Motors` a known foreign company
 * // → ORG "Zyrtal Motors Indonesia".
 * ```
 */
export const localBranchRefiner: Refiner = {
  name: 'local-branch',
  why: "a foreign company's Indonesian arm is one name; after overlaps, on the flat output",
  refine: (candidates, doc) =>
    joinNeighbours(candidates, doc.text, (prev, next) => prev.type === 'ORG' && next.id === INDONESIA && isCompany(prev), 'refiner:local-branch'),
};
