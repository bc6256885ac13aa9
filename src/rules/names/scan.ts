/**
 * Shared readers for the name rules: where a word starts and ends, how far a personal name,
 * an organization name or a place name runs. Word boundaries live here once, so each rule
 * only says what its context means.
 */
import type { Candidate, RuleContext } from '../../types.js';
import { charClass } from '../../text/tokenize.js';
import { fold } from '../../text/fold.js';
import { builtinData } from '../../data/builtins.generated.js';

/** `Partai-partai`, `Selatan-Selatan`: a reduplicated (plural or reciprocal) common word. */
const REDUPLICATED = /^(\p{L}+)-(\p{L}+)$/u;

function isReduplicated(word: string): boolean {
  if (!word.includes('-')) return false;
  const m = REDUPLICATED.exec(word);
  return m !== null && m[1]!.toLowerCase() === m[2]!.toLowerCase();
}

// Character classes (bits of `charClass`): word character, upper, lower, digit, mark.
const WORD_CHAR = 1;
const UPPER = 2;
const LOWER = 4;
const DIGIT = 8;

/** A letter or a combining mark (a word character that is not a digit). */
function isLetterOrMark(cls: number): boolean {
  return (cls & WORD_CHAR) !== 0 && (cls & DIGIT) === 0;
}

/**
 * True for a code unit matching `/[\p{L}\p{M}’']/u` on its own (a lone surrogate matches
 * nothing), `-` too with `hyphen`.
 * @internal
 */
export function isLetterMarkOrApostrophe(code: number, hyphen = false): boolean {
  if (code === 0x2019 || code === 0x27 || (hyphen && code === 0x2d)) return true;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return isLetterOrMark(charClass(code));
}

const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;

/**
 * True when the code unit is a lower-case letter (`/\p{Ll}/u` on it alone).
 * @internal
 */
export function isLowerCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_LETTER.test(String.fromCharCode(code));
}

/**
 * True when the code unit is an upper-case letter (`/\p{Lu}/u` on it alone).
 * @internal
 */
export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_LETTER.test(String.fromCharCode(code));
}

function isApostropheOrDot(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e;
}

// Lexicon look-ups fold and tokenize the word each time; rules ask about the same few
// thousand words again and again, so answers are memoized per extractor (per look-up function).
const lexiconMemo = new WeakMap<RuleContext['inLexicon'], Map<string, Map<string, boolean>>>();
const MEMO_LIMIT = 50_000;
let lastLookup: RuleContext['inLexicon'] | null = null;
let lastLists = new Map<string, Map<string, boolean>>();

/**
 * `inLexicon(ctx, list, word)`, memoized.
 *
 * @example
 * ```ts
 * inLexicon(ctx, 'reporting-verbs', 'kata'); // -> true
 * ```
 */
export function inLexicon(ctx: RuleContext, list: string, word: string): boolean {
  if (ctx.inLexicon !== lastLookup) {
    lastLookup = ctx.inLexicon;
    lastLists = lexiconMemo.get(lastLookup) ?? new Map();
    lexiconMemo.set(lastLookup, lastLists);
  }
  let memo = lastLists.get(list);
  if (!memo) { memo = new Map(); lastLists.set(list, memo); }
  let answer = memo.get(word);
  if (answer === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    answer = ctx.inLexicon(list, word);
    memo.set(word, answer);
  }
  return answer;
}

/** One word of the text. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** First letter upper case (`Budi`, `PKV`). */
  capitalized: boolean;
  /** Every letter upper case, at least two letters (`PKV`, `RDRK`). */
  upper: boolean;
  /** Memberships of the word in the word lists of `FACT_LISTS` (see `wordFacts`), or -1 until asked. */
  facts: number;
}

/** A span read by a reader, with the words it covers. */
export interface NameRun {
  start: number;
  end: number;
  words: Word[];
}

/** True for the spaces a name may run across (not line breaks). */
function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/**
 * Offset after the spaces (not line breaks) at `pos`.
 *
 * @example
 * ```ts
 * skipSpaces('a  b', 1); // -> 3
 * ```
 */
