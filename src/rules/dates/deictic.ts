/**
 * Deictic dates a reader resolves from the publication date: `hari ini`, `kemarin`,
 * `kemarin lusa`, `besok`, `esok hari`, `lusa`, `tahun ini|lalu|depan`, `bulan ini|lalu|depan`,
 * `pekan|minggu ini|lalu|depan`. Not: `beberapa tahun lalu`, `dua minggu lalu` (vague or
 * counted from something else), `kemarin` right after a date (`Rabu (31/12) kemarin`: it
 * only modifies that date).
 */
import { defineRule } from '../define.js';
import { DATE_AFTER_DATE, DATE_DEICTIC } from '../patterns.generated.js';
import { addDays, dateCandidate, formatDate, sentenceStart, wordAfter, wordBefore } from './resolve.js';
import { QUANTIFIERS } from './context.js';
import { relativeUnitValue } from './qualified-period.js';

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
export const deictic = defineRule({
  id: 'date-deictic',
  description: 'hari ini, kemarin, besok, lusa, tahun/bulan/pekan ini, lalu, depan.',
  triggers: { words: ['hari ini', 'kemarin', 'besok', 'esok', 'lusa', ...UNITS.flatMap((u) => RELS.map((r) => `${u} ${r}`))] },
  pattern: DATE_DEICTIC,
  extract(m, ctx) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const text = ctx.text;
    const published = ctx.published;
    const before = wordBefore(text, start);
    const prev = before.punct === '' ? before.word.toLowerCase() : '';
    if (g.unit !== undefined) {
      // `dua tahun lalu`, `beberapa minggu lalu`: counted or vague, not the deictic period.
      if (QUANTIFIERS.has(prev) || /^\d/.test(prev)) return null;
      if (g.unit === 'Minggu' && (prev === 'hari' || !sentenceStart(text, start))) return null; // Sunday
      if (/^minggu$/i.test(g.unit) && prev === 'hari') return null;
      return [dateCandidate(start, end, relativeUnitValue(g.unit, g.rel!, published))];
    }
    // `beberapa hari ini`, `dua hari ini`: "these few days", not today.
    if (g.today !== undefined && (QUANTIFIERS.has(prev) || /^\d/.test(prev))) return null;
    // A word that only modifies the date before it: `Rabu (31/12/2014) kemarin`, `Rabu lusa`.
    if (DATE_AFTER_DATE.test(text.slice(Math.max(0, start - 24), start))) return null;
    if (g.tomorrow !== undefined && /^hari\p{L}/u.test(wordAfter(text, end).toLowerCase())) return null; // esok harinya
    const shift = g.today !== undefined ? 0 : g.yesterday !== undefined ? -1 : g.twoago !== undefined ? -2 : g.tomorrow !== undefined ? 1 : 2;
    if (!published) return [dateCandidate(start, end, formatDate(null, null, null) + '-XX-XX')];
    const d = addDays(published, shift);
    return [dateCandidate(start, end, formatDate(d.year, d.month, d.day))];
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
