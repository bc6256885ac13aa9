/**
 * The vessel-name refiner: a city or province name after a vessel word names a ship, not a
 * place; a country there is a modifier and stays. Invented places, so the test proves the
 * refiner and not the word list.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, type GazetteerFile } from '../src/index.js';

const FILES: GazetteerFile[] = [
  {
    category: 'place',
    description: 'Invented places for the vessel-name refiner test.',
    entries: [
      { id: 'place:zz:zyrtalgrad', name: 'Zyrtalgrad', type: 'PLACE' },
      { id: 'place:zz:kwortau', name: 'Kwortau', type: 'PLACE' },
      { id: 'place:country:zz', name: 'Republik Zyrtalia', type: 'PLACE', aliases: ['Zyrtalia'] },
    ],
  },
];
const ner = createExtractor({ gazetteers: FILES });
const places = (text: string) => ner.extract(text).filter((e) => e.type === 'PLACE').map((e) => e.text);

describe('vessel-name refiner', () => {
  it.each([
    ['Kapal perusak Zyrtalgrad dan Kwortau ikut latihan.', []],
    ['Ia naik kapal induk Zyrtalgrad, lalu pulang ke Kwortau.', ['Kwortau']],
    ['Kapal perusak rudal Kwortau, Zyrtalgrad berlayar.', []],
    // A place repeated elsewhere in the text is still a ship after the vessel word.
    ['Warga Zyrtalgrad bangga. Kapal selam Zyrtalgrad tiba.', ['Zyrtalgrad']],
  ])('drops ship names: %s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
  it.each([
    ['Kapal perang Zyrtalia dan Kwortau tiba di pelabuhan.', ['Zyrtalia', 'Kwortau']],
    ['Kapal itu berlayar dari Zyrtalgrad ke Kwortau.', ['Zyrtalgrad', 'Kwortau']],
    ['Kapal patroli tiba di Zyrtalgrad.', ['Zyrtalgrad']],
  ])('keeps countries as modifiers and places elsewhere: %s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
