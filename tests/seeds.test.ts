/**
 * The seed articles against their gold: the markup diff of each (expected vs actual) is
 * shown on failure, and strict F1 (same start, end and type) must stay above the floor
 * measured when the name rules landed. Skipped when ../shared is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExtractor, toMarkup, type Entity } from '../src/index.js';

const SEEDS = fileURLToPath(new URL('../../shared/corpus/seeds/', import.meta.url));
/** Strict F1 floor per seed (measured 0.97–1.00 on PERSON/ORG/PLACE/DATE; kept a little below). */
const FLOOR = 0.95;

interface GoldDoc { id: string; text: string; published: string | null; entities: Array<Omit<Entity, 'source'>> }

function strictF1(gold: GoldDoc['entities'], actual: Entity[]): number {
  const key = (e: { start: number; end: number; type: string }) => `${e.start}:${e.end}:${e.type}`;
  const goldKeys = new Set(gold.map(key));
  const tp = actual.filter((e) => goldKeys.has(key(e))).length;
  const p = tp / (actual.length || 1);
  const r = tp / (gold.length || 1);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const files = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.json')).sort() : [];

describe.skipIf(files.length === 0)('seed articles (strict span + type)', () => {
  const ner = createExtractor();
  for (const file of files) {
    it(file, () => {
      const doc = JSON.parse(readFileSync(SEEDS + file, 'utf8')) as GoldDoc;
      const actual = ner.extract(doc.text, { published: doc.published });
      const f1 = strictF1(doc.entities, actual);
      if (f1 < FLOOR) {
        // Show where they differ, line by line, before failing.
        const lines = (spans: Array<{ start: number; end: number; type: Entity['type'] }>) => toMarkup(doc.text, spans.map((s) => ({ ...s, text: doc.text.slice(s.start, s.end), source: 'x' }))).split('\n');
        expect(lines(actual)).toEqual(lines(doc.entities));
      }
      expect(f1).toBeGreaterThanOrEqual(FLOOR);
    });
  }
});

if (files.length === 0) console.warn(`seeds.test.ts: ${SEEDS} not found, seed articles skipped`);
