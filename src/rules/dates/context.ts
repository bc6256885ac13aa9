/**
 * Context checks shared by the date rules: the words around a number or a calendar word
 * that say it is not a date (a unit after `2025 orang`, a name before `Agenda 2030`, a
 * quantity before `dua minggu`).
 */
import { wordAfter, wordBefore } from './resolve.js';

/**
 * Words after a number that make it a quantity, not a year (`2025 orang`, `1500 meter`).
 *
 * @example
 * ```ts
 * UNIT_WORDS.has('meter'); // -> true
 * ```
 */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'orang', 'jiwa', 'penduduk', 'warga', 'penumpang', 'peserta', 'personel', 'prajurit', 'pasukan', 'tentara',
  'pekerja', 'karyawan', 'siswa', 'mahasiswa', 'anak', 'korban', 'pengungsi', 'pasien', 'kasus', 'keluarga',
  'meter', 'm', 'km', 'kilometer', 'cm', 'mm', 'mil', 'kaki', 'feet', 'ft', 'mdpl', 'hektare', 'hektar', 'ha',
  'ton', 'kg', 'kilogram', 'gram', 'liter', 'barel', 'unit', 'buah', 'ekor', 'lembar', 'halaman', 'kata',
  'rumah', 'bangunan', 'desa', 'sekolah', 'kendaraan', 'mobil', 'kapal', 'pesawat', 'titik', 'poin', 'suara',
  'rupiah', 'dolar', 'dollar', 'euro', 'yuan', 'yen', 'won', 'ringgit', 'persen', '%', 'mw', 'kw', 'watt',
  'tahun', 'bulan', 'hari', 'minggu', 'pekan', 'jam', 'menit', 'detik', 'kali', 'derajat', 'kursi', 'juta',
  'miliar', 'ribu', 'triliun', 'ratus', 'pucuk', 'batang', 'porsi', 'paket', 'dosis', 'sampel', 'spesies',
]);

/**
 * Words before a number that make it a quantity, an amount or a code (`Rp 2025`, `nomor 1945`).
 *
 * @example
 * ```ts
 * QUANTITY_BEFORE.has('sebanyak'); // -> true
 * ```
 */
export const QUANTITY_BEFORE: ReadonlySet<string> = new Set([
  'rp', 'us', 'usd', 'idr', 'sebanyak', 'sejumlah', 'nomor', 'no', 'nomer', 'pukul', 'jam', 'kode', 'tipe',
  'seri', 'total', 'mencapai', 'kapasitas', 'ketinggian', 'kedalaman', 'jarak', 'skor',
]);

/**
 * Capitalized words that may stand right before a year without making it part of a name
 * (sentence-initial prepositions, date words).
 *
 * @example
 * ```ts
 * DATE_LEAD_WORDS.has('sejak'); // -> true
 * ```
 */
export const DATE_LEAD_WORDS: ReadonlySet<string> = new Set([
  'tahun', 'pada', 'sejak', 'hingga', 'sampai', 'dari', 'di', 'ke', 'awal', 'akhir', 'pertengahan', 'medio',
  'sebelum', 'sesudah', 'setelah', 'menjelang', 'jelang', 'selama', 'antara', 'periode', 'tahap', 'masa',
  'sekitar', 'per', 'hari', 'bulan', 'tanggal', 'dan', 'atau', 'mulai', 'memasuki', 'pasca', 'pra', 'era',
  'dekade', 'musim', 'kuartal', 'semester', 'triwulan', 'akhir', 'penghujung', 'tepatnya', 'yakni', 'yaitu',
  'lalu', 'kemudian', 'bahkan', 'namun', 'tetapi', 'sementara', 'saat', 'ketika', 'dalam', 'untuk', 'tiap',
  'setiap', 'sepanjang', 'januari', 'februari', 'pebruari', 'maret', 'april', 'mei', 'juni', 'juli',
  'agustus', 'september', 'oktober', 'november', 'nopember', 'desember', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'agt', 'agu', 'agust', 'sep', 'sept', 'okt', 'nov', 'nop', 'des',
]);

/**
 * Number words and quantifiers: before `minggu`/`tahun lalu` they make a duration or a vague
 * time (`dua minggu`, `beberapa tahun lalu`).
 *
 * @example
 * ```ts
 * QUANTIFIERS.has('beberapa'); // -> true
 * ```
 */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas',
  'belas', 'puluh', 'ratus', 'beberapa', 'sejumlah', 'banyak', 'puluhan', 'ratusan', 'berapa', 'setengah',
  'seperempat', 'selama', 'per', 'tiap', 'setiap', 'hampir', 'lebih', 'kurang', 'sekian', 'berbulan', 'bertahun',
  'bermingu', 'berminggu', 'sepanjang', 'dalam',
]);

/**
 * True when the number at `start..end` is not a year by its context: a unit after it, an
 * amount word before it, or a capitalized word before it that is not a date word (a year
 * inside a name: `Agenda 2030`, `KTT APEC 2025`, `Piala Dunia 2026`). `rare` marks a year
 * outside 1800-2099: a year then only after `tahun`.
 *
 * @example
 * ```ts
 * notAYear('Agenda 2030 disepakati', 7, 11); // -> true
 * notAYear('pada 2030 nanti', 5, 9); // -> false
 * notAYear('pada 1293', 5, 9, true); // -> true
 * ```
 */
export function notAYear(text: string, start: number, end: number, rare = false): boolean {
  const before = wordBefore(text, start);
  const lower = before.word.toLowerCase();
  if (rare && lower !== 'tahun') return true;
  if (UNIT_WORDS.has(wordAfter(text, end).toLowerCase())) return true;
  if (QUANTITY_BEFORE.has(lower.endsWith('.') ? lower.slice(0, -1) : lower)) return true;
  if (/[$€£¥]\s*$/.test(text.slice(Math.max(0, start - 3), start))) return true;
  // A capitalized word glued to the year makes a name (`Pemilu 2014`, `UUD 1945`), also at a
  // sentence start (`Agenda 2030 …`); a comma or parenthesis between breaks the bond, and a
  // date word (`Pada`, `Sejak`, `Tahun`) is no name.
  return before.word !== '' && before.punct === '' && /^\p{Lu}/u.test(before.word) && !DATE_LEAD_WORDS.has(lower);
}
