/**
 * The org-suffix refiner: corporate suffixes and series numbers after a known ORG (invented names).
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';

const ner = createExtractor({
  gazetteers: [
    {
      category: 'org',
      entries: [
        { id: 'org:xx:zyrtal-makmur', name: 'Zyrtal Makmur', type: 'ORG' },
        { id: 'org:xx:angkasa-kvorn', name: 'Angkasa Kvorn', type: 'ORG' },
        { id: 'org:xx:pelzyr', name: 'Pelzyr', type: 'ORG' },
        { id: 'org:xx:kortexa', name: 'Kortexa', type: 'ORG' },
        { id: 'org:xx:kortexa-dagang', name: 'Kortexa Dagang Co', type: 'ORG' },
      ],
    },
  ],
});

function orgs(text: string): string[] {
  return ner.extract(text).filter((e) => e.type === 'ORG').map((e) => e.text);
}

describe('org-suffix refiner', () => {
  it.each([
    ['Saham Zyrtal Makmur Tbk naik tajam kemarin.', 'Zyrtal Makmur Tbk'],
    ['Saham Zyrtal Makmur Tbk. naik tajam kemarin.', 'Zyrtal Makmur Tbk.'],
    ['Kortexa Inc. mengumumkan laba kuartalan.', 'Kortexa Inc.'],
    ['Laporan Kortexa Co. dirilis Senin.', 'Kortexa Co.'],
    ['Kortexa Corp. membeli pabrik baru.', 'Kortexa Corp.'],
    ['Kortexa Ltd. membuka kantor di sana.', 'Kortexa Ltd.'],
    ['Kortexa Group menambah modal.', 'Kortexa Group'],
    ['Kortexa Holdings menambah modal.', 'Kortexa Holdings'],
    ['Film itu dibuat Kortexa Productions tahun lalu.', 'Kortexa Productions'],
    ['Dana itu disalurkan lewat Kortexa Foundation .', 'Kortexa Foundation'],
    ['Saham Kortexa Dagang Co. naik.', 'Kortexa Dagang Co.'],
    ['Direksi Zyrtal Makmur (Persero) hadir.', 'Zyrtal Makmur (Persero)'],
    ['Menteri menegur Angkasa Kvorn 2 karena antrean.', 'Angkasa Kvorn 2'],
    ['Kapal milik Pelzyr III bersandar.', 'Pelzyr III'],
    ['Direksi Angkasa Kvorn II hadir.', 'Angkasa Kvorn II'],
  ])('%s → %s', (text, expected) => {
    expect(orgs(text)).toContain(expected);
  });

  it.each([
    // counts, amounts, scores and joined numbers are not part of a name
    ['Angkasa Kvorn 2 unit pesawat baru dibeli.', 'Angkasa Kvorn'],
    ['Angkasa Kvorn 3 orang ditahan.', 'Angkasa Kvorn'],
    ['Saham Angkasa Kvorn 2,5 persen lebih tinggi.', 'Angkasa Kvorn'],
    ['Angkasa Kvorn 2-1 Zyrtal Makmur di final.', 'Angkasa Kvorn'],
    ['Hasilnya Angkasa Kvorn 2 Zyrtal Makmur 1 di final.', 'Angkasa Kvorn'],
    ['Angkasa Kvorn 5 % lebih murah.', 'Angkasa Kvorn'],
    // a one-word name takes no digit (a count), and `Co` needs its dot
    ['Pelzyr 2 kali menang.', 'Pelzyr'],
    ['Pelzyr 2 menang.', 'Pelzyr'],
    ['Kortexa Co menang.', 'Kortexa'],
    // lower-case words are not suffixes
    ['Kortexa group menang.', 'Kortexa'],
    ['Kortexa productions menang.', 'Kortexa'],
  ])('%s keeps %s', (text, expected) => {
    expect(orgs(text)).toContain(expected);
  });
});

describe('org-suffix refiner: rule-found names', () => {
  it('a legal form after a capitalized name makes it a company', () => {
    const found = ner.extract('Menurut Brontavik Selmuna Inc. penjualan naik.');
    expect(found.some((e) => e.type === 'ORG' && e.text === 'Brontavik Selmuna Inc.')).toBe(true);
    expect(found.some((e) => e.type === 'PERSON')).toBe(false);
  });

  it('a series number is not added over another span', () => {
    // `2 Maret` is a DATE: the number stays with it.
    const found = ner.extract('Angkasa Kvorn 2 Maret 2024 mengumumkan rencana.');
    expect(found.some((e) => e.type === 'ORG' && e.text === 'Angkasa Kvorn')).toBe(true);
  });
});
