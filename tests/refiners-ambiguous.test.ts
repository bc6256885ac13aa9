/**
 * The ambiguous refiner: an ambiguous entry needs context; two different names of the same
 * entry side by side, the second in brackets (`Name (ABBR)`), are that context.
 * Invented entries, so the test proves the refiner and not the word list.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, type GazetteerFile } from '../src/index.js';

const FILES: GazetteerFile[] = [
  {
    category: 'org',
    description: 'Invented organizations for the ambiguous refiner test.',
    entries: [
      {
        id: 'org:zz:dewan-kwort',
        name: 'Dewan Kwort Zyrtalia',
        type: 'ORG',
        aliases: ['Kepala Kwort Gabungan', 'KKG', 'ZKQ'],
        ambiguousAliases: ['Kepala Kwort Gabungan', 'KKG', 'ZKQ'],
      },
    ],
  },
];
const ner = createExtractor({ gazetteers: FILES });
const orgs = (text: string) => ner.extract(text).filter((e) => e.type === 'ORG').map((e) => e.text);

describe('ambiguous refiner: a name with its bracketed other name', () => {
  it.each([
    ['Rudal jatuh, kata Kepala Kwort Gabungan (KKG) kemarin. Menurut KKG, jaraknya jauh.', ['Kepala Kwort Gabungan', 'KKG', 'KKG']],
    ['Rudal jatuh, kata Kepala Kwort Gabungan ( ZKQ ) kemarin.', ['Kepala Kwort Gabungan', 'ZKQ']],
  ])('confirms both names and later mentions: %s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
  it.each([
    'Menurut KKG, jaraknya jauh.',
    'Rudal jatuh, kata Kepala Kwort Gabungan kemarin, dan KKG diam.',
    'Rudal jatuh (KKG) dan (ZKQ) kemarin.',
    'Rudal jatuh, kata Kepala Kwort Gabungan (dan KKG) kemarin.',
  ])('leaves unsupported names alone: %s', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});
