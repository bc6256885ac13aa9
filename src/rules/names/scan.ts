/**
 * Shared readers for the name rules: where a word starts and ends, how far a personal name,
 * an organization name or a place name runs. Word boundaries live here once, so each rule
 * only says what its context means.
 */
import type { Candidate, RuleContext } from '../../types.js';
import { ANY_WORD, INLINE_SPACE } from '../patterns.generated.js';

const WORD_AT = new RegExp(ANY_WORD.source, 'uy');
const SPACE_AT = new RegExp(INLINE_SPACE.source, 'uy');
const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGIT_FIRST = /^\p{N}/u;
/** `Partai-partai`, `Selatan-Selatan`: a reduplicated (plural or reciprocal) common word. */
const REDUPLICATED = /^(\p{L}+)-(\p{L}+)$/u;

function isReduplicated(word: string): boolean {
  const m = REDUPLICATED.exec(word);
  return m !== null && m[1]!.toLowerCase() === m[2]!.toLowerCase();
}

// Lexicon look-ups fold and tokenize the word each time; rules ask about the same few
// thousand words again and again, so answers are memoized per extractor (per look-up function).
const lexiconMemo = new WeakMap<RuleContext['inLexicon'], Map<string, boolean>>();
const MEMO_LIMIT = 100_000;

/**
 * `inLexicon(ctx, list, word)`, memoized.
 *
 * @example
 * ```ts
 * inLexicon(ctx, 'reporting-verbs', 'kata'); // -> true
 * ```
 */
