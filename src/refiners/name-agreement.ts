/**
 * One name, one type in a document: where context shows what a name is (`Zyrtans adalah
 * grup musik`, `Ayah Kwort …`, `Kwort lahir di …`), the same name guessed elsewhere from weak
 * evidence alone (a bare capitalized word, a preposition of place: `bersama Zyrtans`,
 * `dari Kwort`) takes the type the context showed.
 */
import type { ResolvedCandidate } from '../types.js';
import type { Refiner } from './refiner.js';

/** Sources that guess a type from the word's position only. */
const WEAK = new Set(['rule:unknown-capitalized', 'rule:place-preposition']);

/** The type other rules showed for each name, or null where they disagree. */
function shownTypes(candidates: readonly ResolvedCandidate[]): Map<string, ResolvedCandidate['type'] | null> {
  const shown = new Map<string, ResolvedCandidate['type'] | null>();
  for (const c of candidates) {
    if (!c.source.startsWith('rule:') || WEAK.has(c.source) || c.type === 'DATE') continue;
    const seen = shown.get(c.text);
    if (seen === undefined) shown.set(c.text, c.type);
    else if (seen !== c.type) shown.set(c.text, null);
  }
  return shown;
}

/**
 * Retypes weak guesses of a name to the type context showed for it elsewhere in the document.
 *
 * @example
 * ```ts
 * // 'Zyrtans adalah grup musik . … bersama Zyrtans .' → the second 'Zyrtans' is an ORG, not a PERSON.
 * ```
 */
export const nameAgreementRefiner: Refiner = {
  name: 'name-agreement',
  why: 'a name keeps the type its context showed; after overlaps, it only retypes weak guesses, so the output stays flat',
  refine(candidates) {
    let weak = false;
    for (const c of candidates) if (WEAK.has(c.source)) { weak = true; break; }
    if (!weak) return candidates;
    const shown = shownTypes(candidates);
    if (shown.size === 0) return candidates;
    let out: ResolvedCandidate[] | null = null;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (!WEAK.has(c.source)) continue;
      const type = shown.get(c.text);
      if (!type || type === c.type) continue;
      out ??= [...candidates];
      out[i] = { ...c, type, source: 'refiner:name-agreement' };
    }
    return out ?? candidates;
  },
};
