/**
 * Span invariants of the default extractor over every fixture (and the same texts with CRLF
 * line ends, NBSPs and decomposed diacritics): offsets index the caller's string, output is
 * sorted and flat, every span names its source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor, type Entity } from '../src/index.js';

const seeds = join(__dirname, '..', 'fixtures', 'seeds');
const texts = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(join(seeds, f), 'utf8')] as const);
const variants = texts.flatMap(([name, text]) => [
  [name, text],
  [`${name} (CRLF)`, text.replaceAll('\n', '\r\n')],
  [`${name} (NBSP)`, text.replaceAll(' ', '\u00a0')],
  [`${name} (NFD)`, text.normalize('NFD')],
] as const);

const ner = createExtractor();
const SOURCE = /^(rule|gazetteer|refiner):[a-z0-9:-]+$/;

function checkInvariants(text: string, entities: Entity[]): void {
  let previousEnd = 0;
  for (const e of entities) {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(e.start).toBeGreaterThanOrEqual(previousEnd);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.text).toBe(e.text.trim());
    expect(['PERSON', 'ORG', 'PLACE', 'DATE']).toContain(e.type);
    expect(e.source).toMatch(SOURCE);
    if (e.type === 'DATE') expect(typeof e.value).toBe('string');
    previousEnd = e.end;
  }
}

describe('span invariants', () => {
  it.each(variants)('%s', (_name, text) => {
    const entities = ner.extract(text, { published: '2025-05-12' });
    expect(entities.length).toBeGreaterThan(0);
    checkInvariants(text, entities);
  });

  it('CRLF, NBSP and NFD variants find the same entities as the original', () => {
    for (const [name, text] of texts) {
      const plain = ner.extract(text).map((e) => `${e.type}:${e.text}`);
      const crlf = ner.extract(text.replaceAll('\n', '\r\n')).map((e) => `${e.type}:${e.text}`);
      const nbsp = ner.extract(text.replaceAll(' ', '\u00a0')).map((e) => `${e.type}:${e.text.replaceAll('\u00a0', ' ')}`);
      const nfd = ner.extract(text.normalize('NFD')).map((e) => `${e.type}:${e.text.normalize('NFC')}`);
      expect(crlf, name).toEqual(plain);
      expect(nbsp, name).toEqual(plain);
      expect(nfd, name).toEqual(plain);
    }
  });

  it('empty and blank texts give no entities', () => {
    expect(ner.extract('')).toEqual([]);
    expect(ner.extract(' \n ')).toEqual([]);
  });
});
