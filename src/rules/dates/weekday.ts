/**
 * A weekday, with its date or alone, one span:
 *  - with the date in parentheses, through `)`, any part of the day or direction word
 *    between: `Senin (26/1)`, `Kamis pagi (9 Oktober)`, `Rabu dini hari (19/6)`,
 *    `Senin (tgl 12 Mei)`, `Minggu mendatang (9/2)`, `Minggu (28/12/2014)`;
 *  - with the date after a comma or a space: `Minggu, 9 Maret 2025`, `Senin,10 Maret 2025`,
 *    `Sabtu 20 April 1997`, `Rabu, 19/6/2024`;
 *  - alone: `Senin`, `pada hari Senin` (→ `Senin`), `Selasa lalu`, `Jumat mendatang`,
 *    resolved to the nearest such day: in the past (the published day included) unless the
 *    phrase or its clause points forward.
 * One pattern reads all three, so each weekday costs one match attempt.
 */
import { DATE_WEEKDAY } from '../patterns.generated.js';
import { WEEKDAY_TRIGGERS, monthNumber, weekdayNumber } from './months.js';
import { directionIfNeeded, expandYear, phraseDirection, resolveDate, resolveWeekday, sentenceStart, wordAfter, wordBefore, yearOf, type Direction } from './resolve.js';
import { dateRule, publishedOn, type DateMatch, type DateValue } from './candidate.js';
import { QUANTIFIERS } from './context.js';

const WEEK_WORDS = new Set(['lalu', 'depan', 'ini', 'mendatang', 'kemarin', 'silam', 'pertama', 'kedua', 'ketiga', 'keempat', 'terakhir']);
const PRAYER = new Set(['salat', 'shalat', 'sholat', 'solat', 'jemaah', 'khotbah', 'khutbah']);

/** A weekday with its date wins a tie over other spans of the same length. */
const WITH_DATE_PRIORITY = 3;

/**
 * The value of a weekday with its date: numeric (`nd/nm/ny`) or textual (`td tm`, `y`/`yrel`).
 * The weekday picks the year when the date has none, and flags `weekday-conflict` when it
 * contradicts the date. Null when the match is no weekday-date (no `)` after a parenthesized
 * date; a direction word or a part of day without a comma before a bare date) or the date is
 * impossible.
 */
function withDate(m: DateMatch, weekday: number): DateValue | null {
  const g = m.groups;
  if (g.open !== undefined ? g.close === undefined : g.rel !== undefined || (g.pod !== undefined && g.comma === undefined)) return null;
  const published = m.published;
  // Outside parentheses the date ends before any `)`.
  if (g.open === undefined && g.close !== undefined) m.end -= g.close.length;
  // `Minggu mendatang (9/2)`: the word inside the phrase decides; else the word after it or the clause.
  const directionFor = (year: number | null): Direction =>
    g.rel !== undefined ? phraseDirection(` ${g.rel}`, 0) : directionIfNeeded(m, m.start, m.end, year === null).direction;
  let r;
  if (g.nd !== undefined) {
    const year = g.ny === undefined ? null : g.ny.length === 2 ? expandYear(Number(g.ny), published) : Number(g.ny);
    r = resolveDate(Number(g.nd), Number(g.nm), year, { published, weekday, direction: directionFor(year) });
  } else {
    const year = yearOf(g.y, g.yrel, published);
    r = resolveDate(Number(g.td), monthNumber(g.tm!)!, year, { published, weekday, direction: directionFor(year) });
  }
  return r && { ...r, priority: WITH_DATE_PRIORITY };
}

/**
 * The value of a weekday alone. Only capitalized (not in headline capitals); `Minggu` is
 * "week" after a number (`dua Minggu`), before `ke-` (`Minggu ke-3`), or at a sentence start
 * before `lalu`/`depan`/`ini` (`Minggu lalu, …`); `Jumat` after `salat` is the prayer.
 */
function alone(m: DateMatch, weekday: number): DateValue | null {
  const word = m.groups.wd!;
  if (word.length > 2 && word === word.toUpperCase()) return null; // headline capitals: too noisy
  const { text, start } = m;
  const end = (m.end = start + word.length);
  const before = wordBefore(text, start);
  const prev = before.punct === '' ? before.word.toLowerCase() : '';
  if (PRAYER.has(prev)) return null;
  if (weekday === 7 && word.toLowerCase() === 'minggu') {
    if (QUANTIFIERS.has(prev) || /^\d+$/.test(prev)) return null;
    if (/^\s*ke\b|^\s*ke-/u.test(text.slice(end, end + 5))) return null;
    if (WEEK_WORDS.has(wordAfter(text, end).toLowerCase()) && prev !== 'hari' && (sentenceStart(text, start) || prev === '')) return null;
  }
  const { direction, strict } = directionIfNeeded(m, start, end, true);
  return resolveWeekday(weekday, { published: m.published, direction, strict });
}

