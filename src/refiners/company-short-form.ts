/**
 * A company's short name: where the document names `Zyrtal Energy` or `Kwortel Inc`, a bare
 * `Zyrtal` elsewhere that a rule only guessed from its position (`direktur Zyrtal` read as a
 * title before a person, `di Zyrtal` as a place) is that company.
 */
import type { ResolvedCandidate } from '../types.js';
import type { Refiner } from './refiner.js';

/** Final words that make a two-word name a company, not a club or an outlet named after a town. */
const COMPANY_FINALS = new Set([
  'Corporation', 'Corp', 'Incorporated', 'Inc', 'Ltd', 'Limited', 'Company', 'Co', 'Group', 'Holdings', 'Holding',
  'Energy', 'Motors', 'Electronics', 'Industries', 'Technologies', 'Airlines', 'Airways', 'Records', 'Entertainment',
  'Productions', 'Pictures', 'Studios', 'Tbk', 'Petroleum', 'Oil', 'Resources', 'Exploration',
]);

/** Sources that guess a type from a neighbouring word only. */
const GUESSES = new Set(['rule:unknown-capitalized', 'rule:place-preposition', 'rule:title-person', 'refiner:name-agreement']);
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}’'-]*$/u;

/** The short names (`Zyrtal`) of the two-word companies (`Zyrtal Energy`) the document names. */
function shortNames(candidates: readonly ResolvedCandidate[]): Set<string> {
  const names = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'ORG') continue;
    const words = c.text.split(/[\x20\u00A0]+/u);
    if (words.length !== 2 || !COMPANY_FINALS.has(words[1]!) || !NAME_WORD.test(words[0]!) || words[0]!.length < 3) continue;
    names.add(words[0]!);
  }
  return names;
}

/**
 * Retypes position-only guesses of a company's short name to ORG.
 *
 * @example
 * ```ts
 * // 'merger dengan Zyrtal Energy , dan Budi menjadi direktur Zyrtal .' → the bare 'Zyrtal' is an ORG.
 * ```
 */
export const companyShortFormRefiner: Refiner = {
  name: 'company-short-form',
  why: 'a company named in full owns its bare first word; after overlaps, it only retypes guesses, so the output stays flat',
  refine(candidates) {
    let guess = false;
    for (const c of candidates) if (GUESSES.has(c.source) && c.type !== 'ORG') { guess = true; break; }
    if (!guess) return candidates;
    const names = shortNames(candidates);
    if (names.size === 0) return candidates;
    let out: ResolvedCandidate[] | null = null;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (c.type === 'ORG' || !GUESSES.has(c.source) || !names.has(c.text)) continue;
      out ??= [...candidates];
      out[i] = { ...c, type: 'ORG', source: 'refiner:company-short-form' };
    }
    return out ?? candidates;
  },
};
