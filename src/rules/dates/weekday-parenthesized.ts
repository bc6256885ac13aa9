/**
 * A weekday with its date in parentheses, one span through `)`, with any part of the day
 * between: `Senin (26/1)`, `Kamis pagi (9 Oktober)`, `Rabu dini hari (19/6)`,
 * `Senin (tgl 12 Mei)`, `Minggu (28/12/2014)`.
 */
import type { RuleContext } from '../../types.js';
import { defineRule } from '../define.js';
import { DATE_WEEKDAY_PAREN } from '../patterns.generated.js';
import { WEEKDAY_TRIGGERS, monthNumber, weekdayNumber } from './months.js';
import { dateCandidate, directionIfNeeded, expandYear, phraseDirection, relativeShift, resolveDate, type Direction, type Resolved } from './resolve.js';

/**
 * Resolves the date of a weekday-date match from its groups: numeric (`nd/nm/ny`) or
 * textual (`td tm ty`, `y`/`yrel`). The weekday picks the year when the date has none, and
 * flags `weekday-conflict` when it contradicts the date.
 *
 * @example
 * ```ts
 * resolveWeekdayDate({ wd: 'Senin', nd: '26', nm: '1' }, ctx, 0, 12); // -> { value: '2026-01-26' } when published in January 2026
 * ```
 */
export function resolveWeekdayDate(g: Record<string, string | undefined>, ctx: RuleContext, start: number, end: number): Resolved | null {
  const weekday = weekdayNumber(g.wd!);
  const published = ctx.published;
  // `Minggu mendatang (9/2)`: the word inside the phrase decides; else the word after it or the clause.
  const directionFor = (year: number | null): Direction =>
    g.rel !== undefined ? phraseDirection(` ${g.rel}`, 0) : directionIfNeeded(ctx, start, end, year === null).direction;
  if (g.nd !== undefined) {
    const year = g.ny === undefined ? null : g.ny.length === 2 ? expandYear(Number(g.ny), published) : Number(g.ny);
    return resolveDate(Number(g.nd), Number(g.nm), year, { published, weekday, direction: directionFor(year) });
  }
  const y = g.ty ?? g.y;
  const year = y !== undefined ? Number(y) : g.yrel !== undefined && published ? published.year + relativeShift(g.yrel) : null;
  return resolveDate(Number(g.td), monthNumber(g.tm!)!, year, { published, weekday, direction: directionFor(year) });
}

/**
 * Weekday + parenthesized date, tried at each weekday name.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [weekdayParenthesized], builtins: false }).extract('pada hari Senin (26/1).', { published: '2026-01-26' });
 * // -> [{ text: 'Senin (26/1)', type: 'DATE', value: '2026-01-26', … }]
 * ```
 */
export const weekdayParenthesized = defineRule({
  id: 'date-weekday-parenthesized',
  description: 'A weekday, an optional part of day, and a date in parentheses: one span through ")".',
  triggers: { words: WEEKDAY_TRIGGERS },
  pattern: DATE_WEEKDAY_PAREN,
  priority: 3,
  extract(m, ctx) {
    const start = m.index;
    const end = start + m[0].length;
    const r = resolveWeekdayDate(m.groups!, ctx, start, end);
    return r ? [dateCandidate(start, end, r)] : null;
  },
  examples: [
    { markup: 'Xi menelepon pada hari [[DATE|Senin (26/1)|2026-01-26]].', published: '2026-01-26' },
    { markup: 'Pada [[DATE|Kamis pagi (9 Oktober)|2025-10-09]], di Pyongyang.', published: '2025-10-09' },
    { markup: 'Ia kembali pada hari [[DATE|Senin (tgl 12 Mei)|2025-05-12]].', published: '2025-05-12' },
    { markup: 'Serangan terjadi [[DATE|Rabu dini hari (19/6)|2024-06-19]].', published: '2024-06-20' },
    { markup: 'Hilang sejak [[DATE|Minggu (28/12/2014)|2014-12-28]].', published: '2014-12-29' },
    { markup: 'Jakarta, [[DATE|Rabu ( 4/2/2015 )|2015-02-04]] .' },
    { markup: 'Rapat [[DATE|Senin (26/1)|2026-01-26]] lalu.', published: '2026-02-10' },
    { markup: 'Kecelakaan [[DATE|Minggu (28/12)|2025-12-28]].', published: '2026-01-03' },
    { markup: 'Rapat [[DATE|Selasa (26/1/2026)|2026-01-26]] ditunda.' },
    { markup: 'Rapat [[DATE|Senin (26/1)|XXXX-01-26]].' },
    { markup: 'Deklarasi pada hari [[DATE|Minggu mendatang ( 9/2 )|2014-02-09]] di lapangan.', published: '2014-02-05' },
    { markup: 'Putusan dibacakan [[DATE|Kamis , ( 21/8/2014 )|2014-08-21]] .' },
  ],
  counterexamples: [
    'Pada hari Senin (waktu setempat) ia tiba.',
    'Hari Minggu (31/2) tidak ada.',
    'Ia datang minggu (26/1) itu.',
  ],
});
