/**
 * A quarter or half of a year, one span with its year: `kuartal pertama tahun 2026`
 * (2026-Q1), `triwulan III-2024` (2024-Q3), `semester kedua tahun ini` (H2 of the
 * publication year). Without a year (`kuartal pertama`) it is left alone.
 */
import { DATE_QUARTER } from '../patterns.generated.js';
import { relativeShift, relativeYear } from './resolve.js';
import { dateRule } from './candidate.js';

const ORDINALS: Readonly<Record<string, number>> = {
  pertama: 1, kedua: 2, ketiga: 3, keempat: 4, i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4,
};

/**
 * Quarters (`Q`) and halves (`H`) of a year, TIMEX3-style: `2026-Q1`, `2025-H2`.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [quarter], builtins: false }).extract('pada kuartal pertama tahun 2026');
 * // -> [{ text: 'kuartal pertama tahun 2026', type: 'DATE', value: '2026-Q1', … }]
 * ```
 */
export const quarter = dateRule({
  id: 'date-quarter',
  description: 'kuartal/triwulan/semester + an ordinal + a year: a quarter or half of that year.',
  triggers: { words: ['kuartal', 'triwulan', 'semester'] },
  pattern: DATE_QUARTER,
  priority: 2,
  value(m) {
    const { groups: g, published } = m;
    const n = ORDINALS[g.n!.toLowerCase()]!;
    const half = /^semester$/i.test(g.unit!);
    if (half && n > 2) return null;
    const year = g.y ?? relativeYear(relativeShift(g.rel!), published);
    return `${year}-${half ? 'H' : 'Q'}${n}`;
  },
  examples: [
    'Kongres digelar pada [[DATE|kuartal pertama tahun 2026|2026-Q1]].',
    'Laba naik pada [[DATE|triwulan III-2024|2024-Q3]].',
    'Ekspor tumbuh di [[DATE|Kuartal II/2023|2023-Q2]].',
    { markup: 'Target itu untuk [[DATE|semester kedua tahun ini|2025-H2]].', published: '2025-03-10' },
    { markup: 'Dibanding [[DATE|kuartal keempat tahun lalu|2024-Q4]], naik.', published: '2025-03-10' },
  ],
  counterexamples: [
    'Pada kuartal pertama ekspor turun.',
    'Ia lulus pada semester ketiga tahun 2020.',
    'Semester kedua kelas itu dimulai.',
  ],
});
