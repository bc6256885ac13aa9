/**
 * A period with a qualifier, one span that keeps the words after it: `awal Januari`,
 * `akhir tahun 2020`, `pertengahan 2024`, `pertengahan tahun depan`, `akhir bulan ini`,
 * `akhir pekan lalu`, `akhir ’90-an`, `awal abad ke-20`. The value is the period's (TIMEX3
 * would add a modifier; warta's value has none).
 */
import { DATE_QUALIFIED } from '../patterns.generated.js';
import { monthNumber } from './months.js';
import { centuryValue, decadeValue, directionIfNeeded, relativeUnitValue, resolveMonth, wordAfter } from './resolve.js';
import { dateRule } from './candidate.js';
import { UNIT_WORDS } from './context.js';

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
export const qualifiedPeriod = dateRule({
  id: 'date-qualified-period',
  description: 'awal/pertengahan/akhir + a month, year, decade, century or relative period.',
  triggers: { words: ['awal', 'pertengahan', 'akhir', 'medio', 'penghujung', 'permulaan'] },
  pattern: DATE_QUALIFIED,
  priority: 2,
  value(m) {
    const { groups: g, published } = m;
    if (g.unit !== undefined) {
      const value = relativeUnitValue(g.unit, g.rel!, published);
      // `akhir pekan` is the weekend (TIMEX3 `-WE`).
      return /^(pekan|minggu)$/i.test(g.unit) && /^akhir$/i.test(g.q!) && published ? `${value}-WE` : value;
    }
    if (g.m !== undefined) {
      const year = g.my !== undefined ? Number(g.my) : null;
      return resolveMonth(monthNumber(g.m)!, year, { published, direction: directionIfNeeded(m, m.start, m.end, year === null).direction });
    }
    if (g.dec !== undefined) return decadeValue(g.dec, published);
    if (g.y !== undefined) return UNIT_WORDS.has(wordAfter(m.text, m.end).toLowerCase()) ? null : g.y;
    return centuryValue(g.cn ?? g.cr!);
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
