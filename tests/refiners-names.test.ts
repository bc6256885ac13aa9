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
});