export function skipSpaces(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The word starting exactly at `pos`, or null (punctuation, space, end of text): letters,
 * marks and digits; then letters joined by an apostrophe or a dot (`Dato’`, `Phu’o’ng`,
 * `vtv.vn`); then parts joined by hyphens (`Jong-un`, `ke-14`).
 *
 * @example
 * ```ts
 * wordAt('Sekjen To Lam', 7); // -> { start: 7, end: 9, text: 'To', capitalized: true, upper: false, facts: -1 }
 * ```
 */
export function wordAt(text: string, pos: number): Word | null {
  const n = text.length;
  if (pos >= n) return null;
  const firstCls = charClass(text.charCodeAt(pos));
  if ((firstCls & WORD_CHAR) === 0) return null;
  let sawLower = (firstCls & LOWER) !== 0;
  let i = pos + 1;
  let cls = 0;
  while (i < n && ((cls = charClass(text.charCodeAt(i))) & WORD_CHAR)) { if (cls & LOWER) sawLower = true; i++; }
  // `’`, `'` or `.` followed by letters (not digits), any number of times.
  while (i + 1 < n && isApostropheOrDot(text.charCodeAt(i)) && isLetterOrMark(cls = charClass(text.charCodeAt(i + 1)))) {
    i++;
    while (i < n && isLetterOrMark(cls = charClass(text.charCodeAt(i)))) { if (cls & LOWER) sawLower = true; i++; }
  }
  // `-` followed by letters or digits, any number of times.
  while (i + 1 < n && text.charCodeAt(i) === 0x2d && (charClass(text.charCodeAt(i + 1)) & WORD_CHAR)) {
    i++;
    while (i < n && ((cls = charClass(text.charCodeAt(i))) & WORD_CHAR)) { if (cls & LOWER) sawLower = true; i++; }
  }
  const capitalized = (firstCls & UPPER) !== 0;
  return { start: pos, end: i, text: text.slice(pos, i), capitalized, upper: capitalized && i - pos >= 2 && !sawLower, facts: -1 };
}

/** The next word after spaces, or null. */
export function nextWord(text: string, pos: number): Word | null {
  return wordAt(text, skipSpaces(text, pos));
}

/** True when `word` ends in the clitic `-nya` glued to a capitalized stem (`Vietnamnya`). */
export function hasClitic(word: Word): boolean {
  return word.capitalized && !word.upper && word.text.length >= 7 && word.text.endsWith('nya');
}

/** True for a word like `COVID-19` or `ke-14`: a code or ordinal, not a name word. */
export function isCode(word: Word): boolean {
  if (charClass(word.text.charCodeAt(0)) & DIGIT) return true;
  for (let i = word.text.indexOf('-'); i >= 0; i = word.text.indexOf('-', i + 1)) {
    if (charClass(word.text.charCodeAt(i + 1)) & DIGIT) return true;
  }
  return false;
}

/**
 * Answers about one document, kept while rules run on it: several rules ask the same
 * question at the same offset (a title phrase is read from each of its title words).
 */
interface DocumentMemo {
  /**
   * 0 when the text holds a spelling where a word of `wordAt` may end inside a token of the
   * document (`Jong-un’s`, `Dato’s2`, `ʼ`): lexicon look-ups then take the string path; 1
   * when not; -1 until first asked.
   */
  exact: number;
  /** Offset → bits of facts about the word there (see `NEVER_START`): the shared table, reset for this document on first use. */
  facts: Uint8Array | null;
  /** Scratch answers of other modules, by their own key. */
  extra: Map<string, Map<number, unknown>>;
  /**
   * Offset → facts of the word there (`wordFacts`), -1 until asked: the shared table, reset
   * for this document on first use (one document is read at a time; a switch resets it).
   */
  wordFacts: Int32Array | null;
}

// A word of `wordAt` ends where the document's tokenizer ends a token, except after a
// hyphenated part followed by an apostrophe or dot and a letter, after an apostrophe-joined
// part followed by a digit, and at a modifier-letter apostrophe: texts with one of those
// take the string path of look-ups.
const INEXACT = /\u02BC|['\u2019.][\p{L}\p{M}]+\p{N}|-[\p{L}\p{M}\p{N}]+['\u2019.]\p{L}/u;

function newMemo(text: string): DocumentMemo {
  return { facts: null, extra: new Map(), exact: text === '' ? 1 : -1, wordFacts: null };
}

// The context's `isKnown` is made afresh for each document, so it identifies the document.
let memoOwner: RuleContext['isKnown'] | null = null;
let memoText: string | null = null;
let memo: DocumentMemo = newMemo('');

function documentMemo(ctx: RuleContext): DocumentMemo {
  if (ctx.isKnown !== memoOwner || ctx.text !== memoText) {
    memoOwner = ctx.isKnown;
    memoText = ctx.text;
    memo = newMemo(ctx.text);
  }
  return memo;
}

/**
 * An object that stands for the document `ctx` reads (the same while rules run on it).
 * @internal
 */
export function documentOf(ctx: RuleContext): object {
  return documentMemo(ctx);
}

/**
 * A per-document memo of offset → answer for a caller's own question (`name` keeps callers apart).
 * @internal
 */
export function offsetMemo<T>(ctx: RuleContext, name: string): Map<number, T> {
  const { extra } = documentMemo(ctx);
  let map = extra.get(name);
  if (!map) { map = new Map(); extra.set(name, map); }
  return map as Map<number, T>;
}

// Lists the context's `lexiconAt` knows, per extractor (per look-up function): an unknown
// list (a user's extractor without built-ins) answers through `inLexicon` (false).
const knownListsMemo = new WeakMap<RuleContext['inLexicon'], Map<string, boolean>>();
let knownOwner: RuleContext['inLexicon'] | null = null;
let knownLists = new Map<string, boolean>();

function listKnown(ctx: RuleContext, list: string): boolean {
  if (ctx.inLexicon !== knownOwner) {
    knownOwner = ctx.inLexicon;
    knownLists = knownListsMemo.get(knownOwner) ?? new Map();
    knownListsMemo.set(knownOwner, knownLists);
  }
  let known = knownLists.get(list);
  if (known === undefined) {
    try {
      ctx.lexiconAt(list, -1);
      known = true;
    } catch {
      known = false;
    }
    knownLists.set(list, known);
  }
  return known;
}

/**
 * True when the document's trie look-up (`ctx.lexiconAt`) at `pos` answers exactly what the
 * word-by-word string look-up would: a token starts at `pos` and words end where tokens end.
 */
function trieExactAt(ctx: RuleContext, list: string, pos: number): boolean {
  const memo = documentMemo(ctx);
  if (memo.exact === -1) memo.exact = INEXACT.test(ctx.text) ? 0 : 1;
  if (memo.exact === 0) return false;
  if (pos > 0) {
    const prev = ctx.text.charCodeAt(pos - 1);
    if ((charClass(prev) & WORD_CHAR) !== 0 || isApostropheOrDot(prev) || prev === 0x2bc) return false;
  }
  return listKnown(ctx, list);
}

/**
 * End of the word of `wordAt(text, pos)` (same rules), or -1 when no word starts there.
 * @internal
 */
export function wordEndAt(text: string, pos: number): number {
  const n = text.length;
  if (pos >= n || (charClass(text.charCodeAt(pos)) & WORD_CHAR) === 0) return -1;
  let i = pos + 1;
  while (i < n && (charClass(text.charCodeAt(i)) & WORD_CHAR)) i++;
  while (i + 1 < n && isApostropheOrDot(text.charCodeAt(i)) && isLetterOrMark(charClass(text.charCodeAt(i + 1)))) {
    i++;
    while (i < n && isLetterOrMark(charClass(text.charCodeAt(i)))) i++;
  }
  while (i + 1 < n && text.charCodeAt(i) === 0x2d && (charClass(text.charCodeAt(i + 1)) & WORD_CHAR)) {
    i++;
    while (i < n && (charClass(text.charCodeAt(i)) & WORD_CHAR)) i++;
  }
  return i;
}

/**
 * The longest phrase of `list` at `pos` of up to `maxWords` words, by the trie: the length,
 * or -1 when only the string path can tell (a longer trie match that is not whole words).
 */
function triePhrase(ctx: RuleContext, list: string, pos: number, firstEnd: number, maxWords: number): number {
  const length = ctx.lexiconAt(list, pos);
  if (length === 0) return 0;
  const end = pos + length;
  // Every phrase of whole words is a trie match, and the trie gives the longest.
  if (end === firstEnd) return length;
  if (end < firstEnd) return 0;
  // Longer than the first word: it must end at a word end within `maxWords` words.
  const { text } = ctx;
  let wordEnd = firstEnd;
  for (let n = 1; n < maxWords; n++) {
    const p = skipSpaces(text, wordEnd);
    if (p === wordEnd) return -1;
    wordEnd = wordEndAt(text, p);
    if (wordEnd < 0 || wordEnd > end) return -1;
    if (wordEnd === end) return mayStartMultiWord(list, text.slice(pos, firstEnd)) ? length : -1;
  }
  return -1;
}

// The word lists the name rules ask about most. A word's memberships in all of them are
// computed once per extractor (by folded strings) and kept as bits: member of list `i` is
// bit `i`, "may start a phrase of two words or more" (see `mayStartMultiWord`) bit `16 + i`.
const FACT_LISTS = [
  'name-particles', 'sentence-openers', 'name-stop-words', 'capitalized-common-nouns',
  'name-connectors', 'place-name-finals', 'org-head-nouns', 'org-name-finals',
  'non-person-heads', 'place-designators-lowercase', 'org-designators', 'place-designators',
  'event-document-heads', 'embassy-words', 'org-framing-words',
  // Last: a list without phrases of two words, so bit 31 stays clear and facts are never -1.
  'subject-adverbs',
] as const;
const FACT_INDEX = new Map<string, number>(FACT_LISTS.map((list, i) => [list, i]));
const MULTI_SHIFT = 16;

const factsMemo = new WeakMap<RuleContext['inLexicon'], Map<string, number>>();
let factsOwner: RuleContext['inLexicon'] | null = null;
let factsByWord = new Map<string, number>();

function factsOf(ctx: RuleContext, word: string): number {
  if (ctx.inLexicon !== factsOwner) {
    factsOwner = ctx.inLexicon;
    factsByWord = factsMemo.get(factsOwner) ?? new Map();
    factsMemo.set(factsOwner, factsByWord);
  }
  let facts = factsByWord.get(word);
  if (facts === undefined) {
    facts = 0;
    for (let i = 0; i < FACT_LISTS.length; i++) {
      if (ctx.inLexicon(FACT_LISTS[i]!, word)) facts |= 1 << i;
      if (mayStartMultiWord(FACT_LISTS[i]!, word)) facts |= 1 << (MULTI_SHIFT + i);
    }
    if (factsByWord.size >= MEMO_LIMIT) factsByWord.clear();
    factsByWord.set(word, facts);
  }
  return facts;
}

// One table for every document (reset per document): no allocation per document.
let sharedFactsTable = new Int32Array(4096);

function factsTable(memo: DocumentMemo, length: number): Int32Array {
  if (sharedFactsTable.length < length) sharedFactsTable = new Int32Array(Math.max(length, sharedFactsTable.length * 2));
  sharedFactsTable.fill(-1, 0, length);
  memo.wordFacts = sharedFactsTable;
  return sharedFactsTable;
}

/** The bits of `FACT_LISTS` memberships of `w`, computed once per word object and per offset. */
function wordFacts(ctx: RuleContext, w: Word): number {
  let facts = w.facts;
  if (facts === -1) {
    const memo = documentMemo(ctx);
    const table = memo.wordFacts ?? factsTable(memo, ctx.text.length);
    facts = table[w.start]!;
    if (facts === -1) {
      facts = factsOf(ctx, w.text);
      table[w.start] = facts;
    }
    w.facts = facts;
  }
  return facts;
}

/**
 * True when the word `w` is (as a whole) in lexicon `list`: `inLexicon(ctx, list, w.text)`,
 * from the word's facts, or the document's tokens.
 */
export function wordIn(ctx: RuleContext, list: string, w: Word): boolean {
  const index = FACT_INDEX.get(list);
  if (index !== undefined) return ((wordFacts(ctx, w) >>> index) & 1) !== 0;
  if (trieExactAt(ctx, list, w.start)) {
    const length = ctx.lexiconAt(list, w.start);
    const wordLength = w.end - w.start;
    if (length <= wordLength) return length === wordLength;
  }
  return inLexicon(ctx, list, w.text);
}

/**
 * True when the word of `[start, end)` (a word of `wordAt`, or a span ending where a token
 * ends) is in lexicon `list`.
 * @internal
 */
export function spanIn(ctx: RuleContext, list: string, start: number, end: number): boolean {
  if (trieExactAt(ctx, list, start)) {
    const length = ctx.lexiconAt(list, start);
    if (length <= end - start) return length === end - start;
  }
  return inLexicon(ctx, list, ctx.text.slice(start, end));
}

/**
 * Length of the longest phrase of lexicon `list` starting at `pos` (up to three words), or 0.
 *
 * @example
 * ```ts
 * lexiconPhraseAt(ctx, 'org-designators', 'Kantor Berita Zyrtal', 0); // -> 13
 * ```
 */
export function lexiconPhraseAt(ctx: RuleContext, list: string, pos: number, maxWords = 3): number {
  const first = wordAt(ctx.text, pos);
  return first ? phraseFrom(ctx, list, first, maxWords) : 0;
}

/**
 * Length of the longest phrase of lexicon `list` that starts with the word `first` (up to
 * `maxWords` words), or 0: `lexiconPhraseAt` for a word already read.
 */
export function phraseAt(ctx: RuleContext, list: string, first: Word, maxWords = 3): number {
  return phraseFrom(ctx, list, first, maxWords);
}

// First words (folded) of the multi-word phrases of each built-in list: a phrase of two or
// three words is looked up only after such a word, which spares most look-ups. Lists that are
// not built-in files (`titles`, users' own lists) are always looked up in full.
let multiWordFirsts: Map<string, Set<string>> | null = null;
const foldedWords = new Map<string, string>();

function mayStartMultiWord(list: string, word: string): boolean {
  if (multiWordFirsts === null) {
    multiWordFirsts = new Map();
    for (const lex of builtinData().lexicons) {
      const firsts = multiWordFirsts.get(lex.name) ?? new Set<string>();
      for (const phrase of lex.words) {
        const space = phrase.search(/[\s\u00A0]/u);
        if (space > 0) firsts.add(fold(phrase.slice(0, space)));
      }
      multiWordFirsts.set(lex.name, firsts);
    }
  }
  const firsts = multiWordFirsts.get(list);
  if (firsts === undefined) return true;
  if (firsts.size === 0) return false;
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= MEMO_LIMIT) foldedWords.clear();
    folded = fold(word);
    foldedWords.set(word, folded);
  }
  return firsts.has(folded);
}