export function inLexicon(ctx: RuleContext, list: string, word: string): boolean {
  let memo = lexiconMemo.get(ctx.inLexicon);
  if (!memo) { memo = new Map(); lexiconMemo.set(ctx.inLexicon, memo); }
  const key = `${list}\u0000${word}`;
  let answer = memo.get(key);
  if (answer === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    answer = ctx.inLexicon(list, word);
    memo.set(key, answer);
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
}

/** A span read by a reader, with the words it covers. */
export interface NameRun {
  start: number;
  end: number;
  words: Word[];
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
  SPACE_AT.lastIndex = pos;
  return SPACE_AT.test(text) ? SPACE_AT.lastIndex : pos;
}

/**
 * The word starting exactly at `pos`, or null (punctuation, space, end of text).
 *
 * @example
 * ```ts
 * wordAt('Sekjen To Lam', 7); // -> { start: 7, end: 9, text: 'To', capitalized: true, upper: false }
 * ```
 */
export function wordAt(text: string, pos: number): Word | null {
  WORD_AT.lastIndex = pos;
  const m = WORD_AT.exec(text);
  if (!m) return null;
  const w = m[0];
  return {
    start: pos,
    end: pos + w.length,
    text: w,
    capitalized: UPPER_FIRST.test(w),
    upper: w.length >= 2 && UPPER_FIRST.test(w) && !HAS_LOWER.test(w),
  };
}

/** The next word after spaces, or null. */
export function nextWord(text: string, pos: number): Word | null {
  return wordAt(text, skipSpaces(text, pos));
}

/** True when `word` ends in the clitic `-nya` glued to a capitalized stem (`Vietnamnya`). */
export function hasClitic(word: Word): boolean {
  return word.capitalized && !word.upper && word.text.length >= 7 && /nya$/u.test(word.text);
}

/** True for a word like `COVID-19` or `ke-14`: a code or ordinal, not a name word. */
export function isCode(word: Word): boolean {
  return /-\p{N}/u.test(word.text) || DIGIT_FIRST.test(word.text);
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
  const memo = documentMemo(ctx);
  const key = `${pos}\u0000${list}\u0000${maxWords}`;
  let length = memo.get(key);
  if (length === undefined) {
    length = longestPhrase(ctx, list, pos, maxWords);
    memo.set(key, length);
  }
  return length;
}

// Several rules ask the same question at the same offset (a title phrase is read from each
// of its title words); answers are kept for the document being processed.
let memoText: string | null = null;
let memoLookup: RuleContext['inLexicon'] | null = null;
let memoPhrases = new Map<string, number>();

function documentMemo(ctx: RuleContext): Map<string, number> {
  if (ctx.text !== memoText || ctx.inLexicon !== memoLookup) {
    memoText = ctx.text;
    memoLookup = ctx.inLexicon;
    memoPhrases = new Map();
  }
  return memoPhrases;
}

function longestPhrase(ctx: RuleContext, list: string, pos: number, maxWords: number): number {
  const { text } = ctx;
  let best = 0;
  let p = pos;
  let phrase = '';
  for (let n = 0; n < maxWords; n++) {
    const w = wordAt(text, p);
    if (!w) break;
    phrase = n === 0 ? w.text : `${phrase} ${w.text}`;
    if (inLexicon(ctx, list, phrase)) best = w.end - pos;
    const next = skipSpaces(text, w.end);
    if (next === w.end) break;
    p = next;
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

/**
 * Reads a personal name at `pos`: capitalized words, with lower-case particles between them
 * (`Johari bin Abdul`). Stops before titles, designators, weekdays and other stop words.
 * Returns null when no plausible name starts there.
 *
 * @example
 * ```ts
 * readPersonName(ctx, 'Budi bin Sartono tiba', 0); // -> { start: 0, end: 16, words: [Budi, Sartono] }
 * ```
 */
export function readPersonName(ctx: RuleContext, pos: number, options: PersonNameOptions = {}): NameRun | null {
  const { text } = ctx;
  const maxWords = options.maxWords ?? 5;
  const words: Word[] = [];
  let p = pos;
  let end = pos;
  while (words.length < maxWords) {
    const w = wordAt(text, p);
    if (!w) break;
    if (!w.capitalized) {
      // A particle counts only between two capitalized words.
      const particle = inLexicon(ctx, 'name-particles', w.text) || /^(?:al|el|ad|as|ash|ar|an)-\p{Lu}/u.test(w.text);
      if (!particle || words.length === 0) break;
      if (/-\p{Lu}/u.test(w.text)) { words.push(w); end = w.end; p = skipSpaces(text, w.end); continue; }
      const after = nextWord(text, w.end);
      if (!after?.capitalized) break;
      p = after.start;
      continue;
    }
    if (isCode(w) || hasClitic(w) || isReduplicated(w.text)) break;
    if (words.length > 0 && (ctx.titleAt(w.start) > 0 || isNameBoundary(ctx, w))) break;
    if (words.length === 0 && isNeverNameStart(ctx, w)) return null;
    if (words.length > 0 && w.upper && !words[words.length - 1]!.upper) break; // `Budi PKV`: an acronym ends the name
    words.push(w);
    end = w.end;
    const next = skipSpaces(text, w.end);
    if (next === w.end) break;
    p = next;
  }
  if (words.length === 0) return null;
  if (words.length === 1 && words[0]!.upper && !options.allowAcronym) return null;
  if (words.every((w) => w.upper) && words.length > 1) return null;
  return { start: pos, end, words };
}

/** A capitalized word that a personal name never starts with (common nouns, openers, designators). */
export function isNeverNameStart(ctx: RuleContext, w: Word): boolean {
  return lexiconPhraseAt(ctx, 'capitalized-common-nouns', w.start) > 0 || inLexicon(ctx, 'sentence-openers', w.text) ||
    inLexicon(ctx, 'name-stop-words', w.text) || lexiconPhraseAt(ctx, 'org-designators', w.start) > 0 ||
    lexiconPhraseAt(ctx, 'place-designators', w.start) > 0 || lexiconPhraseAt(ctx, 'event-document-heads', w.start) > 0 ||
    lexiconPhraseAt(ctx, 'embassy-words', w.start) > 0 || ctx.titleAt(w.start) > 0;
}

/** A capitalized word that ends a personal name run (`Budi Senin`, `Budi Kota`). */
function isNameBoundary(ctx: RuleContext, w: Word): boolean {
  return inLexicon(ctx, 'name-stop-words', w.text) || inLexicon(ctx, 'capitalized-common-nouns', w.text) ||
    lexiconPhraseAt(ctx, 'org-designators', w.start) > 0 || lexiconPhraseAt(ctx, 'place-designators', w.start) > 0 ||
    (ctx.isKnown(w.start, 'PLACE') || ctx.isKnown(w.start, 'ORG'));
}

/** The body of a designated name: where it ends, and its words (known entities marked). */
export interface DesignatedBody {
  end: number;
  words: Array<{ start: number; end: number; known: boolean }>;
}

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
export function readDesignatedBody(ctx: RuleContext, from: number, options: { connectors: boolean; maxWords?: number; atWord?: boolean }): DesignatedBody {
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
      if (!options.connectors || words.length === 0 || !inLexicon(ctx, 'name-connectors', w.text)) break;
      const after = nextWord(text, w.end);
      if (!after?.capitalized || isCode(after)) break;
      p = after.start;
      continue;
    }
    if (isCode(w) || hasClitic(w)) break;
    // A known person after the body belongs to a title phrase, not to the name.
    if (ctx.isKnown(w.start, 'PERSON') && !ctx.isKnown(w.start, 'ORG') && !ctx.isKnown(w.start, 'PLACE')) break;
    if (words.length > 0 && ctx.titleAt(w.start) > 0) break;
    if (inLexicon(ctx, 'name-stop-words', w.text)) break;
    const known = ctx.gazetteerAt(w.start);
    const stop = known && known.end > w.end ? known.end : w.end;
    words.push({ start: w.start, end: stop, known: known !== undefined && known.type !== 'PERSON' });
    end = stop;
    const next = skipSpaces(text, stop);
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
  while (j > 0 && /[\p{L}\p{M}’']/u.test(text[j - 1]!)) j--;
  return j < i && ctx.titleAt(j) === i - j;
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
