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
import { charClass, phraseKeys, Shape } from '../text/tokenize.js';

/** Upper-case bit of `charClass`. */
const UPPER = 2;

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
  // The answer depends only on the name, the order and the word lists: kept per extractor.
  if (doc.inLexicon !== shortFormOwner) {
    shortFormOwner = doc.inLexicon;
    shortForms = shortFormMemo.get(shortFormOwner) ?? new Map();
    shortFormMemo.set(shortFormOwner, shortForms);
  }
  const key = order === undefined ? name : `${order}\u0000${name}`;
  let part = shortForms.get(key);
  if (part === undefined) {
    part = computeShortForm(name, doc, order);
    if (shortForms.size >= MEMO_LIMIT) shortForms.clear();
    shortForms.set(key, part);
  }
  return part;
}

const MEMO_LIMIT = 50_000;
const shortFormMemo = new WeakMap<DocumentState['inLexicon'], Map<string, string | null>>();
let shortFormOwner: DocumentState['inLexicon'] | null = null;
let shortForms = new Map<string, string | null>();

function computeShortForm(name: string, doc: DocumentState, order: 'given-first' | 'family-first' | 'vietnamese' | undefined): string | null {
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

/** True when a company or institution word follows `end` (`… Zyrtov Foundation`): the name is part of an organization's. */
function beforeOrgFinal(doc: DocumentState, end: number): boolean {
  const next = /^[\x20\u00A0]+(\p{Lu}[\p{L}\p{M}]*)/u.exec(doc.text.slice(end, end + 24));
  return next !== null && doc.inLexicon('org-name-finals', next[1]!);
}

/**
 * Tags repeats of rule-found names and the short forms of people named in full.
 *
 * @example
 * ```ts
 * // 'Gubernur Budi Sartono tiba. … Sartono menegaskan' → the second 'Sartono' is a PERSON.
 * ```
 */
/** A name to look for again: its exact text, where to look from, and the candidate it repeats. */
interface Needle {
  text: string;
  from: number;
  like: ResolvedCandidate;
  /** A short form: not taken where it is part of a longer capitalized name. */
  short: boolean;
  /** Order of the candidate that asked (earlier candidates' repeats win overlaps). */
  rank: number;
}

// Needles repeat from document to document (the same names): their first keys are kept.
const firstKeys = new Map<string, string>();

/** Folded key of a needle's first token (how the document's tokens are keyed). */
function firstKey(needle: string): string {
  let key = firstKeys.get(needle);
  if (key === undefined) {
    key = phraseKeys(needle)[0] ?? '';
    if (firstKeys.size >= MEMO_LIMIT) firstKeys.clear();
    firstKeys.set(needle, key);
  }
  return key;
}

/**
 * The candidates by start, ties in their given order (a stable sort), sorting numbers
 * (start and index packed in one) rather than calling a comparator.
 */
function byStart(candidates: readonly ResolvedCandidate[]): ResolvedCandidate[] {
  const n = candidates.length;
  let sorted = true;
  let maxStart = 0;
  for (let i = 0; i < n; i++) {
    const start = candidates[i]!.start;
    if (i > 0 && start < candidates[i - 1]!.start) sorted = false;
    if (start > maxStart) maxStart = start;
  }
  if (sorted) return candidates as ResolvedCandidate[];
  let bits = 1;
  while (1 << bits < n) bits++;
  const out = new Array<ResolvedCandidate>(n);
  if (Number.isInteger(maxStart) && maxStart >= 0 && maxStart < 2 ** (31 - bits)) {
    // Start and index in one 31-bit integer: the common case, and the fastest sort.
    const keys = new Int32Array(n);
    const mask = (1 << bits) - 1;
    for (let i = 0; i < n; i++) keys[i] = (candidates[i]!.start << bits) | i;
    keys.sort();
    for (let i = 0; i < n; i++) out[i] = candidates[keys[i]! & mask]!;
    return out;
  }
  return [...candidates].sort((a, b) => a.start - b.start);
}

/**
 * Every word-bounded occurrence of every needle, found in one pass over the document's
 * tokens: needles are filed under the folded key of their first word, and compared with
 * the text only where a token has that key.
 */
function findAll(doc: DocumentState, needles: readonly Needle[]): Array<{ at: number; needle: Needle }> {
  const { text, tokens } = doc;
  const byKey = new Map<string, Needle[]>();
  for (const n of needles) {
    const key = firstKey(n.text);
    const list = byKey.get(key);
    if (list) list.push(n); else byKey.set(key, [n]);
  }
  // A cheap filter before the map: the first letter and length of the ASCII-led keys.
  const lengthsByFirst = new Uint32Array(128);
  for (const key of byKey.keys()) {
    const first = key.charCodeAt(0);
    if (first < 128) lengthsByFirst[first]! |= 1 << Math.min(key.length, 31);
  }
  const found: Array<{ at: number; needle: Needle }> = [];
  const { count, shapes, keys, starts } = tokens;
  for (let i = 0; i < count; i++) {
    // Needles start with a capital letter.
    if (shapes[i]! < Shape.Capitalized) continue;
    const key = keys[i]!;
    const first = key.charCodeAt(0);
    if (first < 128 && (lengthsByFirst[first]! & (1 << Math.min(key.length, 31))) === 0) continue;
    const list = byKey.get(key);
    if (list === undefined) continue;
    const at = starts[i]!;
    if (WORD_CHAR.test(text[at - 1] ?? ' ')) continue;
    for (const needle of list) {
      if (at < needle.from || !text.startsWith(needle.text, at)) continue;
      if (WORD_CHAR.test(text[at + needle.text.length] ?? ' ')) continue;
      found.push({ at, needle });
    }
  }
  // The candidate named first keeps the overlaps; then text order.
  return found.sort((x, y) => x.needle.rank - y.needle.rank || x.at - y.at);
}

/**
 * The stretches of text the candidates (sorted by start) and the spans added so far cover:
 * `overlaps` finds a covered position in `[start, end)` by a binary search over the starts
 * and the running maximum of the ends (positions past the text are never covered).
 */
class Taken {
  private readonly starts: Float64Array;
  private readonly maxEnds: Float64Array;
  private readonly count: number;
  private readonly added: number[] = [];

  constructor(sorted: readonly ResolvedCandidate[], private readonly length: number) {
    this.starts = new Float64Array(sorted.length);
    this.maxEnds = new Float64Array(sorted.length);
    let n = 0;
    let maxEnd = -Infinity;
    for (const c of sorted) {
      const start = Math.max(c.start, 0);
      const end = Math.min(c.end, length);
      if (end <= start) continue; // covers nothing
      this.starts[n] = start;
      maxEnd = Math.max(maxEnd, end);
      this.maxEnds[n] = maxEnd;
      n++;
    }
    this.count = n;
  }

  overlaps(start: number, end: number): boolean {
    const to = Math.min(end, this.length);
    if (to <= start) return false;
    // Spans starting before `to`: the first `lo` of them.
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < to) lo = mid + 1; else hi = mid;
    }
    if (lo > 0 && this.maxEnds[lo - 1]! > start) return true;
    const { added } = this;
    for (let i = 0; i < added.length; i += 2) if (added[i]! < to && added[i + 1]! > start) return true;
    return false;
  }

  add(start: number, end: number): void {
    this.added.push(start, end);
  }
}