/** Length of the longest phrase of `list` that starts with the word `first` (up to `maxWords` words), or 0. */
function phraseFrom(ctx: RuleContext, list: string, first: Word, maxWords: number): number {
  const index = FACT_INDEX.get(list);
  if (index !== undefined) {
    const facts = wordFacts(ctx, first);
    // No phrase of two words or more can start with this word: the word alone decides.
    if (maxWords < 2 || ((facts >>> (MULTI_SHIFT + index)) & 1) === 0) return ((facts >>> index) & 1) !== 0 ? first.end - first.start : 0;
  }
  if (trieExactAt(ctx, list, first.start)) {
    const length = triePhrase(ctx, list, first.start, first.end, maxWords);
    if (length >= 0) return length;
  }
  return stringPhraseFrom(ctx, list, first, maxWords);
}

/**
 * `lexiconPhraseAt` by folded strings only (no word facts, no trie): the reference the fast
 * paths must agree with.
 * @internal
 */
export function lexiconPhraseAtByStrings(ctx: RuleContext, list: string, pos: number, maxWords = 3): number {
  const first = wordAt(ctx.text, pos);
  return first ? stringPhraseFrom(ctx, list, first, maxWords) : 0;
}

/** `phraseFrom` by folded strings: the reference the trie path must agree with. */
function stringPhraseFrom(ctx: RuleContext, list: string, first: Word, maxWords: number): number {
  const { text } = ctx;
  let best = inLexicon(ctx, list, first.text) ? first.end - first.start : 0;
  if (maxWords < 2 || !mayStartMultiWord(list, first.text)) return best;
  let phrase = first.text;
  let end = first.end;
  for (let n = 1; n < maxWords; n++) {
    const p = skipSpaces(text, end);
    if (p === end) break;
    const w = wordAt(text, p);
    if (!w) break;
    phrase = `${phrase} ${w.text}`;
    if (inLexicon(ctx, list, phrase)) best = w.end - first.start;
    end = w.end;
  }
  return best;
}

