/**
 * A month name without a day, with an optional year: `Maret 2025`, `November 2014`,
 * `Juni lalu` (→ `Juni`), `bulan Agustus mendatang` (→ `Agustus`), `Januari-Maret 2025`,
 * `Juni tahun lalu`.
 */
import { DATE_MONTH } from '../patterns.generated.js';
import { MONTH_FULL, MONTH_TRIGGERS, monthNumber } from './months.js';
import { directionIfNeeded, resolveMonth, resolveMonthRange, wordBefore, yearOf } from './resolve.js';
import { dateRule } from './candidate.js';
import { DATE_LEAD_WORDS } from './context.js';

/**
 * Months with an optional year, tried at each month name. A short name (`Agt`) needs a
 * year; a month alone must be in Title or lower case and not glued to a capitalized word
 * (`Revolusi Juli` is a name).
 *
 * @example
 * ```ts
 * createExtractor({ rules: [monthYear], builtins: false }).extract('pada Juni lalu', { published: '2025-09-01' });
 * // -> [{ text: 'Juni', type: 'DATE', value: '2025-06', … }]
 * ```
 */
export const monthYear = dateRule({
  id: 'date-month-year',
  description: 'A month name without a day, with an optional year; ranges of months.',
  triggers: { words: MONTH_TRIGGERS },
  pattern: DATE_MONTH,
  priority: 1,
  value(m) {
    const g = m.groups;
    const published = m.published;
    const hasYear = g.y1 !== undefined || g.yrel1 !== undefined;
    const full = MONTH_FULL[g.m1!.toLowerCase()] !== undefined;
    if (!hasYear && g.m2 === undefined) {
      if (!full || (g.m1!.length > 1 && g.m1 === g.m1!.toUpperCase())) return null;
      const before = wordBefore(m.text, m.start);
      if (before.word && before.punct === '' && /^\p{Lu}/u.test(before.word) && !DATE_LEAD_WORDS.has(before.word.toLowerCase())) return null;
    }
    if (!full && !hasYear && g.y2 === undefined) return null;
    const y1 = yearOf(g.y1, g.yrel1, published);
    const y2 = yearOf(g.y2, g.yrel2, published);
    const { direction } = directionIfNeeded(m, m.start, m.end, y1 === null && y2 === null);
    const m1 = monthNumber(g.m1!)!;
    if (g.m2 === undefined) return resolveMonth(m1, y1, { published, direction });
    return resolveMonthRange(m1, y1, monthNumber(g.m2)!, y2, (month, year) => resolveMonth(month, year, { published, direction }));
  },
  examples: [
    { markup: 'Hingga [[DATE|November 2014|2014-11]], Airbus mengklaim.' },
    { markup: 'Pesawat yang hilang bulan [[DATE|Maret|2014-03]] lalu.', published: '2014-12-29' },
    { markup: 'Pada [[DATE|Juni|2025-06]] lalu ia tiba.', published: '2025-09-01' },
    { markup: 'Kunjungan bulan [[DATE|Agustus|2025-08]] mendatang.', published: '2025-05-12' },
    { markup: 'Harga naik [[DATE|Januari-Maret 2025|2025-01/2025-03]].' },
    { markup: 'Data [[DATE|Agt 2025|2025-08]] dirilis.' },
    { markup: 'Pemilu [[DATE|Juni tahun lalu|2024-06]] berjalan lancar.', published: '2025-03-01' },
    { markup: 'Ia tiba pada [[DATE|Desember|2025-12]].', published: '2026-01-03' },
    { markup: 'Ia tiba pada [[DATE|Juli|XXXX-07]].' },
  ],
  counterexamples: [
    'Gerakan Revolusi Juli dikenang.',
    'Dr. Jan Pronk tiba.',
    'Nama sandi MEI tidak diketahui.',
  ],
});
