/**
 * Company suffixes and series numbers belong to the organization's name: a known ORG directly
 * followed by a corporate suffix (`Zyrtal Co.`, `Kortex Inc.`, `Zyrtal Makmur Tbk`, `Kortex Group`,
 * `PT Zyrtal (Persero)`) or by a series number (`Angkasa Zyrtal 2`, `Pelzyr III`) is one ORG span.
 * A rule-found PERSON directly followed by a legal form (`Inc.`, `Tbk`, `Ltd.`) is a company.
 * Runs after the overlap refiner (the output is flat) and extends a span only over text no other
 * span holds, so it stays flat.
 */
import type { ResolvedCandidate } from '../types.js';
import type { Refiner } from './refiner.js';

/**
 * Suffixes that end a company's name, with whether they are a legal form (which makes any
 * capitalized name before it a company) and whether an abbreviation dot glued to them belongs to
 * the span. Matched case-sensitively: `Group`, not `group`.
 */
const SUFFIXES: ReadonlyArray<{ word: string; legal: boolean; dot: boolean }> = [
  { word: 'Co', legal: true, dot: true },
  { word: 'Inc', legal: true, dot: true },
  { word: 'Corp', legal: true, dot: true },
  { word: 'Ltd', legal: true, dot: true },
  { word: 'Tbk', legal: true, dot: true },
  { word: 'Plc', legal: true, dot: true },
  { word: 'PLC', legal: true, dot: false },
  { word: 'Bhd', legal: true, dot: true },
  { word: 'LLC', legal: true, dot: false },
  { word: 'Corporation', legal: false, dot: false },
  { word: 'Group', legal: false, dot: false },
  { word: 'Holdings', legal: false, dot: false },
  // A studio's or a foundation's name after the brand's: `Zyrtal Productions`, `Kortex Foundation`.
  { word: 'Productions', legal: false, dot: false },
  { word: 'Pictures', legal: false, dot: false },
  { word: 'Studios', legal: false, dot: false },
  { word: 'Entertainment', legal: false, dot: false },
  { word: 'Records', legal: false, dot: false },
  { word: 'Foundation', legal: false, dot: false },
];
const SUFFIX_BY_WORD = new Map(SUFFIXES.map((s) => [s.word, s]));

/** `Co` alone is too short to trust without its dot (`Co` as a word in a headline). */
const NEEDS_DOT = new Set(['Co']);

/** `(Persero)`, the legal form of an Indonesian state company, with or without inner spaces. */
const PERSERO = /^[\x20\u00A0]\([\x20\u00A0]?Persero[\x20\u00A0]?\)/u;

/** The next word after a span: one space, then a word of letters. */
const NEXT_WORD = /^[\x20\u00A0](\p{L}+)/u;
/** The last word of a span (built once: the bundle writes `\p{…}` literals as constructor calls). */
const LAST_WORD = /(\p{L}+)$/u;

/** A series number: one digit 1-9 or a Roman numeral I-X, standing alone. */
const SERIES = /^[\x20\u00A0]([1-9]|I{1,3}|IV|VI{0,3}|IX|X)(?![\p{L}\p{N}])/u;

/**
 * What a number after a name must not be followed by: a joined number (`2,5`, `2.000`, `2-1`,
 * `2/3`), a percent sign, or a unit/count word (`2 unit`, `3 orang`, `2 gol`).
 */