/** The fallback rule's source: a guess from a capitalized word alone. */
const FALLBACK = 'rule:unknown-capitalized';
/** What joins two items of a list: an optional bracket after the first, a comma, a conjunction or a slash. */
const LIST_JOINT = /^[\x20\u00A0]*(?:\([^()\n]{0,40}\)[\x20\u00A0]*)?(?:,[\x20\u00A0]*(?:(?:dan|atau|serta|maupun)[\x20\u00A0]+)?|(?:dan|atau|serta|maupun)[\x20\u00A0]+|\/[\x20\u00A0]*)$/u;
/** A joint that ends in a conjunction (`, dan`, `atau`). */
const CONJUNCTION_JOINT = /(?:^|[\x20\u00A0,])(?:dan|atau|serta|maupun)[\x20\u00A0]+$/u;
/** What may follow the last item of a list: punctuation, the end, or a conjunction. */
const LIST_ITEM_END = /^[\x20\u00A0]*(?:[,.;:()/\n]|$|(?:dan|atau|serta|maupun)[\x20\u00A0])/u;

/**
 * Items of one list name things of one kind: in `di Kota Zyrtal , Kwort , dan Blav` or
 * `Zyrtal , Kwortland`, an item only the fallback guessed (a PERSON from a bare capitalized
 * word) takes the type of the items that other evidence found, when they agree. An item that
 * runs on into the sentence (`di Zyrtal , Budi mengatakan`) is not an item of the list.
 *
 * @example
 * ```ts
 * // 'Pabrik di Kota Zyrtal , Kwort , dan Blav .' → `Kwort` and `Blav` become PLACE.
 * ```
 */
