/**
 * The quality ratchet: the default extractor, scored like `warta eval`, must not fall below
 * the floors in tests/ratchet.json — on the seed fixtures (always) and on the shared external
 * gold sets (when ../shared is beside the clone; skipped with a message otherwise).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor, type EntityType } from '../src/index.js';
import { score, type GoldDocument } from '../src/eval/score.js';

const root = join(__dirname, '..');
const ratchet = JSON.parse(readFileSync(join(__dirname, 'ratchet.json'), 'utf8')) as {
  seeds: { strictMicroF1: number; dateValueAccuracy: number };
  external: Record<string, { file?: string; types: EntityType[]; lenientMicroF1: number; dateValueAccuracy?: number }>;
};
const ner = createExtractor();

function scoreDocuments(gold: Array<GoldDocument & { text: string; published?: string | null }>, types?: EntityType[]) {
  const predictions = gold.map((doc) => ({ id: doc.id, entities: ner.extract(doc.text, { published: doc.published ?? null }) }));
  return score(gold, predictions, types ? { types } : {});
}

describe('quality ratchet', () => {
  it('seeds: strict micro F1 and DATE values stay at or above the floor', () => {
    const dir = join(root, 'fixtures', 'seeds');
    const gold = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
    const s = scoreDocuments(gold);
    expect(s.micro.strict.f1).toBeGreaterThanOrEqual(ratchet.seeds.strictMicroF1);
    expect(s.dateValue?.accuracy).toBeGreaterThanOrEqual(ratchet.seeds.dateValueAccuracy);
  });

  const shared = join(root, '..', 'shared', 'external');
  const present = existsSync(shared);
  if (!present) console.warn(`fixtures-eval: ${shared} not found; external ratchet tests skipped`);

  for (const [set, floor] of Object.entries(ratchet.external)) {
    it.skipIf(!present)(`${set}: lenient micro F1 on ${floor.types.join(',')} ≥ ${floor.lenientMicroF1}`, () => {
      const file = join(shared, set, floor.file ?? 'eval.jsonl');
      const gold = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      const s = scoreDocuments(gold, floor.types);
      expect(s.micro.lenient.f1).toBeGreaterThanOrEqual(floor.lenientMicroF1);
      if (floor.dateValueAccuracy !== undefined) expect(s.dateValue?.accuracy).toBeGreaterThanOrEqual(floor.dateValueAccuracy);
    });
  }
});
