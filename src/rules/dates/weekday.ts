/**
 * A weekday name alone: `Senin`, `pada hari Senin` (→ `Senin`), `Selasa lalu`, `Jumat
 * mendatang`. Resolved to the nearest such day: in the past (the published day included)
 * unless the phrase or its clause points forward.
 */
import { defineRule } from '../define.js';
import { DATE_WEEKDAY } from '../patterns.generated.js';
import { WEEKDAY_TRIGGERS, weekdayNumber } from './months.js';
import { dateCandidate, directionIfNeeded, resolveWeekday, sentenceStart, wordAfter, wordBefore } from './resolve.js';
import { QUANTIFIERS } from './context.js';

const WEEK_WORDS = new Set(['lalu', 'depan', 'ini', 'mendatang', 'kemarin', 'silam', 'pertama', 'kedua', 'ketiga', 'keempat', 'terakhir']);
const PRAYER = new Set(['salat', 'shalat', 'sholat', 'solat', 'jemaah', 'khotbah', 'khutbah']);

/**
 * A capitalized weekday alone, tried at each weekday name. `Minggu` is "week" after a
 * number (`dua Minggu`), before `ke-` (`Minggu ke-3`), or at a sentence start before
 * `lalu`/`depan`/`ini` (`Minggu lalu, …`); `Jumat` after `salat` is the prayer.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [weekday], builtins: false }).extract('lewat akun Twitter, Minggu.', { published: '2014-12-29' });
 * // -> [{ text: 'Minggu', type: 'DATE', value: '2014-12-28', … }]
 * ```
 */
export const weekday = defineRule({
  id: 'date-weekday',
  description: 'A capitalized weekday name alone, resolved to the nearest such day.',
  triggers: { words: WEEKDAY_TRIGGERS },
  pattern: DATE_WEEKDAY,
  extract(m, ctx) {
    const word = m.groups!.wd!;
    if (word.length > 2 && word === word.toUpperCase()) return null; // headline capitals: too noisy
    const start = m.index;
    const end = start + m[0].length;
    const text = ctx.text;
    const before = wordBefore(text, start);
    const prev = before.punct === '' ? before.word.toLowerCase() : '';
    const next = wordAfter(text, end).toLowerCase();
    if (PRAYER.has(prev)) return null;
    const n = weekdayNumber(word)!;
    if (n === 7 && word.toLowerCase() === 'minggu') {
      if (QUANTIFIERS.has(prev) || /^\d+$/.test(prev)) return null;
      if (/^\s*ke\b|^\s*ke-/u.test(text.slice(end, end + 5))) return null;
      if (WEEK_WORDS.has(next) && prev !== 'hari' && (sentenceStart(text, start) || prev === '')) return null;
    }
    const { direction, strict } = directionIfNeeded(ctx, start, end, true);
    return [dateCandidate(start, end, resolveWeekday(n, { published: ctx.published, direction, strict }))];
  },
  examples: [
    { markup: 'Ia berkata lewat akun Twitter, [[DATE|Minggu|2014-12-28]].', published: '2014-12-29' },
    { markup: 'Kantor berita itu, pada hari [[DATE|Senin|2026-01-26]], melaporkan.', published: '2026-01-26' },
    { markup: 'Rapat digelar [[DATE|Selasa|2025-03-04]] lalu.', published: '2025-03-10' },
    { markup: 'Rapat digelar [[DATE|Senin|2025-03-03]] lalu.', published: '2025-03-10' },
    { markup: 'Ia akan berangkat [[DATE|Jumat|2025-03-14]].', published: '2025-03-10' },
    { markup: 'Ia berangkat [[DATE|Jumat|2025-03-14]] mendatang.', published: '2025-03-10' },
    { markup: 'Hong Kong [[DATE|Selasa|XXXX-WXX-2]] mengatakan bahwa harga naik.' },
    { markup: 'Rapat digelar pada hari [[DATE|Minggu|2025-03-09]] lalu.', published: '2025-03-10' },
  ],
  counterexamples: [
    'Ia pergi dua minggu.',
    'Ia pergi dua Minggu.',
    'Minggu lalu, harga naik.',
    'Usai salat Jumat, warga berkumpul.',
    'Minggu ke-3 bulan Maret.',
    'Ia datang senin pagi.',
  ],
});
