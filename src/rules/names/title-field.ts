/**
 * The field of a title: `Direktur Keuangan`, `Menteri Koordinator Politik dan Keamanan`,
 * `Deputi Bidang Pemasaran`, `Wakil Presiden Kreatif`. These capitalized nouns belong to the
 * title, so the person comes after them (`Direktur Operasi Zyrtal Air Budi Sartono`).
 */
import type { RuleContext } from '../../types.js';
import { followsTitle, nextWord, phraseAt, skipSpaces, wordAt, wordBefore, wordIn, type Word } from './scan.js';

/**
 * Indonesian nominalizations in pe-…-an and ke-…-an (`Pembinaan`, `Penindakan`, `Perhubungan`,
 * `Keuangan`, `Ketenagakerjaan`): common nouns, never personal names. `-man` endings are
 * left out (`Perlman`).
 */
const NOMINALIZATION = /^(?:Pe[mnlr]|Ke)\p{Ll}{3,}an$/u;

const ROMAN_OR_NUMBER = /^(?:[IVX]{1,4}|\d{1,2})$/u;

/** True when `w` names a field of a title (listed in `title-field-words`, or a nominalization). */
function isFieldWord(ctx: RuleContext, w: Word): boolean {
  // `Ketua Pengadilan Tinggi`: a designator opens a name, not a field.
  if (!w.capitalized || wordIn(ctx, 'org-designators', w) || wordIn(ctx, 'place-designators', w)) return false;
  if (NOMINALIZATION.test(w.text) && !w.text.endsWith('man')) return true;
  return phraseAt(ctx, 'title-field-words', w, 2) > 0 || wordIn(ctx, 'title-field-words', w);
}

/**
 * Where the field words at `pos` end (joined by `dan`, `&` or a comma between two field
 * words), or `pos` itself when no field word stands there.
 *
 * @example
 * ```ts
 * titleFieldEnd(ctx, 8); // on 'Menteri Politik dan Keamanan Budi tiba' -> 28 (after `Keamanan`)
 * ```
 */
export function titleFieldEnd(ctx: RuleContext, pos: number): number {
  const { text } = ctx;
  let end = pos;
  let q = skipSpaces(text, pos);
  for (let n = 0; n < 8; n++) {
    const w = wordAt(text, q);
    if (!w || !isFieldWord(ctx, w)) break;
    const phrase = phraseAt(ctx, 'title-field-words', w, 2);
    end = Math.max(w.end, w.start + phrase);
    // `Divre V`, `Divisi 2`: a unit's number.
    const number = nextWord(text, end);
    if (number && ROMAN_OR_NUMBER.test(number.text)) end = number.end;
    // A joiner (`dan`, `&`, a comma) continues the field only when a field word follows it.
    const after = skipSpaces(text, end);
    let nextPos = after;
    if (text[after] === ',' || text[after] === '&') nextPos = skipSpaces(text, after + 1);
    else if (wordAt(text, after)?.text === 'dan') nextPos = nextWord(text, after)!.end;
    if (nextPos !== after) {
      nextPos = skipSpaces(text, nextPos);
      const next = wordAt(text, nextPos);
      if (!next || !isFieldWord(ctx, next)) break;
    }
    q = nextPos;
  }
  return end;
}

/**
 * True when a title and its field stand right before `pos` (`Direktur Keuangan PT Zyrtal`):
 * the title rule reads what follows, as after a bare title (`followsTitle`).
 *
 * @example
 * ```ts
 * followsTitleField(ctx, 18); // on 'Direktur Keuangan PT Zyrtal Budi' -> true
 * ```
 */
export function followsTitleField(ctx: RuleContext, pos: number): boolean {
  const { text } = ctx;
  let start = pos;
  let fieldEnd = -1;
  for (let n = 0; n < 10; n++) {
    const w = wordBefore(text, start);
    if (!w || w.end === start) break;
    // A title that takes in the field words (`Direktur Keuangan` in the titles list).
    if (fieldEnd >= 0 && w.start + ctx.titleAt(w.start) >= fieldEnd) return true;
    if (isFieldWord(ctx, w)) { if (fieldEnd < 0) fieldEnd = w.end; }
    else if (w.text !== 'dan' && !ROMAN_OR_NUMBER.test(w.text)) break;
    start = w.start;
  }
  return fieldEnd >= 0 && followsTitle(ctx, start);
}