function typeListsAlike(candidates: ResolvedCandidate[], doc: DocumentState): ResolvedCandidate[] {
  let hasFallback = false;
  for (const c of candidates) if (c.source === FALLBACK) { hasFallback = true; break; }
  if (!hasFallback) return candidates;
  const { text } = doc;
  const sorted = byStart(candidates).filter((c) => c.type !== 'DATE');
  let out: ResolvedCandidate[] | null = null;
  let i = 0;
  while (i < sorted.length) {
    // The chain of items from `i`: candidates joined by list joints.
    let j = i;
    while (j + 1 < sorted.length) {
      const gap = sorted[j + 1]!.start - sorted[j]!.end;
      if (gap < 1 || gap > 60 || !LIST_JOINT.test(text.slice(sorted[j]!.end, sorted[j + 1]!.start))) break;
      j++;
    }
    const next = j + 1;
    // The last item must end the list, not open the next clause (`…, NASA menyiapkan`); after a
    // conjunction it is an item still (`Desa Zyrtal , Kwort dan Blav menjadi …`).
    if (j > i && !LIST_ITEM_END.test(text.slice(sorted[j]!.end, sorted[j]!.end + 8)) && !CONJUNCTION_JOINT.test(text.slice(sorted[j - 1]!.end, sorted[j]!.start))) j--;
    if (j > i) out = retypeList(sorted, i, j, doc, candidates, out);
    i = next;
  }
  return out ?? candidates;
}

/**
 * True for the fallback's PERSON: a guess from a capitalized word alone. Its ORG and PLACE
 * readings rest on a word of the name or before it (`Zyrtal Records`, `Kwort Heights`).
 */
function isGuess(c: ResolvedCandidate): boolean {
  return c.source === FALLBACK && c.type === 'PERSON';
}

/** Sources whose type a designator word states (`Desa Zyrtal`, `Dusun Kwort`). */
const DESIGNATED = /^rule:place-designator$/u;
/** A conjunction alone between two items. */
const PAIR_JOINT = /^[\x20\u00A0]+(?:dan|atau|serta)[\x20\u00A0]+$/u;

/**
 * Retypes the fallback items of the list `sorted[i..j]` to the type its other items agree
 * on. A list of two is an apposition as often as a list (`Partai Zyrtal , Budi Sartono ,`):
 * only after a preposition of place (`di Zyrtal , Kwort`) or a designated place joined by a
 * conjunction (`Desa Zyrtal dan Kwort`). A longer list lends its type to a
 * one-word item, or to any item when two items or more agree or stand on both sides of it.
 */