/** Options of `readPersonName`. */
export interface PersonNameOptions {
  /** Most capitalized words (particles not counted). Default 5. */
  maxWords?: number;
  /** Accept a lone all-caps word (`SBY` after a title). Default false. */
  allowAcronym?: boolean;
}

const NO_OPTIONS: PersonNameOptions = {};
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|ar|an)-\p{Lu}/u;

/**
 * Reads a personal name at `pos`: capitalized words, with lower-case particles between them
 * (`Johari bin Abdul`). Stops before titles, designators, weekdays and other stop words.
 * Returns null when no plausible name starts there. `first`, when given, is the word at
 * `pos` already read.
 *
 * @example
 * ```ts
 * readPersonName(ctx, 'Budi bin Sartono tiba', 0); // -> { start: 0, end: 16, words: [Budi, Sartono] }
 * ```
 */
export function readPersonName(ctx: RuleContext, pos: number, options: PersonNameOptions = NO_OPTIONS, first: Word | null = null): NameRun | null {
  const { text } = ctx;
  const maxWords = options.maxWords ?? 5;
  const words: Word[] = [];
  let p = pos;
  let end = pos;
  let allUpper = true;
  while (words.length < maxWords) {
    const w = first !== null && p === pos ? first : wordAt(text, p);
    if (!w) break;
    if (!w.capitalized) {
      // A particle counts only between two capitalized words.
      if (words.length === 0) break;
      const t = w.text;
      const particle = wordIn(ctx, 'name-particles', w) || ((t.charCodeAt(2) === 0x2d || t.charCodeAt(3) === 0x2d) && PARTICLE_PREFIX.test(t));
      if (!particle) break;
      if (/-\p{Lu}/u.test(t)) { words.push(w); allUpper &&= w.upper; end = w.end; p = skipSpaces(text, w.end); continue; }
      const after = nextWord(text, w.end);
      if (!after?.capitalized) break;
      p = after.start;
      continue;
    }
    if (isCode(w) || hasClitic(w) || isReduplicated(w.text)) break;
    if (words.length > 0 && (ctx.titleAt(w.start) > 0 || isNameBoundary(ctx, w))) break;
    // Nor does a company's final word (`Inc`, `Productions`) open a person's name.
    if (words.length === 0 && (isNeverNameStart(ctx, w) || wordIn(ctx, 'org-name-finals', w))) return null;
    if (words.length > 0 && w.upper && !words[words.length - 1]!.upper) break; // `Budi PKV`: an acronym ends the name
    words.push(w);
    allUpper &&= w.upper;
    end = w.end;
    const next = skipSpaces(text, w.end);
    if (next === w.end) break;
    p = next;
  }
  if (words.length === 0) return null;
  if (words.length === 1 && words[0]!.upper && !options.allowAcronym) return null;
  if (allUpper && words.length > 1) return null;
  return { start: pos, end, words };
}

