/**
 * A period with a qualifier, one span that keeps the words after it: `awal Januari`,
 * `akhir tahun 2020`, `pertengahan 2024`, `pertengahan tahun depan`, `akhir bulan ini`,
 * `akhir pekan lalu`, `akhir ’90-an`, `awal abad ke-20`. The value is the period's (TIMEX3
 * would add a modifier; warta's value has none).
 */
import type { CalendarDate } from '../../types.js';
import { defineRule } from '../define.js';
import { DATE_QUALIFIED } from '../patterns.generated.js';
import { monthNumber } from './months.js';
import {
  addDays, centuryValue, dateCandidate, decadeValue, directionIfNeeded, formatDate, isoWeek, relativeShift, relativeYear, resolveMonth,
} from './resolve.js';
import { UNIT_WORDS } from './context.js';
import { wordAfter } from './resolve.js';

/**
 * Value of `tahun|bulan|pekan|minggu` + `ini|lalu|depan|mendatang|kemarin` against the
 * published date: `2025`, `2025-04`, `2025-W50`; `XXXX…` without one.
 *
 * @example
 * ```ts
 * relativeUnitValue('bulan', 'lalu', { year: 2025, month: 1, day: 15 }); // -> '2024-12'
 * ```
 */
export function relativeUnitValue(unit: string, rel: string, published: CalendarDate | null): string {
  const shift = relativeShift(rel);
  const u = unit.toLowerCase();
  if (u === 'tahun') return relativeYear(shift, published);
  if (u === 'bulan') {
    if (!published) return 'XXXX-XX';
    const d = new Date(Date.UTC(published.year, published.month - 1 + shift, 1));
    return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, null);
  }
  return published ? isoWeek(addDays(published, 7 * shift)) : 'XXXX-WXX';
}

/**
 * Qualified periods, tried at `awal`, `pertengahan`, `akhir`, `medio`, `penghujung`,
 * `permulaan`.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [qualifiedPeriod], builtins: false }).extract('pada akhir tahun 2020');
 * // -> [{ text: 'akhir tahun 2020', type: 'DATE', value: '2020', … }]
 * ```
 */
export const qualifiedPeriod = defineRule({
  id: 'date-qualified-period',
  description: 'awal/pertengahan/akhir + a month, year, decade, century or relative period.',
  triggers: { words: ['awal', 'pertengahan', 'akhir', 'medio', 'penghujung', 'permulaan'] },
  pattern: DATE_QUALIFIED,
  priority: 2,
  extract(m, ctx) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const published = ctx.published;
    let value: string | null;
    if (g.unit !== undefined) {
      value = relativeUnitValue(g.unit, g.rel!, published);
      // `akhir pekan` is the weekend (TIMEX3 `-WE`).
      if (/^(pekan|minggu)$/i.test(g.unit) && /^akhir$/i.test(g.q!)) value += published ? '-WE' : '';
    } else if (g.m !== undefined) {
      const year = g.my !== undefined ? Number(g.my) : null;
      value = resolveMonth(monthNumber(g.m)!, year, { published, direction: directionIfNeeded(ctx, start, end, year === null).direction });
    } else if (g.dec !== undefined) {
      value = decadeValue(g.dec, published);
    } else if (g.y !== undefined) {
      if (UNIT_WORDS.has(wordAfter(ctx.text, end).toLowerCase())) return null;
      value = g.y;
    } else {
      value = centuryValue(g.cn ?? g.cr!);
    }
    return value ? [dateCandidate(start, end, value)] : null;
  },
  examples: [
    { markup: 'Hujan turun sejak [[DATE|awal Januari|2025-01]].', published: '2025-02-10' },
    '[[DATE|akhir tahun 2020|2020]] ekonomi pulih.',
    'Pada [[DATE|awal tahun 2022|2022]] harga naik.',
    'Proyek selesai [[DATE|pertengahan 2024|2024]].',
    { markup: 'Mudah-mudahan [[DATE|pertengahan tahun depan|2015]], kami bisa.', published: '2014-12-31' },
    { markup: 'Dibayar [[DATE|akhir bulan ini|2025-03]].', published: '2025-03-10' },
    { markup: 'Ia pulang [[DATE|akhir pekan lalu|2025-W10-WE]].', published: '2025-03-10' },
    'Butet sejak [[DATE|akhir \'90-an|199X]] sudah masuk.',
    'Dibangun [[DATE|awal abad ke-20|19XX]].',
    'Sejak [[DATE|medio Maret 2024|2024-03]] harga naik.',
  ],
  counterexamples: [
    'Pada awal mula ia ragu.',
    'Akhir cerita bahagia.',
    'Di akhir pekan ia libur.',
    'Pada akhir 2000 orang hadir.',
  ],
});
