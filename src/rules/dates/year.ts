/**
 * A year: `1945` (in `tahun 1945` the span starts at the number), `pada 2012`, `1988 lalu`,
 * `Di 2015`. Not a year: quantities (`2025 orang`, `1500 meter`, `Rp 2000`) and years
 * glued to a name (`Agenda 2030`, `KTT APEC 2025`, `Visi Indonesia 2045`).
 */
import { DATE_YEAR } from '../patterns.generated.js';
import { dateRule } from './candidate.js';
import { notAYear } from './context.js';

const REGULATION = /(?:nomor|no\.?)\s*\d+[A-Z]?\s+tahun\s+$/i;

/**
 * Four-digit years, found by a scan (a year has no trigger word: `pada 2012`, `"2014 …`).
 * Without `tahun` before it, a number counts as a year only from 1800 to 2099.
 *
 * @example
 * ```ts
 * createExtractor({ rules: [year], builtins: false }).extract('merdeka pada tahun 1945');
 * // -> [{ text: '1945', type: 'DATE', value: '1945', … }]
 * ```
 */
export const year = dateRule({
  id: 'date-year',
  description: 'A four-digit year, unless its context makes it a quantity or part of a name.',
  pattern: DATE_YEAR,
  value({ groups: g, start, end, text }) {
    const y = Number(g.y);
    if (notAYear(text, start, end, y < 1800 || y > 2099)) return null;
    // `Undang-Undang Nomor 31 Tahun 1999`, `PKPU No 17 Tahun 2013`: the year numbers a regulation.
    if (REGULATION.test(text.slice(Math.max(0, start - 30), start))) return null;
    return g.y!;
  },
  examples: [
    '[[DATE|2014|2014]] merupakan tahun terburuk.',
    'Indonesia merdeka pada tahun [[DATE|1945|1945]], kemudian bersatu pada tahun [[DATE|1975|1975]].',
    'Seri A320 dioperasikan pada [[DATE|1988|1988]] lalu.',
    '"Di [[DATE|2015|2015]] industri penerbangan tumbuh," katanya.',
    'Dalam tulisan berjudul "[[DATE|2014|2014]] Proves a Grim Year", diungkapkan.',
    'Kerajaan berdiri pada tahun [[DATE|1293|1293]].',
  ],
  counterexamples: [
    'Sebanyak 2025 orang hadir.',
    'Jarak 1500 meter ditempuh.',
    'Agenda 2030 disepakati.',
    'Delegasi tiba di KTT APEC 2025 di Gyeongju.',
    'Visi Indonesia 2045 dipaparkan.',
    'Piala Dunia 2026 digelar di tiga negara.',
    'Harga Rp 2000 per liter.',
    'Pukul 13.25 WIB.',
    'Nilai 1.945 poin.',
    'Sudah 2000 tahun berlalu.',
    'Sebanyak 1200 personel dikerahkan pada 1500 titik.',
    'Pasal 3 Undang-Undang Nomor 31 Tahun 1999 dilanggar.',
    'Sesuai PKPU No 17 Tahun 2013 tentang dana kampanye.',
  ],
});
