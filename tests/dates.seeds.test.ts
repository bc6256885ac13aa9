/**
 * The seed articles' DATE entities (../shared/corpus/seeds) must come out with their gold
 * span and value. Skipped, with a note, when ../shared is not checked out next to the repo.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';

const SEEDS = fileURLToPath(new URL('../../shared/corpus/seeds/', import.meta.url));
const present = existsSync(SEEDS);
if (!present) console.warn(`dates.seeds.test: ${SEEDS} not found; seed date tests skipped`);

interface GoldEntity { start: number; end: number; type: string; text: string; value?: string }
interface GoldDoc { id: string; published: string | null; text: string; entities: GoldEntity[] }

const docs: GoldDoc[] = present
  ? readdirSync(SEEDS).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(SEEDS + f, 'utf8')) as GoldDoc)
  : [];
const cases = docs.flatMap((d) => d.entities.filter((e) => e.type === 'DATE').map((e) => [d.id, e.text, e, d] as const));

describe.skipIf(!present)('seed DATE entities', () => {
  const ner = createExtractor({ types: ['DATE'] });

  it('has the eight seed dates', () => {
    expect(cases.length).toBe(8);
  });

  it.each(cases)('%s: %s', (_id, _text, gold, doc) => {
    const found = ner.extract(doc.text, { published: doc.published });
    const hit = found.find((e) => e.start === gold.start && e.end === gold.end);
    expect(hit, `no DATE at ${gold.start}-${gold.end} "${gold.text}"`).toBeDefined();
    expect(hit!.value).toBe(gold.value);
  });
});
