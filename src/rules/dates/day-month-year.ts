/**
 * A day (or a range of days) before a month name, with an optional year:
 * `6 Juli`, `9 Maret 2025`, `12-13 Desember 2023`, `9 sampai 11 Maret`, `12 dan 13 Desember`,
 * `29 September - 1 Oktober 2025`, `6 Juli tahun lalu`.
 */
import { DATE_DAY_MONTH } from '../patterns.generated.js';
import { MONTH_TRIGGERS, monthNumber } from './months.js';
import { directionIfNeeded, interval, resolveDate, resolveMonthRange, yearIn, yearOf } from './resolve.js';
import { dateRule } from './candidate.js';

/**
 * Day-month(-year) dates and ranges of days, tried at each month name; the day before the
 * month is read by a lookbehind, so the span starts at the day.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [dayMonthYear], builtins: false }).extract('pada 9 sampai 11 Maret 2025.');
 * // -> [{ text: '9 sampai 11 Maret 2025', type: 'DATE', value: '2025-03-09/2025-03-11', … }]
 * ```
 */
export const dayMonthYear = dateRule({
  id: 'date-day-month-year',
  description: 'A day or range of days before a month name, with an optional year.',
  triggers: { words: MONTH_TRIGGERS },
  pattern: DATE_DAY_MONTH,
  priority: 2,
  value(m) {
    const g = m.groups;
    m.start -= g.pre!.length;
    const published = m.published;
    const m1 = monthNumber(g.m1!)!;
    const y1 = yearOf(g.y1, g.yrel1, published);
    const y2 = yearOf(g.y2, g.yrel2, published);
    const { direction } = directionIfNeeded(m, m.start, m.end, y1 === null && y2 === null);
    if (g.m2 !== undefined) {
      // Cross-month range: `29 September - 1 Oktober 2025`.
      return resolveMonthRange(m1, y1, monthNumber(g.m2)!, y2, (month, year, end) =>
        resolveDate(Number(end === 0 ? g.d1 : g.d3), month, year, { published, direction })?.value ?? null);
    }
    const from = resolveDate(Number(g.d1), m1, y1, { published, direction });
    if (!from || g.d2 === undefined) return from;
    // Range of days in one month: the second day shares the first's month and year.
    const to = resolveDate(Number(g.d2), m1, yearIn(from.value), { published });
    return !to || Number(g.d2) <= Number(g.d1) ? null : interval(from.value, to.value);
  },
  examples: [
    { markup: 'Pada tanggal [[DATE|6 Juli|2021-07-06]] malam, rapat dibuka.', published: '2021-07-06' },
    { markup: 'Ia lahir pada [[DATE|26 Juni 1988|1988-06-26]].', published: '2014-12-30' },
    { markup: 'Forum digelar [[DATE|9 sampai 11 Maret|2025-03-09/2025-03-11]].', published: '2025-03-01' },
    { markup: 'KTT pada [[DATE|12-13 Desember 2023|2023-12-12/2023-12-13]] di Tokyo.', published: '2024-01-05' },
    { markup: 'Pameran [[DATE|29 September - 1 Oktober 2025|2025-09-29/2025-10-01]].' },
    { markup: 'Rapat [[DATE|12 dan 13 Desember|2025-12-12/2025-12-13]] lalu.', published: '2025-12-20' },
    { markup: 'Pesawat hilang [[DATE|28 Desember|2025-12-28]].', published: '2026-01-03' },
    { markup: 'Tenggat [[DATE|29 Februari|2024-02-29]] terlewati.', published: '2025-03-01' },
    { markup: 'Batas waktu [[DATE|5 Agt 2025|2025-08-05]].' },
    { markup: 'Rapat [[DATE|20 februari 2014|2014-02-20]] ditunda.' },
    { markup: 'Sejak [[DATE|17 Juli|XXXX-07-17]] ia menghilang.' },
    { markup: 'Ia tiba [[DATE|6 Juli tahun lalu|2024-07-06]].', published: '2025-03-01' },
  ],
  counterexamples: [
    'Sebanyak 123 Maret tidak ada.',
    'Skor 3,5 Juni tidak masuk akal.',
    'Rapat 31 Februari tidak ada.',
  ],
});
