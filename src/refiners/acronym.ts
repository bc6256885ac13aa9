/**
 * Acronym definitions teach the document its abbreviations: `Partai Komunis Zyrtal (PKZ)`,
 * `PKZ (Partai Komunis Zyrtal)` or `Partai Komunis Zyrtal atau PKZ` makes every later `PKZ`
 * an ORG, like its long form.
 * Runs after the overlap refiner and adds only spans that overlap nothing kept.
 */
import type { EntityType, ResolvedCandidate } from '../types.js';
import type { Refiner } from './refiner.js';

/** Priority of spans this refiner adds (below rules and gazetteer: it only fills gaps). */
const ACRONYM_PRIORITY = 5;
const TICKER = /^\p{Lu}{4}$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]*(?:[\x20\u00A0-]\p{Lu}[\p{Lu}\p{N}]*){0,2}$/u;

/**
 * True when `acronym` spells the initials (or word-initial letters) of `long`, in order:
 * `PKV` ← `Partai Komunis Vietnam`, `KS PKV` ← `Komite Sentral Partai Komunis Vietnam`,
 * `PBB` ← `Perserikatan Bangsa-Bangsa`, `Kemlu` ← `Kementerian Luar Negeri`.
 *
 * @example
 * ```ts
 * spellsInitials('PKZ', 'Partai Komunis Zyrtal'); // -> true
 * spellsInitials('VPD', 'Viet Nam'); // -> false
 * ```
 */
export function spellsInitials(acronym: string, long: string): boolean {
  const letters = acronym.replace(/[\s\u00A0-]/gu, '').toLowerCase();
  const words = long.split(/[\s\u00A0-]+/u).filter(Boolean);
  if (letters.length < 2 || words.length < 2) return false;
  const memo = new Map<number, boolean>();
  const match = (a: number, w: number): boolean => {
    if (a === letters.length) return w === words.length || words.slice(w).every((x) => /^\p{Ll}/u.test(x));
    if (w === words.length) return false;
    const key = a * 64 + w;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[w]!.toLowerCase();
    // Lower-case connectors (`tentang`, `dan`) may be skipped; every capitalized word counts.
    let ok = /^\p{Ll}/u.test(words[w]!) && match(a, w + 1);
    for (let k = 1; !ok && k <= word.length && a + k <= letters.length && word[k - 1] === letters[a + k - 1]; k++) ok = match(a + k, w + 1);
    memo.set(key, ok);
    return ok;
  };
  return match(0, 0);
}

/** Acronyms defined in the document, with the type of their long form. */
function definitions(text: string, kept: readonly ResolvedCandidate[]): Map<string, EntityType> {
  const defs = new Map<string, EntityType>();
  // Built on first need: most documents define no acronym.
  let byStart: Map<number, ResolvedCandidate> | null = null;
  for (const c of kept) {
    if (c.type !== 'ORG' && c.type !== 'PLACE') continue;
    // `Long Form atau ACR`: an acronym given as the other name (spelling the long form's initials).
    if (text.startsWith(' atau ', c.end) || text.startsWith('\u00A0atau ', c.end)) {
      const or = /^[\x20\u00A0]atau[\x20\u00A0]+(\p{Lu}[\p{Lu}\p{N}]+)(?![\p{L}\p{N}])/u.exec(text.slice(c.end, c.end + 24));
      if (or && ACRONYM.test(or[1]!) && spellsInitials(or[1]!, c.text)) defs.set(or[1]!, c.type);
    }
    // Both bracketed forms need a bracket right after the candidate.
    let next = c.end;
    while (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0xa0) next++;
    if (text.charCodeAt(next) !== 0x28) continue;
    // `Long Form (ACR)`
    const after = /^[\x20\u00A0]*\([\x20\u00A0]*([^()\n]{2,16}?)[\x20\u00A0]*\)/u.exec(text.slice(c.end, c.end + 24));
    if (after && ACRONYM.test(after[1]!) && spellsInitials(after[1]!, c.text)) defs.set(after[1]!, c.type);
    // `Company (TICK)`: a stock ticker of four capitals names the company too.
    else if (after && c.type === 'ORG' && TICKER.test(after[1]!)) defs.set(after[1]!, 'ORG');
    // `ACR (Long Form)`
    if (ACRONYM.test(c.text)) {
      const open = /^[\x20\u00A0]*\([\x20\u00A0]*/u.exec(text.slice(c.end, c.end + 8));
      byStart ??= new Map(kept.map((k) => [k.start, k]));
      const long = open ? byStart.get(c.end + open[0].length) : undefined;
      if (long && long.type === c.type && /^[\x20\u00A0]*\)/u.test(text.slice(long.end, long.end + 4)) && spellsInitials(c.text, long.text)) defs.set(c.text, c.type);
    }
  }
  // `Long Form (ACR)` where the long form was found but the acronym not yet tagged
  return defs;
}

/**
 * Tags every occurrence of an acronym the document defined.
 *
 * @example
 * ```ts
 * // 'Badan Zyrtal Raya (BZR) … kata BZR' → the second BZR is an ORG (source refiner:acronym).
 * ```
 */
export const acronymRefiner: Refiner = {
  name: 'acronym',
  why: 'an acronym defined next to its long form names the same entity everywhere in the document; after overlaps, so it only fills gaps',
  refine(candidates, doc) {
    const { text } = doc;
    const defs = definitions(text, candidates);
    if (defs.size === 0) return candidates;
    const owner = new Uint8Array(text.length);
    for (const c of candidates) owner.fill(1, c.start, c.end);
    const added: ResolvedCandidate[] = [];
    for (const [acronym, type] of defs) {
      for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
        const end = at + acronym.length;
        if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')) continue;
        if (owner.subarray(at, end).some((v) => v === 1)) continue;
        owner.fill(1, at, end);
        // The property order of every other candidate (one object shape through the pipeline).
        added.push({ start: at, end, type, text: acronym, source: 'refiner:acronym', priority: ACRONYM_PRIORITY, id: undefined, value: undefined, flags: undefined });
      }
    }
    return added.length ? [...candidates, ...added] : candidates;
  },
};
