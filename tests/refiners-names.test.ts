/**
 * The document-level refiners: acronym definitions and name consistency (invented names).
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { expectMarkup } from '../src/testing.js';
import { spellsInitials } from '../src/refiners/acronym.js';

const ner = createExtractor();

describe('acronym refiner', () => {
  it.each([
    ['PKZ', 'Partai Komunis Zyrtal', true],
    ['KS PKZ', 'Komite Sentral Partai Komunis Zyrtal', true],
    ['PBB', 'Perserikatan Bangsa-Bangsa', true],
    ['KTTKZ', 'Komite Tingkat Tinggi tentang Kerjasama Zyrtal', true],
    ['VPD', 'Viet Nam', false],
    ['BAPA', 'Buenos Aires', false],
  ])('%s spells %s: %s', (acronym, long, expected) => {
    expect(spellsInitials(acronym, long)).toBe(expected);
  });

  it('`Long Form (ACR)` teaches later mentions', () => {
    expectMarkup(ner, '[[ORG|Partai Buruh Zyrtal]] ([[ORG|PBZ]]) menang. Kemudian [[ORG|PBZ]] membentuk kabinet.');
  });

  it('a stock ticker of four capitals after a company names it too', () => {
    expectMarkup(ner, 'Saham [[ORG|Partai Buruh Zyrtal]] ( [[ORG|ZYRT]] ) naik , lalu [[ORG|ZYRT]] turun lagi.');
  });

  it('`Long Form atau ACR` teaches the acronym too', () => {
    expectMarkup(ner, '[[ORG|Partai Buruh Zyrtal]] atau [[ORG|PBZ]] menang. Kemudian [[ORG|PBZ]] membentuk kabinet.');
  });

  it('`atau` before capitals that do not spell the long form teaches nothing', () => {
    expectMarkup(ner, '[[ORG|Partai Buruh Zyrtal]] atau QXJ menang pemilu.');
  });

  it('an acronym that does not spell the long form is not learned', () => {
    expectMarkup(ner, '[[ORG|Partai Buruh Zyrtal]] (QXJ) menang. Kemudian QXJ membentuk kabinet.');
  });
});

describe('consistency refiner', () => {
  it('a person named after a title is later named by surname', () => {
    expectMarkup(ner, 'Gubernur [[PERSON|Budi Sartono]] tiba. Kemudian [[PERSON|Sartono]] berpidato.');
  });

  it('Vietnamese names: the given name (last) is used alone', () => {
    expectMarkup(ner, 'Gubernur [[PERSON|Nguyen Van Zung]] tiba. Kemudian [[PERSON|Zung]] berpidato. Nguyen tidak dipakai sendiri.');
  });

  it('Korean and Chinese names: the family name (first) is used alone', () => {
    expectMarkup(ner, 'Gubernur [[PERSON|Kim Jong Zal]] tiba. Kemudian [[PERSON|Kim]] berpidato. Zal tidak dipakai sendiri.');
  });

  it('a multi-word name found by a rule is tagged again where no rule sees it', () => {
    expectMarkup(ner, 'Ia tiba di [[PLACE|Kota Zyrtal Raya]]. Kota Zyrtal Raya indah.'.replace('. Kota Zyrtal Raya', '. [[PLACE|Kota Zyrtal Raya]]'));
  });

  it('a short form before the full mention is not tagged', () => {
    expectMarkup(ner, 'Sartono tiba. Gubernur [[PERSON|Budi Sartono]] berpidato.');
  });

  it('a short form inside a longer name is not tagged', () => {
    expectMarkup(ner, 'Gubernur [[PERSON|Budi Sartono]] tiba. Kemudian Ani Sartono Wijaya berpidato.');
  });

  it('a name before an organization word is not the person', () => {
    const found = ner.extract('Gubernur Budi Sartono tiba. Kemudian Sartono berpidato. Dana itu dari Ani & Budi Sartono Foundation .');
    expect(found.filter((e) => e.type === 'PERSON').map((e) => e.text)).toEqual(['Budi Sartono', 'Sartono']);
  });
});

describe('consistency refiner: items of one list are of one kind', () => {
  it.each([
    // Fallback guesses in a list take the type that other evidence found for its items.
    ['a list after a designated place', 'Pabrik kecil itu tersebar di [[PLACE|Pulau Zyrtal]] , [[PLACE|Kwortan]] , dan [[PLACE|Blavoni]] .'],
    ['a town between known places', 'Ia lahir di [[PLACE|Chicago]] , [[PLACE|Zyrtalois]] , [[PLACE|Amerika Serikat]] , tahun itu .'],
    ['a list with no preposition before it', 'Wilayah kerjanya meliputi [[PLACE|Zyrtoa]] , [[PLACE|Bandung]] , dan [[PLACE|Kwortahi]] .'],
    ['a pair after a preposition of place', 'Perusahaan keluarga itu bermarkas di [[PLACE|Jakarta]] , [[PLACE|Zyrtalam]] .'],
    ['a pair after a designated place', 'Batasnya sebelah selatan [[PLACE|Desa Zyrtalo]] dan [[PLACE|Kwortelu]] .'],
    ['a list whose last item opens the clause after a conjunction', 'Kini [[PLACE|Desa Zyrtalo]] , [[PLACE|Kwortelu]] dan [[PLACE|Blavomu]] menjadi bagian wilayah itu .'],
    ['a long list of suburbs', 'Pinggiran kota itu adalah [[PLACE|Zyrtahi]] , [[PLACE|Kwort Heights]] , [[PLACE|Blavomu]] , [[PLACE|Morelu Bay]] dan [[PLACE|Pelbotu]] .'],
  ])('%s', (_why, markup) => {
    expectMarkup(ner, markup);
  });

  it.each([
    // An apposition is not a list: the person after an organization stays a person.
    ['an apposition after an organization', 'Menurut politisi [[ORG|Partai Buruh Zyrtal]] , [[PERSON|Kwortan Blavoni]] , harga naik .'],
    ['a long list of people after an organization', 'Menurut pimpinan [[ORG|KPK]] , [[PERSON|Zyrta Kwortan]] , [[PERSON|Blavo Sartani]] dan [[PERSON|Kwob Zyrtoni]] sudah hadir di sana sejak pagi .'],
    ['a name that opens the next clause', 'Ia tinggal di [[PLACE|Jakarta]] , [[PERSON|Kwortan]] menuturkan hal itu .'],
    ['a designated place and a person joined by a comma', 'Ia menyebut [[PLACE|Desa Zyrtalo]] , [[PERSON|Kwortelu]] , sebagai contoh .'],
  ])('%s', (_why, markup) => {
    expectMarkup(ner, markup);
  });
});

describe('org-chain refiner', () => {
  // Invented organizations from a user gazetteer, so the refiner, not the word list, is tested.
  const chain = createExtractor({
    gazetteers: [{ category: 'org', entries: [
      { id: 'org:xx:zyrtalis-agung', name: 'Zyrtalis Agung', type: 'ORG' },
      { id: 'org:xx:kwortia-federal', name: 'Kwortia Federal Raya', type: 'ORG' },
      { id: 'org:xx:zpk', name: 'ZPK', type: 'ORG' },
    ] }],
  });
  it.each([
    ['an organ directly before its parent body is one name', 'Delegasi [[ORG|Zyrtalis Agung Kwortia Federal Raya]] tiba.'],
    ['a comma keeps two organizations apart', 'Delegasi [[ORG|Zyrtalis Agung]], [[ORG|Kwortia Federal Raya]] dan lainnya tiba.'],
    ['a word between keeps them apart', 'Delegasi [[ORG|Zyrtalis Agung]] dan [[ORG|Kwortia Federal Raya]] tiba.'],
    ['a one-word name first is not an organ of the next', 'Menurut [[ORG|ZPK]] [[ORG|Kwortia Federal Raya]] menang.'],
  ])('%s', (_name, markup) => {
    expectMarkup(chain, markup);
  });

  it('the joined span says where it came from and carries no entry id', () => {
    const found = chain.extract('Delegasi Zyrtalis Agung Kwortia Federal Raya tiba.').find((e) => e.type === 'ORG');
    expect(found?.text).toBe('Zyrtalis Agung Kwortia Federal Raya');
    expect(found?.source).toBe('refiner:org-chain');
    expect(found?.id).toBeUndefined();
  });
});

describe('local-branch refiner', () => {
  // Invented companies from a user gazetteer, so the refiner, not the word list, is tested.
  const branch = createExtractor({
    gazetteers: [{ category: 'org', entries: [
      { id: 'org:us:zyrtal-motors', name: 'Zyrtal Motors', type: 'ORG', country: 'US' },
      { id: 'org:id:kwortia-dagang', name: 'Kwortia Dagang', type: 'ORG', country: 'ID' },
    ] }],
  });
  it.each([
    ['a foreign company and Indonesia are its Indonesian arm', 'Lalu [[ORG|Zyrtal Motors Indonesia]] meluncurkan mobil.'],
    ['a PT name and Indonesia are one company', 'Direktur [[ORG|PT Kwort Zyrtalindo Indonesia]] hadir.'],
    ['an Indonesian body before Indonesia is left alone', 'Lalu [[ORG|Kwortia Dagang]] [[PLACE|Indonesia]] bersidang.'],
    ['a comma keeps the company and the country apart', 'Lalu [[ORG|Zyrtal Motors]], [[PLACE|Indonesia]] dan lainnya hadir.'],
  ])('%s', (_name, markup) => {
    expectMarkup(branch, markup);
  });
});

describe('school-name refiner', () => {
  // An invented town from a user gazetteer, so the refiner, not the word list, is tested.
  const schools = createExtractor({
    gazetteers: [{ category: 'place', entries: [{ id: 'place:xx:zyrtalia', name: 'Zyrtalia', type: 'PLACE' }] }],
  });
  it.each([
    ['a numbered school takes its number and its known town', 'Ia lulus dari [[ORG|SMA Negeri 50 Zyrtalia]] tahun itu .'],
    ['and an unknown town', 'Ia mengajar di [[ORG|SMK Negeri 1 Kwortali]] sejak lama .'],
    ['two merged numbers stay in the name', 'Ia mengajar di [[ORG|SMA Negeri 8 / 22]] sejak lama .'],
    ['a number alone is taken too', 'Namanya menjadi [[ORG|SMK Negeri 52]] ) pada tahun itu .'],
    ['a school without a number keeps its town apart', 'Ia lulus dari [[ORG|SMA Kwortali]] di [[PLACE|Zyrtalia]] .'],
    ['a count after the designator is no school number', 'Di kota itu ada 3 SMA dan 2 SMP .'],
  ])('%s', (_name, markup) => {
    expectMarkup(schools, markup);
  });
});