// Facts about the word at an offset, memoized per document as bits.
const NEVER_START_KNOWN = 1;
const NEVER_START = 2;
const BOUNDARY_KNOWN = 4;
const BOUNDARY = 8;

/** The member bit of `list` in a word's facts (its "may start a phrase" bit is `<< MULTI_SHIFT`). */
function bitOf(list: (typeof FACT_LISTS)[number]): number {
  return 1 << FACT_INDEX.get(list)!;
}

// Lists whose phrase at a word means no personal name starts there, and those whose phrase
// ends a name run (single words by their member bits; phrases looked up only when the
// word may start one).
const NEVER_START_LISTS = ['capitalized-common-nouns', 'org-designators', 'place-designators', 'event-document-heads', 'embassy-words'] as const;
const NEVER_START_MEMBERS = NEVER_START_LISTS.reduce((bits, list) => bits | bitOf(list), 0) | bitOf('sentence-openers') | bitOf('name-stop-words');
const NEVER_START_MULTI = NEVER_START_LISTS.reduce((bits, list) => bits | (bitOf(list) << MULTI_SHIFT), 0);
const BOUNDARY_LISTS = ['org-designators', 'place-designators'] as const;
const BOUNDARY_MEMBERS = bitOf('name-stop-words') | bitOf('capitalized-common-nouns') | bitOf('org-designators') | bitOf('place-designators');
const BOUNDARY_MULTI = BOUNDARY_LISTS.reduce((bits, list) => bits | (bitOf(list) << MULTI_SHIFT), 0);

