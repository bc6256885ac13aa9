/**
 * Document-level consistency: a name tagged once keeps its type for the rest of the
 * document. A rule-found name said again is tagged again; a person's later mention by the
 * part of the name their culture uses alone inherits PERSON: the given name (last) of a
 * Vietnamese name (`Budi … Lam`), the family name (first) of a Chinese or Korean name
 * (`Xi`, `Kim`), the surname (last) otherwise. Runs after overlaps; adds only spans that
 * overlap nothing kept.
 */
import type { ResolvedCandidate } from '../types.js';
import type { DocumentState, Refiner } from './refiner.js';

/** Below every matcher: a repeat only fills a gap. */
const CONSISTENCY_PRIORITY = 4;
const WORD_CHAR = /[\p{L}\p{N}\p{M}’'-]/u;
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}\p{M}’'-]*$/u;

/**
 * The part of a personal name used alone on a later mention, or null.
 *
 * @example
 * ```ts
 * shortFormOf('Budi Sartono', doc, undefined); // -> 'Sartono'
 * shortFormOf('Pham Thai Nhu Mai', doc, undefined); // -> 'Mai' (Vietnamese)
 * shortFormOf('Kwon Jong Bak', doc, 'family-first'); // -> 'Kwon'
 * ```
 */
export function shortFormOf(name: string, doc: DocumentState, order: 'given-first' | 'family-first' | 'vietnamese' | undefined): string | null {
  const words = name.split(/[\x20\u00A0]+/u).filter((w) => CAPITALIZED_WORD.test(w));
  if (words.length < 2) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const culture = order ?? (doc.inLexicon('vietnamese-family-names', first) && words.length >= 2 ? 'vietnamese'
    : doc.inLexicon('east-asian-family-names', first) && words.length <= 3 ? 'family-first' : 'given-first');
  const part = culture === 'family-first' ? first : last;
  // One- and two-letter parts (`Un`, `Li`) and all-caps parts are too ambiguous alone.
  if (part.length < 2 || (part.length < 3 && culture !== 'family-first') || part === part.toUpperCase()) return null;
  if (doc.inLexicon('capitalized-common-nouns', part) || doc.inLexicon('sentence-openers', part) || doc.inLexicon('titles', part)) return null;
  return part;
}

/** Word-bounded occurrences of `needle` in `text` at or after `from`. */
function occurrences(text: string, needle: string, from: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (WORD_CHAR.test(text[at - 1] ?? ' ') || WORD_CHAR.test(text[end] ?? ' ')) continue;
    out.push(at);
  }
  return out;
}

/**
 * True when a capitalized word stands right before `start` or right after `end`, so the
 * word is part of a longer name (`Ani Sartono Wijaya`). Openers, common nouns and titles
 * before it (`Kemudian Sartono`, `Gubernur Sartono`) do not count.
 */
function insideLongerName(doc: DocumentState, start: number, end: number): boolean {
  const { text } = doc;
  if (/^[\x20\u00A0]+\p{Lu}/u.test(text.slice(end, end + 3))) return true;
  const before = /(\p{Lu}[\p{L}\p{M}’'-]*)[\x20\u00A0]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!before) return false;
  const word = before[1]!;
  return !(doc.inLexicon('sentence-openers', word) || doc.inLexicon('capitalized-common-nouns', word) || doc.inLexicon('titles', word));
}

/**
 * Tags repeats of rule-found names and the short forms of people named in full.
 *
 * @example
 * ```ts
 * // 'Gubernur Budi Sartono tiba. … Sartono menegaskan' → the second 'Sartono' is a PERSON.
 * ```
 */
export const consistencyRefiner: Refiner = {
  name: 'consistency',
  why: 'a name keeps its type through the document, and people are later named by part of their name; after overlaps, so it only fills gaps',
  refine(candidates, doc) {
    const { text } = doc;
    const owner = new Uint8Array(text.length);
    for (const c of candidates) owner.fill(1, c.start, c.end);
    const free = (start: number, end: number): boolean => !owner.subarray(start, end).some((v) => v === 1);
    const added: ResolvedCandidate[] = [];
    const add = (start: number, end: number, like: ResolvedCandidate): void => {
      owner.fill(1, start, end);
      const c: ResolvedCandidate = { start, end, type: like.type, text: text.slice(start, end), source: 'refiner:consistency', priority: CONSISTENCY_PRIORITY };
      if (like.id !== undefined) c.id = like.id;
      added.push(c);
    };
    const seenText = new Set<string>();
    const seenShort = new Set<string>();
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    for (const c of sorted) {
      // The fallback's guesses (`rule:unknown-capitalized`) are too weak to spread.
      if (c.type === 'DATE' || c.flags?.includes('short') || c.source === 'rule:unknown-capitalized') continue;
      // Rule-found names said again anywhere in the document (headlines come before the body).
      // One capitalized word is repeated only for people: a lone word a rule read as a place
      // or an organization from weak context (`di Zyrtal`) is not trusted everywhere.
      const repeatable = c.type === 'PERSON' || /[\x20\u00A0]/u.test(c.text);
      if (repeatable && c.source.startsWith('rule:') && c.text.length >= 3 && !seenText.has(c.text) && /^\p{Lu}/u.test(c.text)) {
        seenText.add(c.text);
        for (const at of occurrences(text, c.text, 0)) if (free(at, at + c.text.length)) add(at, at + c.text.length, c);
      }
      if (c.type !== 'PERSON') continue;
      const entry = c.id !== undefined ? doc.gazetteer.entries.get(c.id) : undefined;
      const part = shortFormOf(c.text, doc, entry?.nameOrder);
      if (!part || seenShort.has(part)) continue;
      seenShort.add(part);
      for (const at of occurrences(text, part, c.end)) {
        const end = at + part.length;
        if (free(at, end) && !insideLongerName(doc, at, end)) add(at, end, c);
      }
    }
    return added.length ? [...candidates, ...added] : candidates;
  },
};
