/**
 * A range of years, one span: `1955-2025`, `2014 - 2019`, `2024/2025`, `2024-25`,
 * `2010 hingga 2015`; also after `periode`/`tahap`/`masa` (`tahap 2024-2028` → `2024-2028`).
 * Value: an ISO interval (`1955/2025`). Ranges of days and months are read by the
 * day-month and month rules.
 */
import { DATE_YEAR_RANGE } from '../patterns.generated.js';
import { interval } from './resolve.js';
import { dateRule } from './candidate.js';
import { notAYear } from './context.js';

/**
 * Year ranges, found by a scan. The end must come after the start, within 200 years; a
 * two-digit end takes the start's century (`2024-25` → `2024/2025`). The same context
 * checks as single years apply (`1500-2000 orang` is a quantity; `RPJMN 2020-2024` a name;
 * before `tahun`, any span of years).
 *
 * @example
 * ```ts
 * createExtractor({ rules: [yearRange], builtins: false }).extract('periode 2014 - 2019 mendatang');
 * // -> [{ text: '2014 - 2019', type: 'DATE', value: '2014/2019', … }]
 * ```
 */
export const yearRange = dateRule({
  id: 'date-year-range',
  description: 'A range of years, as an ISO interval.',
  pattern: DATE_YEAR_RANGE,
  priority: 1,
  value({ groups: g, start, end, text }) {
    const y1 = Number(g.y1);
    let y2 = Number(g.y2);
    if (g.y2!.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
    if (y2 <= y1 || y2 - y1 > 200) return null;
    // A slash between two years that are not consecutive is more often a code or a ratio.
    if (y2 - y1 !== 1 && text.slice(start, end).includes('/')) return null;
    return notAYear(text, start, end, y1 < 1800 || y2 > 2099) ? null : interval(String(y1), String(y2));
  },
  examples: [
    'Ia berkarya sepanjang [[DATE|1955-2025|1955/2025]].',
    'Presiden potensial periode [[DATE|2014 - 2019|2014/2019]] mendatang.',
    'Rencana tahap [[DATE|2024-2028|2024/2028]] disusun.',
    'Tahun ajaran [[DATE|2024/2025|2024/2025]] dimulai.',
    'Musim [[DATE|2024-25|2024/2025]] berakhir.',
    'Data dari tahun [[DATE|2010 hingga 2015|2010/2015]] dikaji.',
  ],
  counterexamples: [
    'Sebanyak 1500-2000 orang hadir.',
    'Skor 2019-2014 tidak mungkin.',
    'Dokumen RPJMN 2020-2024 disahkan.',
    'Kode 2019/2023 dipakai.',
  ],
});
