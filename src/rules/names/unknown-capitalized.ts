/**
 * The weakest evidence: a capitalized name in mid-sentence that nothing else explains
 * (`… menurut Federer, …`, `kesalahan Zorbanov .`) is most often a person in news. Skipped
 * on title-case lines (headlines), for words of the common-noun, opener, designator, event
 * and title lists, and wherever a known name stands. Its type is guessed from the name and
 * the noun before it (`majalah …`, `… Air`, `ZyrPay`: ORG; `bahasa …`: nothing).
 *
 * The rule scans the whole text, so each match costs O(1) look-ups: memoized word facts and
 * one headline test per line.
 */
import { defineRule } from '../define.js';
import type { Candidate, RuleContext } from '../../types.js';
import { MID_SENTENCE_CAPITAL } from '../patterns.generated.js';
import { documentOf, wordIn, isNeverNameStart, lexiconPhraseAt, readPersonName, skipSpaces, wordAt, wordBefore, type NameRun, type Word } from './scan.js';
import { charClass } from '../../text/tokenize.js';

/** No candidate (shared: most matches give none). */
const NONE: Candidate[] = Object.freeze([]) as unknown as Candidate[];
const THREE_WORDS = { maxWords: 3 };

/** Loses every tie: any other reading of the span wins. */
const FALLBACK_PRIORITY = -10;

// Bits of `charClass`.
const WORD_CHAR = 1;
const UPPER = 2;
const LOWER = 4;
const DIGIT = 8;
const MARK = 16;

/** A character of a word for these checks: letters, marks, apostrophes, hyphens (not digits). */
function isWordChar(code: number): boolean {
  const cls = charClass(code);
  return ((cls & WORD_CHAR) !== 0 && (cls & DIGIT) === 0) || code === 0x27 || code === 0x2019 || code === 0x2d;
}

/**
 * True when the word ending right before the space at `pos - 1` starts with a lower-case
 * letter (looking back at most 29 characters), or a comma stands there.
 */
function afterLowerCaseWord(text: string, pos: number): boolean {
  const end = pos - 1;
  if (text.charCodeAt(end - 1) === 0x2c) return true;
  const limit = Math.max(0, pos - 30);
  let j = end;
  while (j > limit && isWordChar(text.charCodeAt(j - 1))) j--;
  return j < end && (charClass(text.charCodeAt(j)) & LOWER) !== 0;
}

/** Longest line (in characters) that can be a headline. */
const MAX_HEADLINE = 240;

// The last line asked about (matches come in text order, so most questions are about it).
let lineDocument: object | null = null;
let lineStart = -1;
let lineEnd = -1;
let lineAnswer = false;

/**
 * True when most longer words of the line holding `pos` are capitalized (a headline). A line
 * longer than a headline can be is none.
 */
function onTitleCaseLine(ctx: RuleContext, pos: number): boolean {
  const { text } = ctx;
  const doc = documentOf(ctx);
  if (doc === lineDocument && pos >= lineStart && pos < lineEnd) return lineAnswer;
  const start = pos > 0 ? text.lastIndexOf('\n', pos - 1) + 1 : 0;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  lineDocument = doc;
  lineStart = start;
  lineEnd = end;
  lineAnswer = end - start <= MAX_HEADLINE && titleCaseLine(text, start, end);
  return lineAnswer;
}

