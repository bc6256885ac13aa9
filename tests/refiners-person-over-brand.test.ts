/**
 * The person-over-brand refiner: a bare brand name is the person named in full earlier in the
 * document (invented names and an invented brand).
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';

const ner = createExtractor({
  gazetteers: [{ category: 'org', entries: [{ id: 'org:xx:zyrtavo', name: 'Zyrtavo', type: 'ORG' }] }],
});

function typesOf(text: string, name: string): string[] {
  return ner.extract(text).filter((e) => e.text === name).map((e) => e.type);
}

describe('person-over-brand refiner', () => {
  it.each([
    // The founder named in full: later bare mentions are the person.
    ['Ferdinand Zyrtavo adalah seorang insinyur otomotif . Zyrtavo juga mendesain tank .', 'Zyrtavo', ['PERSON']],
    // A given name works as well as a surname.
    ['Zyrtavo Olivia Wijaya adalah seorang aktris . Kemarin Zyrtavo tamat dari sekolah .', 'Zyrtavo', ['PERSON']],
    // A biography predicate overruled the brand once: the later bare mentions follow.
    ['Zyrtavo terkenal sebagai produser film . Selain itu , Zyrtavo juga meraih penghargaan .', 'Zyrtavo', ['PERSON', 'PERSON']],
  ])('%s', (text, name, expected) => {
    expect(typesOf(text, name)).toEqual(expected);
  });

  it('takes the rest of the name where the person is said again in full', () => {
    const text = 'Zyrtavo Olivia lahir di Lampung . Kakek Zyrtavo Olivia dari ibunya adalah orang Amerika .';
    expect(ner.extract(text).filter((e) => e.type === 'PERSON').map((e) => e.text)).toEqual(['Zyrtavo Olivia', 'Zyrtavo Olivia']);
  });

  it.each([
    // No person of that name: the brand stands.
    ['Kemarin Zyrtavo mendesain tank baru .', 'Zyrtavo', ['ORG']],
    // Before the person is named, the document may speak of the brand.
    ['Kemarin Zyrtavo menjual mobil . Ferdinand Zyrtavo adalah seorang insinyur otomotif .', 'Zyrtavo', ['ORG']],
    // A brand noun before the name keeps the brand.
    ['Ferdinand Zyrtavo adalah seorang insinyur otomotif . Ia membeli mobil bermerek Zyrtavo .', 'Zyrtavo', ['ORG']],
  ])('no retype: %s', (text, name, expected) => {
    expect(typesOf(text, name)).toEqual(expected);
  });
});