/** A capitalized word that a personal name never starts with (common nouns, openers, designators). */
export function isNeverNameStart(ctx: RuleContext, w: Word): boolean {
  return memoFact(ctx, w, NEVER_START_KNOWN, NEVER_START, neverNameStartUncached);
}

/** A yes/no fact about the word at `w.start`, computed once per document (two bits in `facts`). */
function memoFact(ctx: RuleContext, w: Word, knownBit: number, valueBit: number, compute: (ctx: RuleContext, w: Word) => boolean): boolean {
  const memo = documentMemo(ctx);
  const facts = memo.facts ?? factBitsTable(memo, ctx.text.length);
  let bits = facts[w.start]!;
  if ((bits & knownBit) === 0) {
    bits |= knownBit | (compute(ctx, w) ? valueBit : 0);
    facts[w.start] = bits;
  }
  return (bits & valueBit) !== 0;
}

// One table for every document (reset per document), like the word facts'.
let sharedFactBits = new Uint8Array(4096);

function factBitsTable(memo: DocumentMemo, length: number): Uint8Array {
  if (sharedFactBits.length < length) sharedFactBits = new Uint8Array(Math.max(length, sharedFactBits.length * 2));
  sharedFactBits.fill(0, 0, length);
  memo.facts = sharedFactBits;
  return sharedFactBits;
}

