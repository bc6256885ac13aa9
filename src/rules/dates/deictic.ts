/**
 * Deictic dates a reader resolves from the publication date: `hari ini`, `kemarin`,
 * `kemarin lusa`, `besok`, `esok hari`, `lusa`, `tahun ini|lalu|depan`, `bulan ini|lalu|depan`,
 * `pekan|minggu ini|lalu|depan`. Not: `beberapa tahun lalu`, `dua minggu lalu` (vague or
 * counted from something else), `kemarin` right after a date (`Rabu (31/12) kemarin`: it
 * only modifies that date).
 */
import { DATE_DEICTIC } from '../patterns.generated.js';
import { CALENDAR_FORMS } from './months.js';
import { addDays, formatDate, isSpace, relativeUnitValue, sentenceStart, wordAfter, wordBefore } from './resolve.js';
import { dateRule, publishedOn } from './candidate.js';
import { QUANTIFIERS } from './context.js';

/**
 * True when a date ends right before `offset` (within 24 characters, spaces skipped): `)`, a
 * digit, or a month or weekday name that ends the word there (`Rabu (31/12) kemarin`,
 * `tanggal 24 kemarin`, `Rabu lusa`).
 */
function afterDate(text: string, offset: number): boolean {
  const limit = Math.max(0, offset - 24);
  let i = offset;
  while (i > limit && isSpace(text, i - 1)) i--;
  if (i === limit) return false;
  const c = text.charCodeAt(i - 1);
  if (c === 0x29 || (c >= 48 && c <= 57)) return true;
  for (let j = i - 2; j >= Math.max(limit, i - 10); j--) if (CALENDAR_FORMS.has(text.slice(j, i))) return true;
  return false;
}

const RELS = ['ini', 'lalu', 'depan', 'mendatang', 'kemarin', 'silam'];
const UNITS = ['tahun', 'bulan', 'pekan', 'minggu'];

/**
 * Deictic dates, tried at their own phrases.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [deictic], builtins: false }).extract('Sejak kemarin kita mencari.', { published: '2014-12-29' });
 * // -> [{ text: 'kemarin', type: 'DATE', value: '2014-12-28', … }]
 * ```
 */
export const deictic = dateRule({
  id: 'date-deictic',
  description: 'hari ini, kemarin, besok, lusa, tahun/bulan/pekan ini, lalu, depan.',
  triggers: { words: ['hari ini', 'kemarin', 'besok', 'esok', 'lusa', ...UNITS.flatMap((u) => RELS.map((r) => `${u} ${r}`))] },
  pattern: DATE_DEICTIC,
  value({ groups: g, start, end, text, published }) {
    const before = wordBefore(text, start);
    const prev = before.punct === '' ? before.word.toLowerCase() : '';
    // `dua tahun lalu`, `beberapa minggu lalu`, `beberapa hari ini`: counted or vague, not the deictic period.
    if ((g.unit !== undefined || g.today !== undefined) && (QUANTIFIERS.has(prev) || /^\d/.test(prev))) return null;
    if (g.unit !== undefined) {
      if (g.unit === 'Minggu' && (prev === 'hari' || !sentenceStart(text, start))) return null; // Sunday
      if (/^minggu$/i.test(g.unit) && prev === 'hari') return null;
      return relativeUnitValue(g.unit, g.rel!, published);
    }
    // A word that only modifies the date before it: `Rabu (31/12/2014) kemarin`, `Rabu lusa`.
    if (afterDate(text, start)) return null;
    if (g.tomorrow !== undefined && /^hari\p{L}/u.test(wordAfter(text, end).toLowerCase())) return null; // esok harinya
    if (!published) return 'XXXX-XX-XX';
    const d = addDays(published, g.today !== undefined ? 0 : g.yesterday !== undefined ? -1 : g.twoago !== undefined ? -2 : g.tomorrow !== undefined ? 1 : 2);
    return formatDate(d.year, d.month, d.day);
  },
  examples: [
    { markup: 'Pertemuan dengan Prancis pada [[DATE|hari ini|2014-12-29]]," ujar Retno.', published: '2014-12-29' },
    { markup: '"Sejak [[DATE|kemarin|2014-12-28]] kita melakukan pencarian.', published: '2014-12-29' },
    { markup: 'Penyelam diberangkatkan [[DATE|esok hari|2014-12-31]] pada pukul 05.00.', published: '2014-12-30' },
    { markup: 'Sidang digelar [[DATE|besok|2025-03-11]].', published: '2025-03-10' },
    { markup: 'Sidang digelar [[DATE|lusa|2025-03-12]].', published: '2025-03-10' },
    { markup: 'Kecelakaan udara [[DATE|tahun ini|2019]] menurun.', published: '2019-03-22' },
    { markup: 'Harga naik [[DATE|tahun lalu|2024]].', published: '2025-01-02' },
    { markup: 'Pemilu [[DATE|tahun depan|2026]].', published: '2025-01-02' },
    { markup: 'Inflasi [[DATE|bulan lalu|2024-12]] turun.', published: '2025-01-02' },
    { markup: 'Ia datang [[DATE|pekan depan|2025-W50]].', published: '2025-12-02' },
    { markup: 'Ia datang [[DATE|minggu lalu|2025-W48]].', published: '2025-12-02' },
    { markup: 'Ia datang [[DATE|kemarin|XXXX-XX-XX]].' },
    { markup: '[[DATE|Minggu lalu|2025-W48]], harga naik.', published: '2025-12-02' },
  ],
  counterexamples: [
    'Ia pindah beberapa tahun lalu.',
    'Ia pindah dua tahun lalu.',
    'Ia pergi dua minggu lalu.',
    'Ia hilang pada Rabu (31/12/2014) kemarin.',
    'Tanggal 24 kemarin saya sempat membuka Facebook.',
    'Pada saat ini harga naik.',
    'Keesokan harinya ia pergi, dan esok harinya kembali.',
    'Rapat pada hari Minggu lalu berjalan lancar.',
    'Mereka dibebaskan dalam beberapa hari ini.',
  ],
});
