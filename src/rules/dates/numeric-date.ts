/**
 * A numeric day/month date: `28/12/2014`, `19/6/24`, `26-01-2026`, `09.10.2025`, and
 * `(26/1)` or `tanggal 26/1` without a year. Day first, as in Indonesian.
 */
import { DATE_NUMERIC } from '../patterns.generated.js';
import { directionIfNeeded, expandYear, resolveDate, wordBefore } from './resolve.js';
import { dateRule } from './candidate.js';
import { QUANTITY_BEFORE } from './context.js';

const TANGGAL_BEFORE = /(?:tanggal|tgl\.?)\s*$/i;

/**
 * Numeric dates, found by a scan with a cheap anchored pattern (digits cannot be trigger
 * words). A date without a year counts only in parentheses or after `tanggal`/`tgl`, where
 * `2/3` cannot be a fraction or a score; dots and hyphens need a four-digit year, so clock
 * times (`13.25`) never match.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [numericDate], builtins: false }).extract('Jakarta (28/12/2014) -');
 * // -> [{ text: '28/12/2014', type: 'DATE', value: '2014-12-28', … }]
 * ```
 */
export const numericDate = dateRule({
  id: 'date-numeric',
  description: 'A numeric day/month(/year) date.',
  pattern: DATE_NUMERIC,
  value({ groups: g, start, end, text, published, ctx }) {
    let year: number | null = null;
    let month: number;
    if (g.m2 !== undefined) {
      if (g.s !== g.s2) return null;
      month = Number(g.m2);
      year = Number(g.y2);
    } else {
      month = Number(g.m);
      if (g.y !== undefined) year = g.y.length === 2 ? expandYear(Number(g.y), published) : Number(g.y);
      else {
        const inParens = /\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*\)/.test(text.slice(end, end + 3));
        if (!inParens && !TANGGAL_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return null;
      }
    }
    if (year !== null && (year < 1800 || year > 2199)) return null;
    if (QUANTITY_BEFORE.has(wordBefore(text, start).word.toLowerCase().replace(/\.$/, ''))) return null; // `nomor 12-05-2019`
    const { direction } = directionIfNeeded(ctx, start, end, year === null);
    return resolveDate(Number(g.d), month, year, { published, direction });
  },
  examples: [
    { markup: 'KOMPAS.com - Jakarta ([[DATE|28/12/2014|2014-12-28]]) pesawat hilang.' },
    { markup: 'Sidang ([[DATE|26/1|2026-01-26]]) ditunda.', published: '2026-01-27' },
    { markup: 'Pada tanggal [[DATE|17/8|2025-08-17]] warga berkumpul.', published: '2025-08-20' },
    { markup: 'Dokumen bertanggal [[DATE|26-01-2026|2026-01-26]].' },
    { markup: 'Dokumen bertanggal [[DATE|09.10.2025|2025-10-09]].' },
    { markup: 'Rapat [[DATE|19/6/24|2024-06-19]] ditunda.', published: '2025-01-01' },
  ],
  counterexamples: [
    'Tim menang 2/1 atas lawan.',
    'Pukul 13.25 WIB pesawat mendarat.',
    'Rasio 3/4 tercapai.',
    'Tanggal (31/2) salah.',
    'Nomor 12-05-1234 dipanggil.',
    'Nomor 12-05-2019 dipanggil.',
  ],
});
