/**
 * The company-short-form refiner: a position-only guess of a company's bare first word is
 * that company when the document names it in full (invented names).
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';

const ner = createExtractor();

function typesOf(text: string, name: string): string[] {
  return ner.extract(text).filter((e) => e.text === name).map((e) => e.type);
}

describe('company-short-form refiner', () => {
  it.each([
    // `direktur Kwortek` was guessed a title before a person.
    ['Perusahaan itu merger dengan Kwortek Energy , dan Budi menjadi direktur Kwortek .', 'Kwortek', ['ORG']],
    ['Budi pindah ke Zyrvana Holdings tahun lalu . Ia lalu bekerja di Zyrvana .', 'Zyrvana', ['ORG']],
  ])('%s', (text, name, expected) => {
    expect(typesOf(text, name)).toEqual(expected);
  });

  it.each([
    // Without the full company name the guesses stand.
    ['Kemarin Budi menjadi direktur Kwortek .', 'Kwortek', ['PERSON']],
    ['Ia lalu bekerja di Zyrvana .', 'Zyrvana', ['PLACE']],
  ])('no company: %s', (text, name, expected) => {
    expect(typesOf(text, name)).toEqual(expected);
  });
});
