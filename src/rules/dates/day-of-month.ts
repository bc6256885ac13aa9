/**
 * A day of the month alone after `tanggal`/`tgl`: `tanggal 24 kemarin` → `24`. The span
 * starts at the number; the month is this, last or next month, nearest the published date
 * in the phrase's direction.
 */
import { DATE_DAY_OF_MONTH } from '../patterns.generated.js';
import { directionIfNeeded, resolveDayOfMonth } from './resolve.js';
import { dateRule } from './candidate.js';

/**
 * Days of the month, tried at `tanggal` and `tgl`; the span is the number.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [dayOfMonth], builtins: false }).extract('Tanggal 24 kemarin saya pergi.', { published: '2014-12-29' });
 * // -> [{ text: '24', type: 'DATE', value: '2014-12-24', … }]
 * ```
 */
export const dayOfMonth = dateRule({
  id: 'date-day-of-month',
  description: 'A day of the month alone after tanggal/tgl.',
  triggers: { words: ['tanggal', 'tgl'] },
  pattern: DATE_DAY_OF_MONTH,
  value(m) {
    const d = m.groups.d!;
    m.start = m.end - d.length;
    return resolveDayOfMonth(Number(d), { published: m.published, direction: directionIfNeeded(m, m.start, m.end, true).direction });
  },
  examples: [
    { markup: '"Tanggal [[DATE|24|2014-12-24]] kemarin saya sempat membuka Facebook."', published: '2014-12-29' },
    { markup: 'Gaji dibayar tanggal [[DATE|1|2025-04-01]] nanti.', published: '2025-03-20' },
    { markup: 'Pada tanggal [[DATE|5|XXXX-XX-05]] ia pergi.' },
  ],
  counterexamples: [
    'Pada tanggal 6 Juli malam.',
    'Pada tanggal 26/1 ia pergi.',
    'Pada tanggal 40 tidak ada.',
    'Tanggal 12-13 rapat digelar.',
  ],
});