const NUMBER_CONTINUES = /^(?:[.,:/\u2013-]?\d|[\x20\u00A0]?[-\u2013][\x20\u00A0]?\d|[\x20\u00A0]?%)/u;
const UNIT_WORDS = new Set([
  'unit', 'orang', 'buah', 'kali', 'persen', 'gol', 'poin', 'angka', 'tahun', 'bulan', 'pekan',
  'minggu', 'hari', 'jam', 'menit', 'detik', 'juta', 'miliar', 'triliun', 'ribu', 'ratus', 'puluh',
  'kilometer', 'km', 'meter', 'kg', 'ton', 'liter', 'lembar', 'ekor', 'pesawat', 'kapal', 'kursi',
  'set', 'babak', 'laga', 'pertandingan', 'kemenangan', 'kekalahan', 'besar', 'terbesar', 'teratas',
  'periode', 'kelompok', 'calon', 'anggota', 'provinsi', 'kota', 'kabupaten', 'negara', 'perusahaan',
  'tim', 'klub', 'pemain', 'saham', 'lot', 'dolar', 'rupiah', 'rp', 'paket', 'jenis', 'macam',
  'bidang', 'hektare', 'ha', 'tahap', 'putaran', 'cabang', 'kantor', 'gerai', 'proyek', 'kasus',
  'peringkat', 'posisi', 'lagi', 'dari', 'atau', 'hingga', 'sampai', 'per',
]);
/** A score line: `Zyrtal 2 Kortex 1`, `Zyrtal 2, Kortex 1` — the number is a result, not a name. */
const SCORE_LINE = /^[\x20\u00A0]*[,;\u2013-]?[\x20\u00A0]*\p{Lu}[\p{L}.'\x20\u00A0]{0,40}?[\x20\u00A0]\d(?![\p{L}\p{N}])/u;

function wordCount(s: string): number {
  return s.split(/[\s\u00A0]+/u).filter(Boolean).length;
}

/** End of the suffix right after `c` (`Tbk`, `Inc.`, `(Persero)`), or -1. */
function suffixEnd(text: string, c: ResolvedCandidate): { end: number; legal: boolean } | null {
  const after = text.slice(c.end, c.end + 16);
  const persero = PERSERO.exec(after);
  if (persero) return { end: c.end + persero[0].length, legal: true };
  const next = NEXT_WORD.exec(after);
  if (!next) return null;
  const suffix = SUFFIX_BY_WORD.get(next[1]!);
  if (!suffix) return null;
  let end = c.end + next[0].length;
  const dot = suffix.dot && text[end] === '.';
  if (NEEDS_DOT.has(suffix.word) && !dot) return null;
  if (dot) end++;
  return { end, legal: suffix.legal };
}

/** End of a series number right after `c` (`Angkasa Zyrtal 2`, `Pelzyr III`), or -1. */
function seriesEnd(text: string, c: ResolvedCandidate): number {
  const after = text.slice(c.end, c.end + 8);
  const m = SERIES.exec(after);
  if (!m) return -1;
  const digit = /\d/u.test(m[1]!);
  // A digit is a count unless the name has at least two words; a numeral I-X is not a count.
  if (digit && wordCount(c.text) < 2) return -1;
  const end = c.end + m[0].length;
  const rest = text.slice(end, end + 60);
  if (NUMBER_CONTINUES.test(rest)) return -1;
  const nextWord = NEXT_WORD.exec(rest);
  if (nextWord && UNIT_WORDS.has(nextWord[1]!.toLowerCase())) return -1;
  if (digit && SCORE_LINE.test(rest)) return -1;
  // A number before the name too (`1 Zyrtal Makmur 2`) is a list or a score.
  if (/\d[\x20\u00A0]*[,;:\u2013-]?[\x20\u00A0]*$/u.test(text.slice(Math.max(0, c.start - 4), c.start))) return -1;
  return end;
}

/**
 * Extends ORG spans over a directly following corporate suffix or series number.
 *
 * @example
 * ```ts
 * // 'saham Zyrtal Makmur Tbk naik' → ORG "Zyrtal Makmur Tbk"; 'dari Angkasa Zyrtal 2 ,' → ORG "Angkasa Zyrtal 2".
 * ```
 */
export const orgSuffixRefiner: Refiner = {
  name: 'org-suffix',
  why: 'a corporate suffix or a series number after a company name is part of it; after overlaps, so it extends only over free text',
  refine(candidates, doc) {
    const { text } = doc;
    const starts = candidates.map((c) => c.start).sort((a, b) => a - b);
    // The first kept span starting at or after `pos` (the output is flat).
    const nextStart = (pos: number): number => {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! < pos) lo = mid + 1;
        else hi = mid;
      }
      return lo < starts.length ? starts[lo]! : Infinity;
    };
    let changed = false;
    const out = candidates.map((c) => {
      const isOrg = c.type === 'ORG';
      const ruleName = c.type === 'PERSON' && c.source.startsWith('rule:');
      if (!isOrg && !ruleName) return c;
      // The span already ends in a suffix (`Zyrtal Co` from a gazetteer, `Kortex Inc` from a
      // person rule): a legal form makes it a company, and its abbreviation dot belongs to it.
      const last = SUFFIX_BY_WORD.get(LAST_WORD.exec(c.text)?.[1] ?? '');
      if (last && wordCount(c.text) > 1 && (isOrg || last.legal)) {
        const end = last.dot && text[c.end] === '.' && nextStart(c.end) > c.end ? c.end + 1 : c.end;
        if (end === c.end && isOrg) return c;
        changed = true;
        return { ...c, type: 'ORG' as const, end, text: text.slice(c.start, end) };
      }
      let end = -1;
      const suffix = suffixEnd(text, c);
      if (suffix && (isOrg || suffix.legal)) end = suffix.end;
      else if (isOrg) end = seriesEnd(text, c);
      if (end < 0 || nextStart(c.end) < end) return c;
      changed = true;
      return { ...c, type: 'ORG' as const, end, text: text.slice(c.start, end) };
    });
    return changed ? out : candidates;
  },
};