function retypeList(sorted: ResolvedCandidate[], i: number, j: number, doc: DocumentState, candidates: ResolvedCandidate[], out: ResolvedCandidate[] | null): ResolvedCandidate[] | null {
  const { text } = doc;
  let type: ResolvedCandidate['type'] | null = null;
  let firstSure = -1;
  let lastSure = -1;
  let sure = 0;
  for (let k = i; k <= j; k++) {
    const c = sorted[k]!;
    if (isGuess(c)) continue;
    if (type === null) type = c.type; else if (type !== c.type) return out;
    if (firstSure < 0) firstSure = k;
    lastSure = k;
    sure++;
  }
  if (type === null || sure === j - i + 1) return out;
  if (j - i === 1) {
    const before = /(\p{L}+)[\x20\u00A0]+$/u.exec(text.slice(Math.max(0, sorted[i]!.start - 20), sorted[i]!.start));
    // A designated first item joined by a conjunction is a pair, not an apposition (`Desa Zyrtal dan Kwort`).
    const designatedPair = DESIGNATED.test(sorted[i]!.source) && PAIR_JOINT.test(text.slice(sorted[i]!.end, sorted[j]!.start));
    if (type !== 'PLACE' || (!designatedPair && (!before || !doc.inLexicon('place-prepositions', before[1]!)))) return out;
  }
  for (let k = i; k <= j; k++) {
    const c = sorted[k]!;
    if (!isGuess(c) || c.type === type) continue;
    const oneWord = !c.text.includes(' ') && !c.text.includes('\u00A0');
    if (j - i > 1 && !oneWord && sure < 2 && !(firstSure < k && k < lastSure)) continue;
    out ??= [...candidates];
    const at = out.indexOf(c);
    out[at] = { ...c, type, source: 'refiner:consistency', priority: CONSISTENCY_PRIORITY };
  }
  return out;
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
  refine(input, doc) {
    const { text } = doc;
    const candidates = typeListsAlike(input, doc);
    const needles: Needle[] = [];
    const seenText = new Set<string>();
    const seenShort = new Set<string>();
    const seenPerson = new Set<string>();
    const sorted = byStart(candidates);
    for (const c of sorted) {
      // The fallback's guesses (`rule:unknown-capitalized`) are too weak to spread.
      if (c.type === 'DATE' || c.flags?.includes('short') || c.source === 'rule:unknown-capitalized') continue;
      // Rule-found names said again anywhere in the document (headlines come before the body).
      // One capitalized word is repeated only for people: a lone word a rule read as a place
      // or an organization from weak context (`di Zyrtal`) is not trusted everywhere.
      if (c.text.length >= 3 && (charClass(c.text.charCodeAt(0)) & UPPER) !== 0 && c.source.startsWith('rule:') &&
        (c.type === 'PERSON' || c.text.includes(' ') || c.text.includes('\u00A0')) && !seenText.has(c.text)) {
        seenText.add(c.text);
        needles.push({ text: c.text, from: 0, like: c, short: false, rank: needles.length });
      }
      if (c.type !== 'PERSON') continue;
      const entry = c.id !== undefined ? doc.gazetteer.entries.get(c.id) : undefined;
      // The same name (in the same order) gives the same short form: read it once.
      const nameKey = `${entry?.nameOrder ?? ''}\u0000${c.text}`;
      if (seenPerson.has(nameKey)) continue;
      seenPerson.add(nameKey);
      const part = shortFormOf(c.text, doc, entry?.nameOrder);
      if (!part || seenShort.has(part)) continue;
      seenShort.add(part);
      needles.push({ text: part, from: c.end, like: c, short: true, rank: needles.length });
    }
    if (needles.length === 0) return candidates;
    const found = findAll(doc, needles);
    if (found.length === 0) return candidates;
    const taken = new Taken(sorted, text.length);
    const added: ResolvedCandidate[] = [];
    for (const { at, needle } of found) {
      const end = at + needle.text.length;
      if (taken.overlaps(at, end) || (needle.short && insideLongerName(doc, at, end))) continue;
      if (needle.like.type === 'PERSON' && beforeOrgFinal(doc, end)) continue;
      taken.add(at, end);
      const { like } = needle;
      // The property order of every other candidate (one object shape through the pipeline).
      const c: ResolvedCandidate = {
        start: at, end, type: like.type, text: needle.text, source: 'refiner:consistency', priority: CONSISTENCY_PRIORITY,
        id: like.id, value: undefined, flags: undefined,
      };
      added.push(c);
    }
    return added.length ? [...candidates, ...added] : candidates;
  },
};
