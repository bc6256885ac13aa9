/**
 * A weekday, a comma (or a space) and a date, one span: `Minggu, 9 Maret 2025`,
 * `Senin,10 Maret 2025`, `Sabtu 20 April 1997`, `Rabu, 19/6/2024`.
 */
import { defineRule } from '../define.js';
import { DATE_WEEKDAY_COMMA } from '../patterns.generated.js';
import { WEEKDAY_TRIGGERS } from './months.js';
import { dateCandidate } from './resolve.js';
import { resolveWeekdayDate } from './weekday-parenthesized.js';

/**
 * Weekday + comma + date, tried at each weekday name.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [weekdayComma], builtins: false }).extract('Jakarta, Minggu, 9 Maret 2025.');
 * // -> [{ text: 'Minggu, 9 Maret 2025', type: 'DATE', value: '2025-03-09', … }]
 * ```
 */
export const weekdayComma = defineRule({
  id: 'date-weekday-comma',
  description: 'A weekday, a comma or space, and a date: one span.',
  triggers: { words: WEEKDAY_TRIGGERS },
  pattern: DATE_WEEKDAY_COMMA,
  priority: 3,
  extract(m, ctx) {
    const start = m.index;
    const end = start + m[0].length;
    const r = resolveWeekdayDate(m.groups!, ctx, start, end);
    return r ? [dateCandidate(start, end, r)] : null;
  },
  examples: [
    { markup: 'Jakarta, [[DATE|Minggu, 9 Maret 2025|2025-03-09]].' },
    { markup: 'Jakarta, [[DATE|Senin,10 Maret 2025|2025-03-10]].' },
    { markup: 'Pesawat jatuh pada [[DATE|Sabtu 20 April 1997|1997-04-20]], pukul 08.00 WIB.' },
    { markup: 'Dihubungi [[DATE|Rabu, 19/6/2024|2024-06-19]].' },
    { markup: 'Dihubungi [[DATE|Kamis , 30 Mei 2013|2013-05-30]] .' },
    { markup: 'Rapat [[DATE|Selasa, 10 Maret 2025|2025-03-10]] digelar.' },
    { markup: 'Diumumkan [[DATE|Jumat, 22 Maret|2019-03-22]].', published: '2019-03-25' },
    { markup: 'Di sela forum, [[DATE|Rabu malam , 11 April 2012|2012-04-11]] .' },
  ],
  counterexamples: [
    'Pada hari Minggu, 9 orang tewas.',
    'Senin, Selasa, dan Rabu ia libur.',
  ],
});
