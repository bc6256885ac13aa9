/**
 * A person's name beats the brand that shares it: where the document names a person in full
 * (`Ferdinand Zyrtal adalah seorang insinyur`, `Zyrtal Wijaya adalah aktris`) or a biography
 * predicate shows the brand's word to be a person (`Zyrtal terkenal sebagai produser`), a bare
 * `Zyrtal` that a gazetteer read as a company or club is that person (`Zyrtal juga
 * mendesain …`). The brand keeps its longer names (`Zyrtal Motors`), which are not bare.
 */
import type { ResolvedCandidate } from '../types.js';
import type { DocumentState, Refiner } from './refiner.js';
import { GAZETTEER_PRIORITY } from '../gazetteer/compile.js';

/** Person sources that only guess from shape or position: too weak to overrule a gazetteer. */
const WEAK_PERSON = new Set(['rule:unknown-capitalized', 'rule:place-preposition', 'refiner:name-agreement']);
const CAPITALIZED_WORD = /^\p{Lu}[\p{Ll}\p{M}’'-]+$/u;

/** The first and last words of the people the document names in full, by strong evidence, each with where its first full mention ends. */
function personNameParts(candidates: readonly ResolvedCandidate[], doc: DocumentState): Map<string, number> {
  const parts = new Map<string, number>();
  for (const c of candidates) {
    if (c.type !== 'PERSON' || WEAK_PERSON.has(c.source) || c.source.startsWith('gazetteer:')) continue;
    const words = c.text.split(/[\x20\u00A0]+/u).filter((w) => CAPITALIZED_WORD.test(w));
    // One word counts where a biography predicate overruled a brand with it (`Zyrtal adalah seorang …`).
    if (words.length < 2 && !(words.length === 1 && c.priority > GAZETTEER_PRIORITY)) continue;
    for (const w of [words[0]!, words[words.length - 1]!]) {
      if (w.length < 3 || doc.inLexicon('capitalized-common-nouns', w) || doc.inLexicon('titles', w) || doc.inLexicon('sentence-openers', w)) continue;
      const seen = parts.get(w);
      if (seen === undefined || c.end < seen) parts.set(w, c.end);
    }
  }
  return parts;
}

/** End of the longest of `persons` written at `start` as whole words, or `start`. */
function personNameAt(text: string, start: number, persons: readonly string[]): number {
  let end = start;
  for (const p of persons) {
    if (start + p.length > end && text.startsWith(p, start) && !/[\p{L}\p{N}]/u.test(text[start + p.length] ?? '')) end = start + p.length;
  }
  return end;
}

/** Lower-case words that make the next name a brand (`merek Zyrtal`, `klub Zyrtal`). */
const BRAND_CUES = new Set(['merek', 'bermerek', 'mobil', 'produk', 'pabrikan', 'perusahaan', 'klub', 'tim', 'saham']);

/** The lower-case word right before `start`, or ''. */
function wordBefore(text: string, start: number): string {
  return /(\p{Ll}+)[\x20\u00A0]+$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? '';
}

/** True when a capitalized word follows the span (`Zyrtal Motors`): part of a longer name. */
function followedByName(text: string, end: number): boolean {
  return /^[\x20\u00A0]+\p{Lu}/u.test(text.slice(end, end + 3));
}

/**
 * Retypes a bare one-word gazetteer ORG as PERSON where a person named earlier in the document
 * bears that word as first or last name, unless a brand noun stands before it (`merek Zyrtal`);
 * where more of the person's name follows (`Zyrtal Olivia`), the span takes it.
 *
 * @example
 * ```ts
 * // 'Ferdinand Zyrtal adalah seorang insinyur . Zyrtal juga mendesain tank .'
 * // → the second 'Zyrtal' is a PERSON, though a gazetteer lists the Zyrtal car maker.
 * ```
 */
export const personOverBrandRefiner: Refiner = {
  name: 'person-over-brand',
  why: 'a founder or namesake named in full owns the bare name in that document; after overlaps, it only retypes, so the output stays flat',
  refine(candidates, doc) {
    let brand = false;
    for (const c of candidates) if (c.type === 'ORG' && c.source.startsWith('gazetteer:') && !c.text.includes(' ')) { brand = true; break; }
    if (!brand) return candidates;
    const parts = personNameParts(candidates, doc);
    if (parts.size === 0) return candidates;
    const persons = [...new Set(candidates.filter((c) => c.type === 'PERSON' && c.text.includes(' ')).map((c) => c.text))];
    let out: ResolvedCandidate[] | null = null;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (c.type !== 'ORG' || !c.source.startsWith('gazetteer:')) continue;
      // Only after the person was named: before that, the document may speak of the brand.
      const named = parts.get(c.text);
      if (named === undefined || c.start < named) continue;
      const before = wordBefore(doc.text, c.start);
      if (BRAND_CUES.has(before) || doc.inLexicon('org-head-nouns', before)) continue;
      let end = c.end;
      if (followedByName(doc.text, c.end)) {
        // `Kakek Zyrtal Olivia dari …`: the person's name said again in full, over free text only.
        end = personNameAt(doc.text, c.start, persons);
        if (end <= c.end || candidates.some((o) => o !== c && o.start < end && o.end > c.end)) continue;
      }
      out ??= [...candidates];
      const { id: _id, ...rest } = c;
      out[i] = { ...rest, end, text: doc.text.slice(c.start, end), type: 'PERSON', source: 'refiner:person-over-brand' };
    }
    return out ?? candidates;
  },
};