/** True when the line ends with `.`, `!` or `?` (closing quotes and brackets aside): a sentence, not a headline. */
function endsSentence(text: string, lineStart: number, lineEnd: number): boolean {
  let i = lineEnd - 1;
  while (i >= lineStart && /[\s"'”’)\]]/u.test(text[i]!)) i--;
  return i >= lineStart && /[.!?]/u.test(text[i]!);
}

/** Surname prefixes written with a capital after them (`McZyr`, `DiKwort`, `DeZyrta`, `LeKwort`): a person's name, not a brand. */
const SURNAME_PREFIX = /^(?:Mc|Mac|Di|De|Da|Do|Du|La|Le|Van|Von|O')\p{Lu}\p{Ll}+$/u;

/** True for a word with a capital letter after a lower-case one (`GrabCar`, `ZyrPay`): a brand, not a person. */
function isCamelCase(word: string): boolean {
  if (SURNAME_PREFIX.test(word)) return false;
  let lower = false;
  for (let i = 1; i < word.length; i++) {
    const cls = charClass(word.charCodeAt(i));
    if (cls & LOWER) lower = true;
    else if (lower && cls & UPPER) return true;
  }
  return false;
}

/**
 * The type and extent of an unexplained capitalized run: an ORG when it ends in a company,
 * club or outlet word (`Zyrtal Records`, `Kwort Air`), follows a noun that introduces one
 * (`majalah Zyrtime`) or is written in camel case (`ZyrPay`); a PLACE when it ends in an English
 * place word (`Zyrtal Heights`, `Kwort Bay`); nothing after a noun that
 * introduces a language, people or product (`bahasa Zyrtal`); else a PERSON.
 */
function guessType(ctx: RuleContext, run: NameRun): Candidate | null {
  const { text } = ctx;
  // The noun before it says what it names: `majalah Zyrtime` (ORG), `bahasa Zyrtal` (no person).
  const head = wordBefore(text, run.start);
  const lowerHead = head && !head.capitalized ? head : null;
  if (lowerHead !== null && wordIn(ctx, 'org-head-nouns', lowerHead)) return orgSpan(text, run.start, run.end);
  // An item of a list of bands (`band - band seperti Zyrtal , Kwort Wahl atau …`).
  if (inGroupList(text, run.start)) return orgSpan(text, run.start, run.end);
  const last = run.words[run.words.length - 1]!;
  if (run.words.length > 1 && wordIn(ctx, 'org-name-finals', last)) return orgSpan(text, run.start, run.end);
  // The final word may stand outside the run (`Zyrtal Tbk`: a word a person's name stops before).
  const after = skipSpaces(text, run.end);
  if (after > run.end) {
    const finalLength = lexiconPhraseAt(ctx, 'org-name-finals', after, 2);
    if (finalLength > 0 && /^\p{Lu}/u.test(text[after]!)) return orgSpan(text, run.start, after + finalLength);
  }
  if (run.words.some((w) => isCamelCase(w.text))) return orgSpan(text, run.start, run.end);
  // A suburb, street or landmark abroad (`Zyrtal Heights`, `Kwort Bay`); not after a hyphenated
  // given name (`Zyr-min Park` is a Korean name written given name first).
  if (run.words.length > 1 && wordIn(ctx, 'foreign-place-finals', last) && !run.words.some((w) => w.text.includes('-'))) {
    return { start: run.start, end: run.end, type: 'PLACE' };
  }
  // An English article opens a club's, a band's or an outlet's name, not a person's (`The Zyrtans`).
  if (run.words.length > 1 && run.words[0]!.text === 'The') return orgSpan(text, run.start, run.end);
  // A short form in brackets after it (`Kwort Makmur ( KWMK )`): a company's ticker or an
  // organization's acronym; people are not written so.
  if (after > run.end || text[after] === '(') {
    if (bracketedAcronymAt(text, after)) return orgSpan(text, run.start, run.end);
  }
  // `musik Zyrtal` names a style, but `produser musik Zyrtal` a person.
  if (lowerHead !== null && wordIn(ctx, 'non-person-heads', lowerHead) && !afterRoleNoun(ctx, lowerHead)) return null;
  // An English function word before it (`Stadium of Zyrt`, `Institute for Kwort`): part of a
  // longer foreign name, not a person.
  if (lowerHead !== null && ENGLISH_FUNCTION_WORDS.has(lowerHead.text)) return null;
  if (run.words.some((w) => isDerivedNoun(w.text))) return null;
  if (partOfQuotedTitle(text, run.start, run.end)) return null;
  if (!mayEndPersonName(ctx, run, after)) return null;
  return { start: run.start, end: run.end, type: 'PERSON' };
}

/** Longest stretch (characters) between a list's head noun and an item of the list. */
const MAX_LIST = 120;

/**
 * A list of bands or groups up to the end of the text: `band - band terkenal seperti`, `grup dan
 * pemusik lain seperti`, then capitalized items joined by commas, `dan`, `atau`.
 */
const GROUP_LIST_TAIL = /(?<![\p{L}])(?:band|grup|group)(?:[\x20\u00A0]*-[\x20\u00A0]*(?:band|grup|group))?(?:[\x20\u00A0]+\p{Ll}+){0,4}[\x20\u00A0]+(?:seperti|yaitu|yakni)(?:[\x20\u00A0]+(?:\p{Lu}[\p{L}\p{M}'’]*|,|-|dan|atau|of|the|but|and))*[\x20\u00A0]+$/u;

/** True when the name at `start` is an item of a list of bands or groups (`band - band seperti …`). */
function inGroupList(text: string, start: number): boolean {
  const from = Math.max(0, start - MAX_LIST);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'));
  const tail = cut >= 0 ? before.slice(cut + 1) : before;
  return (tail.includes('seperti') || tail.includes('yaitu') || tail.includes('yakni')) && GROUP_LIST_TAIL.test(tail);
}

/** Longest quotation (characters) looked at around a run. */
const MAX_QUOTE = 120;

/**
 * True when `[start, end)` stands inside a quotation on its line that holds more than it
 * (`" To Kill a Zyrtingbird "`, `" Hana no Kwortan "`): a word of a title of a work, not a
 * person. A run that fills the whole quotation is not judged here.
 */
function partOfQuotedTitle(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - MAX_QUOTE);
  let open = -1;
  let straight = 0;
  for (let i = start - 1; i >= from; i--) {
    const ch = text[i]!;
    if (ch === '\n') break;
    if (ch === '"') { straight++; if (open < 0) open = i; }
    else if (ch === '“' && open < 0) { open = i; straight = 1; break; }
    else if (ch === '”') break;
  }
  if (open < 0 || straight % 2 === 0) return false;
  const closeChar = text[open] === '“' ? '”' : '"';
  const close = text.indexOf(closeChar, end);
  if (close < 0 || close - end > MAX_QUOTE || text.slice(end, close).includes('\n')) return false;
  return text.slice(open + 1, close).trim() !== text.slice(start, end);
}

/** True when a person's role noun stands before `head` (`produser musik`, `pelatih tim`). */
function afterRoleNoun(ctx: RuleContext, head: Word): boolean {
  const role = wordBefore(ctx.text, head.start);
  return role !== null && !role.capitalized && wordIn(ctx, 'person-role-nouns', role);
}

/** An ORG over `[start, end)`, with the abbreviation dot of a final `Co.`, `Inc.`, `Corp.`, `Ltd.` kept. */
function orgSpan(text: string, start: number, end: number): Candidate {
  return { start, end: text.charCodeAt(end) === 0x2e && ABBREVIATED_FINAL.test(text.slice(Math.max(start, end - 5), end)) ? end + 1 : end, type: 'ORG' };
}

const ABBREVIATED_FINAL = /(?:^|[\x20\u00A0])(?:Co|Inc|Corp|Ltd|Bhd|Pte|Plc)$/u;

/** Lower-case English words that join the words of a foreign name (`Circuit of the Zyrtas`). */
const ENGLISH_FUNCTION_WORDS = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'an']);

/**
 * True when `(` at `pos` opens a bracketed all-caps short form of two to six letters
 * (`( KWMK )`, `(ZAT)`).
 */
function bracketedAcronymAt(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== 0x28) return false;
  const inner = skipSpaces(text, pos + 1);
  const w = wordAt(text, inner);
  if (!w || !w.upper || w.text.length > 6 || /[^\p{Lu}]/u.test(w.text)) return false;
  return text.charCodeAt(skipSpaces(text, w.end)) === 0x29;
}

/**
 * Indonesian derived nouns (`Penyertaan`, `Keselamatan`, `Pembangunan`, `Organisasi`), verbs
 * in `-kan` (`Mengembangkan`, `Diberangkatkan`) and English abstract nouns (`Operations`,
 * `Development`): common words written capitalized, not names of people.
 */
const DERIVED_NOUN = /^(?:(?:pe[mnr]?|peng|peny|ke|per)\p{Ll}{3,}an|(?:me[mn]?|meng|meny|di|ber|ter)\p{Ll}{3,}kan|\p{Ll}{3,}(?:isasi|isme|itas|tion|tions|ment|ments|ness))$/u;

function isDerivedNoun(word: string): boolean {
  return word.length >= 8 && DERIVED_NOUN.test(word.toLowerCase());
}

/**
 * What follows a person's name: not a number (`Formula 1`, `Zyrcon 2008`: a series, a model,
 * an event), and not a known place or organization in the same phrase (`Pemzyr Zyrtal`, `Munzy
 * Kwort`: an office or a meeting of that place). A roman numeral after two words is a model
 * (`Galaxy Z III`); after one word it may be a king's (`Kwortimir III`).
 */
function mayEndPersonName(ctx: RuleContext, run: NameRun, after: number): boolean {
  const { text } = ctx;
  if (after === run.end) return true;
  const code = text.charCodeAt(after);
  if (code >= 0x30 && code <= 0x39) return false;
  const next = wordAt(text, after);
  if (!next || !next.capitalized) return true;
  if (run.words.length > 1 && ROMAN.test(next.text)) return false;
  return !(ctx.isKnown(after, 'PLACE') || ctx.isKnown(after, 'ORG'));
}

const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/u;

/** A letter (a word character that is neither a digit nor a mark). */
function isLetter(cls: number): boolean {
  return (cls & WORD_CHAR) !== 0 && (cls & (DIGIT | MARK)) === 0;
}

/** Counts runs of a letter and three or more letters, marks, apostrophes or hyphens, and the capitalized ones. */
function titleCaseLine(text: string, lineStart: number, lineEnd: number): boolean {
  let words = 0;
  let capitalized = 0;
  // Lower-case words of five letters or more: content words, rare in a headline.
  let longLower = 0;
  let i = lineStart;
  while (i < lineEnd) {
    const cls = charClass(text.charCodeAt(i));
    if (!isLetter(cls)) { i++; continue; }
    let j = i + 1;
    while (j < lineEnd && isWordChar(text.charCodeAt(j))) j++;
    if (j - i >= 4) {
      words++;
      if (cls & UPPER) capitalized++;
      else if (j - i >= 5) longLower++;
    }
    i = j;
  }
  // A sentence that lists names (`… , Zyd Barrov , Kwob Klozer dan Rojer Wotters membentuk grup .`)
  // is as capitalized as a headline, but ends like a sentence and has content words in lower case.
  // So is a sentence that enumerates names (two commas or more) around one content word.
  if ((longLower >= 2 || (longLower === 1 && commasIn(text, lineStart, lineEnd) >= 2)) && endsSentence(text, lineStart, lineEnd)) return false;
  return words >= 3 && capitalized / words >= 0.6;
}

/** Number of commas in `[start, end)`. */
function commasIn(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf(',', start); i >= 0 && i < end; i = text.indexOf(',', i + 1)) n++;
  return n;
}

/**
 * `kesalahan Zorbanov .` → PERSON `Zorbanov` (when no other rule or name list explains it).
 *
 * @example
 * ```ts
 * ruleMarkup(unknownCapitalizedRule, 'Gol lahir berkat kesalahan Zorbanov .'); // -> 'Gol lahir berkat kesalahan [[PERSON|Zorbanov]] .'
 * ```
 */
export const unknownCapitalizedRule = defineRule({
  id: 'unknown-capitalized',
  description: 'A capitalized name in mid-sentence that nothing else explains: a PERSON, at the lowest priority.',
  pattern: MID_SENTENCE_CAPITAL,
  priority: FALLBACK_PRIORITY,
  extract: (m, ctx) => {
    const pos = m.index + 1; // the match opens with the space before the word
    // Mid-sentence means after a lower-case word (or a comma), not inside a capitalized phrase.
    if (!afterLowerCaseWord(ctx.text, pos) || ctx.gazetteerAt(pos)) return NONE;
    const first = wordAt(ctx.text, pos);
    if (!first || isNeverNameStart(ctx, first)) return NONE;
    if (onTitleCaseLine(ctx, pos)) return NONE;
    const name = readPersonName(ctx, pos, THREE_WORDS, first);
    const guess = name ? guessType(ctx, name) : null;
    return guess ? [guess] : NONE;
  },
  examples: [
    'Gol itu lahir berkat kesalahan [[PERSON|Zorbanov]] .',
    'Rakyat menyambut [[PERSON|Kwort Zyrtalev]] dengan hangat.',
    'Setelah itu , [[PERSON|Zyd Barrov]] , [[PERSON|Kwob Klozer]] , dan [[PERSON|Rojer Wotters]] membentuk grup musik bernama sendiri .',
    'Wakil ketua [[ORG|Zyrtalheed Corporation]] memberi keterangan.',
    'Ia naik pesawat [[ORG|Kwort Air]] ke sana.',
    'Harga saham [[ORG|Zyrtal Makmur Tbk]] naik tajam pada perdagangan kemarin.',
    'Ia dinobatkan tokoh tahun ini oleh majalah [[ORG|Zyrtime]] .',
    'Pemerintah meminta Uber dan [[ORG|ZyrCar]] bekerja sama.',
    'Harga saham [[ORG|Kwortindo]] ( KWRT ) turun , sementara saham [[ORG|Zyrtalco]] (ZYRT) naik.',
    'Laporan itu disusun [[ORG|Zyrtal Holdings Co.]] dan mitranya.',
    'Gol itu dicetak melawan [[ORG|The Zyrtans]] pekan lalu.',
    'Ia menyebut pesawat itu milik [[PERSON|Kwortan Zyrbek]] , bukan negara.',
    'Pinggiran kota itu antara lain adalah [[PLACE|Zyrtal Heights]] , [[PLACE|Kwort Bay]] dan [[PLACE|Morelu Park]] yang ramai .',
    'Gelandang itu , [[PERSON|Zyr-min Park]] , mencetak gol.',
    'Juri itu antara lain [[PERSON|Zyrtov Kwortan]] , [[PERSON|Kara DeZyrtaldi]] , dan lainnya .',
    'Single itu digarap produser musik [[PERSON|Kwortana Zyrbek]] tahun lalu .',
    'Mereka tampil bersama band - band terkenal seperti [[ORG|Zyrtapunk]] , [[ORG|Kwort Wahl]] atau [[ORG|Zyrdenz]] .',
    'Ia bermain dengan grup dan pemusik lain seperti [[ORG|Kwortal Week]] .',
    'Ia bermain dengan pemusik lain seperti [[PERSON|Kwortal Week]] .',
  ],
  counterexamples: [
    'Kunjungan yang Mempunyai Makna Strategis dari Zyrtal pada Periode Baru.',
    'Mereka membela Tanah Air dengan gagah.',
    'Ia hadir di Konferensi itu.',
    'Zyrd Barrov, Kwob Klozer dan Rojer Wotters Bentuk Grup Baru',
    'Ia menjadi anggota Suku pedalaman.',
    'Kata itu berasal dari bahasa Zyrtalik kuno.',
    'Warga mengatasi dampak badai Zyrkaegi pekan ini.',
    'Sidang membahas rancangan Laporan Kwortan tahun ini.',
    'Ia bertemu dengan Mantan Presiden itu kemarin.',
    'Keluarganya adalah keturunan Kwortan dari suku Zyrka .',
    'Ia membalap di Zyrmula 1 sejak kecil.',
    'Peluncuran Zyrpad Kwo III ditunda.',
    'Acara itu digelar saat Zyrcon 2008 berlangsung.',
    'Rencana itu diusulkan Pemzyr Jakarta kepada warga.',
    'Ia bekerja di bagian Kezyrtalan kota itu.',
    'Dana itu untuk kebijakan Penzyrtaan yang baru.',
    'Misi sekolah itu ialah Menzyrtalkan budaya daerah.',
    'Balapan itu di Circuit of the Zyrtals musim lalu.',
    'Para pengguna handset Zyroid mengeluh.',
    'Ia menulis novel " To Kill a Zyrtingbird " pada tahun itu .',
    'Perannya dalam “ Hana no Kwortan ” memikat juri .',
  ],
});
