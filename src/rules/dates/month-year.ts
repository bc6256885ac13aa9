/**
 * A month name without a day, with an optional year: `Maret 2025`, `November 2014`,
 * `Juni lalu` (→ `Juni`), `bulan Agustus mendatang` (→ `Agustus`), `Januari-Maret 2025`,
 * `Juni tahun lalu`.
 */
import { defineRule } from '../define.js';
import { DATE_MONTH } from '../patterns.generated.js';
import { MONTH_FULL, MONTH_TRIGGERS, monthNumber } from './months.js';
import { dateCandidate, directionIfNeeded, interval, resolveMonth, wordBefore } from './resolve.js';
import { DATE_LEAD_WORDS } from './context.js';
import { yearOf } from './day-month-year.js';

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
export const monthYear = defineRule({
  id: 'date-month-year',
  description: 'A month name without a day, with an optional year; ranges of months.',
  triggers: { words: MONTH_TRIGGERS },
  pattern: DATE_MONTH,
  priority: 1,
  extract(m, ctx) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const published = ctx.published;
    const y1 = yearOf(g.y1, g.yrel1, published);
    const y2 = yearOf(g.y2, g.yrel2, published);
    const hasYear = g.y1 !== undefined || g.yrel1 !== undefined;
    const full = MONTH_FULL[g.m1!.toLowerCase()] !== undefined;
    if (!hasYear && g.m2 === undefined) {
      if (!full || (g.m1!.length > 1 && g.m1 === g.m1!.toUpperCase())) return null;
      const before = wordBefore(ctx.text, start);
      if (before.word && before.punct === '' && /^\p{Lu}/u.test(before.word) && !DATE_LEAD_WORDS.has(before.word.toLowerCase())) return null;
    }
    if (!full && !hasYear && g.y2 === undefined) return null;
    const { direction } = directionIfNeeded(ctx, start, end, y1 === null && y2 === null);
    const m1 = monthNumber(g.m1!)!;
    if (g.m2 === undefined) return [dateCandidate(start, end, resolveMonth(m1, y1, { published, direction }))];
    const m2 = monthNumber(g.m2)!;
    const startYear = y1 ?? (y2 !== null ? (m1 > m2 ? y2 - 1 : y2) : null);
    const from = resolveMonth(m1, startYear, { published, direction });
    const fromYear = /^\d{4}/.test(from) ? Number(from.slice(0, 4)) : null;
    const to = resolveMonth(m2, y2 ?? (fromYear !== null ? (m2 < m1 ? fromYear + 1 : fromYear) : null), { published, direction });
    return [dateCandidate(start, end, interval(from, to))];
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
