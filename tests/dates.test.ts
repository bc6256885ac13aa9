/**
 * DATE extraction through the whole extractor: spans per ANNOTATION.md and values per
 * src/rules/dates/README.md. Table-driven: markup in, markup (with values) out.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { expectMarkup } from '../src/testing.js';

const ner = createExtractor({ types: ['DATE'] });

type Row = [markup: string, published: string | null];

/** Positive cases: every construction of the issue. */
const POSITIVE: Record<string, Row[]> = {
  'span starts at the first content word': [
    ['Merdeka pada tahun [[DATE|1945|1945]].', null],
    ['Ia tiba pada hari [[DATE|Senin|2026-01-26]].', '2026-01-27'],
    ['Pada tanggal [[DATE|6 Juli|2021-07-06]] malam, rapat dibuka.', '2021-07-06'],
  ],
  'weekday + parenthesized date': [
    ['Xi menelepon pada hari [[DATE|Senin (26/1)|2026-01-26]].', '2026-01-26'],
    ['Pada [[DATE|Kamis pagi (9 Oktober)|2025-10-09]], di Pyongyang.', '2025-10-09'],
    ['Serangan terjadi [[DATE|Rabu dini hari (19/6)|2024-06-19]].', '2024-06-21'],
    ['Kembali pada hari [[DATE|Senin (tgl 12 Mei)|2025-05-12]], mengakhiri kunjungan.', '2025-05-12'],
    ['Hilang sejak [[DATE|Minggu (28/12/2014)|2014-12-28]].', '2014-12-30'],
  ],
  'weekday, comma, date': [
    ['Jakarta, [[DATE|Minggu, 9 Maret 2025|2025-03-09]].', null],
    ['Jakarta, [[DATE|Senin,10 Maret 2025|2025-03-10]].', null],
    ['Jatuh pada [[DATE|Sabtu 20 April 1997|1997-04-20]], pukul 08.00 WIB.', null],
  ],
  'ranges': [
    ['Forum digelar [[DATE|9 sampai 11 Maret|2025-03-09/2025-03-11]].', '2025-03-01'],
    ['KTT pada [[DATE|12-13 Desember 2023|2023-12-12/2023-12-13]].', null],
    ['Pameran [[DATE|29 September - 1 Oktober 2025|2025-09-29/2025-10-01]].', null],
    ['Ia berkarya sepanjang [[DATE|1955-2025|1955/2025]].', null],
    ['Rapat [[DATE|12 dan 13 Desember|2025-12-12/2025-12-13]].', '2025-12-20'],
    ['Harga naik [[DATE|Januari-Maret 2025|2025-01/2025-03]].', null],
    ['Liburan [[DATE|28 Desember - 2 Januari 2026|2025-12-28/2026-01-02]].', null],
  ],
  'decades and centuries': [
    ['Populer sejak era [[DATE|1990-an|199X]].', null],
    ['Tantangan [[DATE|abad ke-21|20XX]] berbeda.', null],
    ['Sastra [[DATE|abad XX|19XX]] berkembang.', null],
  ],
  'qualified periods': [
    ['Hujan sejak [[DATE|awal Januari|2025-01]].', '2025-02-10'],
    ['Pada [[DATE|akhir tahun 2020|2020]] ekonomi pulih.', null],
    ['Proyek selesai [[DATE|pertengahan 2024|2024]].', null],
    ['Target [[DATE|akhir tahun ini|2025]].', '2025-06-01'],
  ],
  'months': [
    ['Pada [[DATE|Juni|2025-06]] lalu ia tiba.', '2025-09-01'],
    ['Kunjungan bulan [[DATE|Agustus|2025-08]] mendatang.', '2025-05-12'],
    ['Hingga [[DATE|Maret 2025|2025-03]] harga stabil.', null],
    ['Data [[DATE|Agust 2024|2024-08]], [[DATE|Sept 2024|2024-09]], [[DATE|Okt 2024|2024-10]], [[DATE|5 Nop 2024|2024-11-05]], [[DATE|Des 2024|2024-12]].', null],
    ['Tanggal [[DATE|17 Agt 1945|1945-08-17]] dan [[DATE|1 Pebruari 2000|2000-02-01]] serta [[DATE|2 Nopember 1999|1999-11-02]].', null],
    ['Laporan [[DATE|Jan 2025|2025-01]] dan [[DATE|Feb 2025|2025-02]] terbit.', null],
  ],
  'deictic': [
    ['Rapat digelar [[DATE|hari ini|2025-03-10]].', '2025-03-10'],
    ['Ia tiba [[DATE|kemarin|2025-03-09]].', '2025-03-10'],
    ['Ia pergi [[DATE|besok|2025-03-11]].', '2025-03-10'],
    ['Ia pergi [[DATE|lusa|2025-03-12]].', '2025-03-10'],
    ['Target [[DATE|tahun ini|2025]].', '2025-03-10'],
    ['Harga naik [[DATE|tahun lalu|2024]].', '2025-03-10'],
    ['Pemilu [[DATE|tahun depan|2026]].', '2025-03-10'],
    ['Inflasi [[DATE|bulan ini|2025-03]].', '2025-03-10'],
    ['Inflasi [[DATE|bulan lalu|2025-02]].', '2025-03-10'],
    ['Inflasi [[DATE|bulan depan|2025-04]].', '2025-03-10'],
    ['Ia datang [[DATE|pekan depan|2025-W50]].', '2025-12-02'],
    ['Ia datang [[DATE|pekan lalu|2025-W48]].', '2025-12-02'],
    ['Ia datang [[DATE|minggu depan|2025-W50]].', '2025-12-02'],
    ['Ia datang [[DATE|minggu lalu|2025-W48]].', '2025-12-02'],
  ],
  'bare weekdays': [
    ['Ia berkata lewat Twitter, [[DATE|Minggu|2014-12-28]].', '2014-12-29'],
    ['Rapat digelar [[DATE|Selasa|2025-03-04]] lalu.', '2025-03-10'],
    ['Ia akan berangkat [[DATE|Jumat|2025-03-14]].', '2025-03-10'],
    ['Rapat digelar pada hari [[DATE|Minggu|2025-03-09]].', '2025-03-10'],
  ],
  'periods after periode/tahap/masa': [
    ['Rencana tahap [[DATE|2024-2028|2024/2028]] disusun.', null],
    ['Presiden periode [[DATE|2014 - 2019|2014/2019]] mendatang.', null],
    ['Pada masa [[DATE|1998-2003|1998/2003]] ia menjabat.', null],
  ],
  'numeric dates': [
    ['KOMPAS.com - Situs itu, edisi ([[DATE|28/12/2014|2014-12-28]]).', null],
    ['Sidang ([[DATE|26/1|2026-01-26]]) ditunda.', '2026-01-27'],
  ],
};

