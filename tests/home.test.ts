/**
 * Home-domain regression set: 20 invented articles in the style of VOV World, Bharata Online
 * and Antara (fixtures/home, gold by hand, see fixtures/home/README.md), scored like
 * `warta eval fixtures/home`: strict span+type micro F1 and DATE value accuracy must stay at
 * or above the `home` floors in tests/ratchet.json. Needs nothing outside the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { score, type GoldDocument } from '../src/eval/score.js';

const dir = join(__dirname, '..', 'fixtures', 'home');
const ratchet = JSON.parse(readFileSync(join(__dirname, 'ratchet.json'), 'utf8')) as {
  home: { strictMicroF1: number; dateValueAccuracy: number };
};
const gold = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldDocument & { text: string; published: string | null });

describe('home-domain fixtures', () => {
  it('every gold file matches its .txt and its spans match the text', () => {
    expect(gold.length).toBe(20);
    for (const doc of gold) {
      expect(readFileSync(join(dir, `${doc.id}.txt`), 'utf8')).toBe(doc.text);
      for (const e of doc.entities as unknown as Array<{ start: number; end: number; text: string }>) {
        expect(doc.text.slice(e.start, e.end)).toBe(e.text);
      }
    }
  });

  it('strict micro F1 and DATE value accuracy stay at or above the home floor', () => {
    const ner = createExtractor();
    const predictions = gold.map((doc) => ({ id: doc.id, entities: ner.extract(doc.text, { published: doc.published }) }));
    const s = score(gold, predictions);
    expect(s.micro.strict.f1).toBeGreaterThanOrEqual(ratchet.home.strictMicroF1);
    expect(s.dateValue?.accuracy).toBeGreaterThanOrEqual(ratchet.home.dateValueAccuracy);
  });
});
