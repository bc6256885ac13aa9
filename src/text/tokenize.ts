/**
 * One-pass tokenizer over UTF-16 code units. Words are runs of letters, marks and digits,
 * joined across an apostrophe (`Dato’`, `Phu’o’ng`) or a dot between letters (`vtv.vn`,
 * `REPUBLIKA.CO.ID`). Every other non-space character is a token of its own; hyphens are
 * tokens too, but flagged so the gazetteer matcher can treat `Jong-un` like `Jong Un`.
 */
import { foldCode } from './fold.js';

/** Shape of a token's original spelling. */
export enum Shape {
  /** Punctuation or symbol. */
  Punct = 0,
  /** Starts with a digit. */
  Number = 1,
  /** Starts with a lower-case letter. */
  Lower = 2,
  /** Starts with an upper-case letter, not all upper case. */
  Capitalized = 3,
  /** Every letter upper case (`PKV`, `RI`, `VOVWORLD`). */
  Upper = 4,
}

/** Tokens of one text, as parallel arrays (cheap to build and scan). */
export interface Tokens {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Folded token text (lower case, no diacritics). */
  readonly keys: string[];
  readonly shapes: Uint8Array;
  /** 1 where the token is a hyphen or dash joining words. */
  readonly hyphen: Uint8Array;
}

const WORD = 1;
const UPPER = 2;
const LOWER = 4;
const DIGIT = 8;
const MARK = 16;
const SPACE = 32;
// Class bits of code units below 0x2000, filled on first use (UNCLASSIFIED until then).
const UNCLASSIFIED = 0xff;
const classTable = new Uint8Array(0x2000).fill(UNCLASSIFIED);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  if (/\p{M}/u.test(ch)) return WORD | MARK;
  if (/\p{N}/u.test(ch)) return WORD | DIGIT;
  if (/\p{Lu}|\p{Lt}/u.test(ch)) return WORD | UPPER;
  if (/\p{Ll}/u.test(ch)) return WORD | LOWER;
  if (/\p{L}/u.test(ch)) return WORD;
  return 0;
}
function classifyLow(code: number): number {
  return (classTable[code] = classify(code) | (isSpace(code) ? SPACE : 0));
}
const highCache = new Map<number, number>();

/**
 * Character class bits of a code unit: word character, upper, lower, digit, mark.
 * @internal
 */
export function charClass(code: number): number {
  if (code < 0x2000) {
    const cls = classTable[code]!;
    return cls !== UNCLASSIFIED ? cls : classifyLow(code);
  }
  if (code >= 0xd800 && code <= 0xdfff) return WORD; // astral letters (rare): treat as word
  let cls = highCache.get(code);
  if (cls === undefined) {
    cls = classify(code);
    highCache.set(code, cls);
  }
  return cls;
}