/** No-match cases: every NOT-date class. */
const NEGATIVE: Record<string, string[]> = {
  durations: ['Ia hidup 90 tahun.', 'Ia ditahan selama 8 hari.', 'Perang berlangsung dua tahun.', 'Ia pergi dua minggu.', 'Butuh tiga bulan.'],
  'clock times': ['Pesawat mendarat pukul 13.25 WIB.', 'Rapat dimulai pukul 20.25.'],
  anniversaries: ['Perayaan HUT ke-80 RI.', 'Dalam peringatan 50 tahun hubungan diplomatik.'],
  holidays: ['Rakyat merayakan Hari Kemenangan.', 'Perayaan Tahun Baru Imlek meriah.'],
  'vague time': ['Pada saat ini harga naik.', 'Kerja sama diperluas pada waktu mendatang.', 'Ia pindah beberapa tahun lalu.'],
  'years inside names': ['Agenda 2030 disepakati.', 'Delegasi hadir di KTT APEC 2025.', 'Visi Indonesia 2045 dipaparkan.', 'Piala Dunia 2026 digelar.'],
  'numbers that only look like years': ['Sebanyak 2025 orang hadir.', 'Jarak 1500 meter ditempuh.', 'Harga Rp 2000 per liter.'],
  'Minggu as week': ['Dalam dua minggu harga naik.', 'Ia pergi selama dua Minggu.'],
  'lower-case weekday words': ['Ia datang senin pagi.', 'Kamis adalah hari.'.replace('Kamis', 'kamis')],
};