function neverNameStartUncached(ctx: RuleContext, w: Word): boolean {
  // A phrase of the common-noun, opener, stop-word, designator, event or embassy lists, or a title.
  const f = wordFacts(ctx, w);
  if ((f & NEVER_START_MEMBERS) !== 0) return true;
  if ((f & NEVER_START_MULTI) !== 0) {
    for (const list of NEVER_START_LISTS) if (((f >>> MULTI_SHIFT) & bitOf(list)) !== 0 && phraseFrom(ctx, list, w, 3) > 0) return true;
  }
  return ctx.titleAt(w.start) > 0;
}

/** A capitalized word that ends a personal name run (`Budi Senin`, `Budi Kota`). */
function isNameBoundary(ctx: RuleContext, w: Word): boolean {
  return memoFact(ctx, w, BOUNDARY_KNOWN, BOUNDARY, nameBoundaryUncached);
}

function nameBoundaryUncached(ctx: RuleContext, w: Word): boolean {
  // A stop word, a common noun, a designator phrase, or a known place or organization.
  const f = wordFacts(ctx, w);
  if ((f & BOUNDARY_MEMBERS) !== 0) return true;
  if ((f & BOUNDARY_MULTI) !== 0) {
    for (const list of BOUNDARY_LISTS) if (((f >>> MULTI_SHIFT) & bitOf(list)) !== 0 && phraseFrom(ctx, list, w, 3) > 0) return true;
  }
  return ctx.isKnown(w.start, 'PLACE') || ctx.isKnown(w.start, 'ORG');
}

/** The body of a designated name: where it ends, and its words (known entities marked). */
export interface DesignatedBody {
  end: number;
  words: Array<{ start: number; end: number; known: boolean }>;
}

/** Dotted initials as one word: `L.N`, `J.R.R` (the last dot comes after the word). */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})+$/u;

/**
 * Reads the capitalized body of an organization or place name after its designator:
 * connectors (`tentang`, `urusan`, `dan`) are kept only between capitalized words, and a
 * known gazetteer name inside is taken whole. `end` equals `from` when there is no body.
 * With `atWord`, `from` is the first word itself (no designator before it).
 *
 * @example
 * ```ts
 * readDesignatedBody(ctx, 6, { connectors: true }).end; // on 'Komite Tingkat Tinggi tentang Kerjasama Selatan-Selatan angkatan' -> 55
 * ```
 */
export function readDesignatedBody(ctx: RuleContext, from: number, options: { connectors: boolean; maxWords?: number; atWord?: boolean; people?: boolean }): DesignatedBody {
  const { text } = ctx;
  const maxWords = options.maxWords ?? 8;
  const words: DesignatedBody['words'] = [];
  let end = from;
  let p = skipSpaces(text, from);
  if (p === from && !options.atWord) return { end, words }; // the designator must end at a space
  while (words.length < maxWords) {
    const w = wordAt(text, p);
    if (!w) break;
    if (!w.capitalized) {
      if (!options.connectors || words.length === 0 || !wordIn(ctx, 'name-connectors', w)) break;
      const after = nextWord(text, w.end);
      if (!after?.capitalized || isCode(after)) break;
      // `Komisi A dan Komisi B`: a designator after the connector opens a second name.
      // `Bank Zyrtal dan Dana Kwort` with a known organization after it: two names.
      if (phraseAt(ctx, 'org-designators', after) > 0 || ctx.isKnown(after.start, 'ORG')) break;
      p = after.start;
      continue;
    }
    if (isCode(w) || hasClitic(w)) break;
    // A known person after the body belongs to a title phrase, not to the name.
    // (Unless the name is named after people: `Jalan Sultan Budi Sartono`.)
    if (!options.people && ctx.isKnown(w.start, 'PERSON') && !ctx.isKnown(w.start, 'ORG') && !ctx.isKnown(w.start, 'PLACE')) break;
    if (!options.people && words.length > 0 && ctx.titleAt(w.start) > 0) break;
    if (wordIn(ctx, 'name-stop-words', w)) break;
    const known = ctx.gazetteerAt(w.start);
    const stop = known && known.end > w.end ? known.end : w.end;
    words.push({ start: w.start, end: stop, known: known !== undefined && known.type !== 'PERSON' });
    end = stop;
    // An abbreviated title inside a name after a person (`Bandara Dr. Zyrt Kwortan`).
    let next = skipSpaces(text, stop);
    if (options.people && next === stop && text.charCodeAt(stop) === 0x2e && ctx.titleAt(w.start) >= w.end - w.start) next = skipSpaces(text, stop + 1);
    // Initials inside a name (`Universitas Zyrtal L.N. Kwortanov`): the dot after them belongs to it.
    else if (next === stop && text.charCodeAt(stop) === 0x2e && INITIALS.test(w.text) && nextWord(text, stop + 1)?.capitalized) next = skipSpaces(text, stop + 1);
    if (next === stop) break;
    p = next;
  }
  return { end, words };
}