/** True for a space, tab, newline, NBSP and other Unicode spaces. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 ||
    code === 0x0c || code === 0x0b || (code >= 0x2000 && code <= 0x200b) || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff || code === 0x85 || code === 0x2028 || code === 0x2029;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/**
 * Splits a text into tokens.
 *
 * @example
 * ```ts
 * const t = tokenize('Kim Jong-un tiba.');
 * t.keys; // -> ['kim', 'jong', '-', 'un', 'tiba', '.']
 * ```
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // Upper bound on tokens: one per character; shrink at the end.
  let capacity = Math.max(16, Math.ceil(n / 3));
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let shapes = new Uint8Array(capacity);
  let hyphen = new Uint8Array(capacity);
  const keys: string[] = [];
  let count = 0;

  const grow = (): void => {
    capacity *= 2;
    const s = new Int32Array(capacity); s.set(starts); starts = s;
    const e = new Int32Array(capacity); e.set(ends); ends = e;
    const sh = new Uint8Array(capacity); sh.set(shapes); shapes = sh;
    const h = new Uint8Array(capacity); h.set(hyphen); hyphen = h;
  };

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let cls = code < 0x2000 ? classTable[code]! : charClass(code);
    if (cls === UNCLASSIFIED) cls = classifyLow(code);
    if (cls & SPACE || (code >= 0x2000 && isSpace(code))) { i++; continue; }
    if ((cls & WORD) === 0) {
      if (count === capacity) grow();
      starts[count] = i;
      ends[count] = i + 1;
      shapes[count] = Shape.Punct;
      hyphen[count] = isHyphen(code) ? 1 : 0;
      keys.push(String.fromCharCode(foldCode(code) || code));
      count++;
      i++;
      continue;
    }
    // A word: letters, marks, digits; apostrophe or dot between two word characters.
    const start = i;
    let sawUpper = 0;
    let sawLower = 0;
    // Plain ASCII words (most of them) fold with one native toLowerCase; others char by char.
    let ascii = true;
    let apostrophe = false;
    const firstCls = cls;
    while (i < n) {
      const c = text.charCodeAt(i);
      // Most word characters are ASCII lower-case letters: no table look-up for them.
      if (c >= 0x61 && c <= 0x7a) { sawLower++; i++; continue; }
      let k = c < 0x2000 ? classTable[c]! : charClass(c);
      if (k === UNCLASSIFIED) k = classifyLow(c);
      if (k & WORD) {
        if (k & UPPER) sawUpper++;
        else if (k & LOWER) sawLower++;
        if (c > 0x7f) ascii = false;
        i++;
        continue;
      }
      if ((isApostrophe(c) || c === 0x2e) && i + 1 < n && (charClass(text.charCodeAt(i + 1)) & (UPPER | LOWER))) {
        // `.` joins only letter.letter runs (vtv.vn), never a sentence end followed by a space.
        const prevCls = charClass(text.charCodeAt(i - 1));
        if (c === 0x2e && (prevCls & (UPPER | LOWER)) === 0) break;
        if (c !== 0x2e) apostrophe = true;
        i++;
        continue;
      }
      break;
    }
    let key: string;
    if (ascii && !apostrophe) {
      key = sawUpper ? text.slice(start, i).toLowerCase() : text.slice(start, i);
    } else {
      key = '';
      for (let j = start; j < i; j++) {
        const c = text.charCodeAt(j);
        if (isApostrophe(c)) { key += "'"; continue; }
        const f = foldCode(c);
        if (f !== 0) key += String.fromCharCode(f);
      }
    }
    let shape: Shape;
    if (firstCls & DIGIT) shape = Shape.Number;
    else if (firstCls & UPPER) shape = sawLower === 0 ? Shape.Upper : Shape.Capitalized;
    else if (firstCls & LOWER) shape = Shape.Lower;
    else shape = sawUpper > 0 ? Shape.Capitalized : Shape.Lower;
    if (count === capacity) grow();
    starts[count] = start;
    ends[count] = i;
    shapes[count] = shape;
    keys.push(key);
    count++;
  }
  return {
    count,
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    keys,
    shapes: shapes.subarray(0, count),
    hyphen: hyphen.subarray(0, count),
  };
}

// Plain ASCII words separated by single spaces: most aliases and lexicon words. They skip
// the tokenizer (compiling ~15k aliases at start-up is the bulk of the cold start).
const SIMPLE_PHRASE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

function simpleShape(word: string): Shape {
  const c = word.charCodeAt(0);
  if (c <= 0x39) return Shape.Number;
  if (c >= 0x61) return Shape.Lower;
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) >= 0x61) return Shape.Capitalized;
  return Shape.Upper;
}

/**
 * Folded keys and token shapes of a phrase, hyphens dropped: how gazetteer aliases and
 * trigger words are stored (`Kim Jong-un` → keys `['kim', 'jong', 'un']`).
 *
 * @example
 * ```ts
 * phraseTokens('Kim Jong-un').keys; // -> ['kim', 'jong', 'un']
 * ```
 */
export function phraseTokens(phrase: string): { keys: string[]; shapes: Shape[] } {
  if (SIMPLE_PHRASE.test(phrase)) {
    const words = phrase.split(' ');
    return { keys: words.map((w) => w.toLowerCase()), shapes: words.map(simpleShape) };
  }
  const t = tokenize(phrase);
  const keys: string[] = [];
  const shapes: Shape[] = [];
  for (let i = 0; i < t.count; i++) {
    if (t.hyphen[i]) continue;
    keys.push(t.keys[i]!);
    shapes.push(t.shapes[i] as Shape);
  }
  return { keys, shapes };
}

/**
 * Folded keys of a phrase, with hyphens dropped (`Kim Jong-un` → `['kim', 'jong', 'un']`).
 *
 * @example
 * ```ts
 * phraseKeys('Kim Jong-un'); // -> ['kim', 'jong', 'un']
 * ```
 */
export function phraseKeys(phrase: string): string[] {
  return phraseTokens(phrase).keys;
}