describe('DATE: positive constructions', () => {
  for (const [name, rows] of Object.entries(POSITIVE)) {
    describe(name, () => {
      it.each(rows)('%s (published %s)', (markup, published) => {
        expectMarkup(ner, markup, { published });
      });
    });
  }
});

describe('DATE: not dates', () => {
  for (const [name, texts] of Object.entries(NEGATIVE)) {
    it.each(texts)(`${name}: %s`, (text) => {
      expect(ner.extract(text, { published: '2025-03-10' })).toEqual([]);
    });
  }
});

describe('DATE: resolution policy', () => {
  it.each<Row>([
    // Year inference: nearest the published date, across New Year.
    ['Pesawat hilang [[DATE|28 Desember|2025-12-28]].', '2026-01-03'],
    ['Rapat digelar [[DATE|3 Januari|2026-01-03]].', '2025-12-28'],
    ['Kecelakaan [[DATE|Minggu (28/12)|2025-12-28]].', '2026-01-03'],
    ['Bulan [[DATE|Desember|2025-12]] sepi.', '2026-01-03'],
    // Leap days: only leap years have 29 February.
    ['Tenggat [[DATE|29 Februari|2024-02-29]] lewat.', '2025-03-01'],
    ['Tenggat [[DATE|29 Februari|2028-02-29]] ditetapkan.', '2027-12-01'],
    ['Pada [[DATE|29 Februari 2024|2024-02-29]] ia lahir.', null],
    // Future and past words in the phrase or its clause override "nearest".
    ['Ia akan datang [[DATE|28 Desember|2026-12-28]].', '2026-01-03'],
    ['Pertemuan [[DATE|10 Januari|2025-01-10]] lalu gagal.', '2025-12-20'],
    ['Pertemuan [[DATE|10 Januari|2026-01-10]] mendatang.', '2025-12-20'],
    ['Rapat [[DATE|Senin|2025-03-10]] nanti dibuka.', '2025-03-10'],
    ['Rapat [[DATE|Senin|2025-03-17]] depan dibuka.', '2025-03-10'],
    ['Rapat [[DATE|Senin|2025-03-03]] lalu dibuka.', '2025-03-10'],
    // A weekday on the published date is that date.
    ['Ia tiba [[DATE|Senin|2026-01-26]].', '2026-01-26'],
    // No published date: unknown parts stay X.
    ['Ia tiba [[DATE|26 Januari|XXXX-01-26]].', null],
    ['Ia tiba [[DATE|Senin (26/1)|XXXX-01-26]].', null],
    ['Ia tiba [[DATE|tahun lalu|XXXX]].', null],
    ['Ia tiba [[DATE|Juli|XXXX-07]].', null],
    // The weekday picks the year of a date without one.
    ['Rapat [[DATE|Sabtu (3/1)|2026-01-03]].', '2025-12-01'],
  ])('%s (published %s)', (markup, published) => {
    expectMarkup(ner, markup, { published });
  });

  it('keeps the date and flags a weekday that contradicts it', () => {
    const [e] = ner.extract('Rapat digelar Selasa (26/1/2026).');
    expect(e).toMatchObject({ text: 'Selasa (26/1/2026)', value: '2026-01-26', flags: ['weekday-conflict'] });
    const [f] = ner.extract('Rapat digelar Selasa, 10 Maret 2025.');
    expect(f).toMatchObject({ value: '2025-03-10', flags: ['weekday-conflict'] });
  });

  it('does not flag a weekday that agrees with its date', () => {
    const [e] = ner.extract('Rapat digelar Senin (26/1/2026).');
    expect(e!.flags).toBeUndefined();
  });

  it('resolves against a Date object too', () => {
    const [e] = ner.extract('Ia tiba kemarin.', { published: new Date(Date.UTC(2025, 0, 1)) });
    expect(e!.value).toBe('2024-12-31');
  });
});