/**
 * True when the word before `pos` (spaces skipped) is a title word: a designated name there is
 * read by the title rule, which knows a person's name may follow it.
 *
 * @example
 * ```ts
 * followsTitle(ctx, 9); // on 'Gubernur Provinsi Zyrtal Budi' -> true
 * ```
 */
export function followsTitle(ctx: RuleContext, pos: number): boolean {
  const { text } = ctx;
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00A0')) i--;
  if (i === pos) return false;
  let j = i;
  while (j > 0 && isLetterMarkOrApostrophe(text.charCodeAt(j - 1))) j--;
  return j < i && ctx.titleAt(j) === i - j;
}

/**
 * True when `pos` stands inside a title that opens on one of the three words before it
 * (`Kota` in `Wali Kota Zyrtal`, `Biro` in `Kepala Biro Zyrtal`): the title rule reads on.
 *
 * @example
 * ```ts
 * insideTitle(ctx, 5); // on 'Wali Kota Zyrtal Budi' -> true
 * ```
 */
export function insideTitle(ctx: RuleContext, pos: number): boolean {
  let p = pos;
  for (let n = 0; n < 3; n++) {
    const w = wordBefore(ctx.text, p);
    if (!w) return false;
    const title = ctx.titleAt(w.start);
    if (title > 0 && w.start + title > pos) return true;
    p = w.start;
  }
  return false;
}

/** True when the character before `pos` (spaces skipped) is one of `chars`. */
export function precededBy(text: string, pos: number, chars: string): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00A0')) i--;
  return i >= 0 && chars.includes(text[i]!);
}

/** A candidate covering `[start, end)`. */
export function span(start: number, end: number, type: Candidate['type'], priority?: number): Candidate {
  return priority === undefined ? { start, end, type } : { start, end, type, priority };
}

/**
 * The word ending at `end` after skipping the inline spaces before it, or null.
 *
 * @example
 * ```ts
 * wordBefore('Budi Sartono mengatakan', 13); // -> { start: 5, end: 12, text: 'Sartono', … }
 * ```
 */
export function wordBefore(text: string, end: number): Word | null {
  let i = end;
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  let j = i;
  while (j > 0 && ((charClass(text.charCodeAt(j - 1)) & WORD_CHAR) !== 0 || isApostropheOrDot(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === 0x2d)) j--;
  // A word does not start with joining punctuation.
  while (j < i && (charClass(text.charCodeAt(j)) & WORD_CHAR) === 0) j++;
  if (j >= i) return null;
  const w = wordAt(text, j);
  return w && w.end === i ? w : null;
}

/**
 * The capitalized words ending right before `end` (spaces skipped), nearest last; at most
 * `max + 1` of them, so one more than `max` means "too many".
 *
 * @example
 * ```ts
 * capitalizedRunBefore('kata Budi Sartono mengatakan', 17, 3).map((w) => w.text); // -> ['Budi', 'Sartono']
 * ```
 */
export function capitalizedRunBefore(text: string, end: number, max: number): Word[] {
  const words: Word[] = [];
  let p = end;
  while (words.length <= max) {
    const w = wordBefore(text, p);
    if (!w || !w.capitalized) break;
    words.unshift(w);
    p = w.start;
  }
  return words;
}

/**
 * Skips a bracketed note of at most `maxLength` characters right before `end` (spaces
 * skipped): `Zyrtov ( 45 ) adalah …`, `Zyrtalindo ( ZYR ) adalah …`. Returns the offset of
 * the `(`, or `end` when no such note stands there.
 *
 * @example
 * ```ts
 * skipBracketNote('Zyrtov ( 45 ) adalah', 14, 40); // -> 7
 * ```
 */
export function skipBracketNote(text: string, end: number, maxLength: number): number {
  let i = end - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  if (text[i] !== ')') return end;
  const open = text.lastIndexOf('(', i);
  if (open < 0 || i - open > maxLength || /[)\n]/u.test(text.slice(open + 1, i))) return end;
  return open;
}