/**
 * Weekdays, tried at each weekday name: the weekday with its date when one follows (priority
 * 3), else the weekday alone.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [weekday], builtins: false }).extract('pada hari Senin (26/1).', { published: '2026-01-26' });
 * // -> [{ text: 'Senin (26/1)', type: 'DATE', value: '2026-01-26', … }]
 * ```
 */
export const weekday = dateRule({
  id: 'date-weekday',
  description: 'A weekday with its date (in parentheses, or after a comma) as one span, or a capitalized weekday alone.',
  triggers: { words: WEEKDAY_TRIGGERS },
  pattern: DATE_WEEKDAY,
  value(m) {
    const n = weekdayNumber(m.groups.wd!)!;
    return (m.groups.nd ?? m.groups.td) !== undefined ? withDate(m, n) ?? alone(m, n) : alone(m, n);
  },
  examples: [
    // In parentheses.
    ...publishedOn('2026-01-26', 'Xi menelepon pada hari [[DATE|Senin (26/1)|2026-01-26]].'),
    ...publishedOn('2025-10-09', 'Pada [[DATE|Kamis pagi (9 Oktober)|2025-10-09]], di Pyongyang.'),
    ...publishedOn('2025-05-12', 'Ia kembali pada hari [[DATE|Senin (tgl 12 Mei)|2025-05-12]].'),
    ...publishedOn('2024-06-20', 'Serangan terjadi [[DATE|Rabu dini hari (19/6)|2024-06-19]].'),
    ...publishedOn('2014-12-29', 'Hilang sejak [[DATE|Minggu (28/12/2014)|2014-12-28]].'),
    ...publishedOn('2026-02-10', 'Rapat [[DATE|Senin (26/1)|2026-01-26]] lalu.'),
    ...publishedOn('2026-01-03', 'Kecelakaan [[DATE|Minggu (28/12)|2025-12-28]].'),
    ...publishedOn('2014-02-05', 'Deklarasi pada hari [[DATE|Minggu mendatang ( 9/2 )|2014-02-09]] di lapangan.'),
    'Jakarta, [[DATE|Rabu ( 4/2/2015 )|2015-02-04]] .',
    'Rapat [[DATE|Selasa (26/1/2026)|2026-01-26]] ditunda.',
    'Rapat [[DATE|Senin (26/1)|XXXX-01-26]].',
    'Putusan dibacakan [[DATE|Kamis , ( 21/8/2014 )|2014-08-21]] .',
    // After a comma or a space.
    'Jakarta, [[DATE|Minggu, 9 Maret 2025|2025-03-09]].',
    'Jakarta, [[DATE|Senin,10 Maret 2025|2025-03-10]].',
    'Pesawat jatuh pada [[DATE|Sabtu 20 April 1997|1997-04-20]], pukul 08.00 WIB.',
    'Dihubungi [[DATE|Rabu, 19/6/2024|2024-06-19]].',
    'Dihubungi [[DATE|Kamis , 30 Mei 2013|2013-05-30]] .',
    'Rapat [[DATE|Selasa, 10 Maret 2025|2025-03-10]] digelar.',
    ...publishedOn('2019-03-25', 'Diumumkan [[DATE|Jumat, 22 Maret|2019-03-22]].'),
    'Di sela forum, [[DATE|Rabu malam , 11 April 2012|2012-04-11]] .',
    // Alone.
    ...publishedOn('2014-12-29', 'Ia berkata lewat akun Twitter, [[DATE|Minggu|2014-12-28]].'),
    ...publishedOn('2026-01-26', 'Kantor berita itu, pada hari [[DATE|Senin|2026-01-26]], melaporkan.'),
    ...publishedOn('2025-03-10',
      'Rapat digelar [[DATE|Selasa|2025-03-04]] lalu.',
      'Rapat digelar [[DATE|Senin|2025-03-03]] lalu.',
      'Ia akan berangkat [[DATE|Jumat|2025-03-14]].',
      'Ia berangkat [[DATE|Jumat|2025-03-14]] mendatang.',
      'Rapat digelar pada hari [[DATE|Minggu|2025-03-09]] lalu.',
      'Pada hari [[DATE|Minggu|2025-03-09]], 9 orang tewas.',
      'Pada hari [[DATE|Senin|2025-03-10]] (waktu setempat) ia tiba.',
      'Hari [[DATE|Minggu|2025-03-09]] (31/2) tidak ada.'),
    'Hong Kong [[DATE|Selasa|XXXX-WXX-2]] mengatakan bahwa harga naik.',
    '[[DATE|Senin|XXXX-WXX-1]], [[DATE|Selasa|XXXX-WXX-2]], dan [[DATE|Rabu|XXXX-WXX-3]] ia libur.',
  ],
  counterexamples: [
    'Ia pergi dua minggu.',
    'Ia pergi dua Minggu.',
    'Minggu lalu, harga naik.',
    'Usai salat Jumat, warga berkumpul.',
    'Minggu ke-3 bulan Maret.',
    'Ia datang senin pagi.',
    'Ia datang minggu (26/1) itu.',
  ],
});
