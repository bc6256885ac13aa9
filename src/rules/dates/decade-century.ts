/**
 * Decades and centuries: `1990-an` → `199X`, `tahun 40-an` → `194X`, `’90-an`;
 * `abad ke-21` → `20XX`, `abad XX` → `19XX`, `abad 21`.
 */
import { DATE_CENTURY, DATE_DECADE } from '../patterns.generated.js';
import { centuryValue, decadeValue } from './resolve.js';
import { dateRule } from './candidate.js';

/** What must precede a two-digit decade: `tahun 40-an`, `era 90-an`, `’90-an`, `' 90-an`. */
const SHORT_DECADE_BEFORE = /(?:(?:^|[^\p{L}])(?:tahun|era|dekade)\s+(?:['’]\s?)?|['’]\s?)$/iu;

/**
 * Decades, found by a scan (`1990-an` starts with digits). A two-digit decade (`40-an`)
 * needs `tahun`, `era`, `dekade` or an apostrophe before it: `usia 20-an` is an age.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [decade], builtins: false }).extract('sejak era 1990-an');
 * // -> [{ text: '1990-an', type: 'DATE', value: '199X', … }]
 * ```
 */
export const decade = dateRule({
  id: 'date-decade',
  description: 'A decade: 1990-an, tahun 40-an.',
  pattern: DATE_DECADE,
  priority: 1,
  value({ groups: g, start, text, published }) {
    if (g.short !== undefined && !SHORT_DECADE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
    return decadeValue(g.full ?? g.short!, published);
  },
  examples: [
    'Musik itu populer sejak era [[DATE|1990-an|199X]].',
    { markup: 'Kata orang tua kami, sekitar tahun [[DATE|40-an|194X]], zaman Jepang.', published: '2014-12-30' },
    'Butet sejak akhir \'[[DATE|90-an|199X]] sudah masuk.',
    'Butet sejak akhir \' [[DATE|90-an|199X]] sudah masuk.',
  ],
  counterexamples: [
    'Pria berusia 20-an itu ditangkap.',
    'Suhu mencapai 30-an derajat.',
  ],
});

/**
 * Centuries, tried at `abad`; the span keeps `abad` (`abad ke-21`), which is the date's
 * head word, not a trigger to strip.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [century], builtins: false }).extract('tantangan abad ke-21');
 * // -> [{ text: 'abad ke-21', type: 'DATE', value: '20XX', … }]
 * ```
 */
export const century = dateRule({
  id: 'date-century',
  description: 'A century: abad ke-21, abad XX.',
  triggers: { words: ['abad'] },
  pattern: DATE_CENTURY,
  priority: 1,
  value: ({ groups: g }) => centuryValue(g.n ?? g.r!),
  examples: [
    'Tantangan [[DATE|abad ke-21|20XX]] berbeda.',
    'Sastra [[DATE|abad XX|19XX]] berkembang.',
    'Pada [[DATE|abad 19|18XX]] kota itu dibangun.',
  ],
  counterexamples: [
    'Abad pertengahan penuh misteri.',
    'Berlangsung selama satu abad.',
    'Abad ke-99 belum tiba.',
  ],
});
