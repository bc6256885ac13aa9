/**
 * The gazetteer alone (no rules) must tag every home-domain leader, party, organ, country
 * and city that the seed articles name. Spans that only context can find (a photographer in
 * a credit, a committee named on the fly, a truncated word) are listed with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { builtinData } from '../src/data/builtins.generated.js';

const seeds = join(__dirname, '..', 'fixtures', 'seeds');
const gold = readdirSync(seeds).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(seeds, f), 'utf8')) as { id: string; text: string; entities: Array<{ start: number; end: number; type: string; text: string }> });

/** Gold spans that are rule territory, not gazetteer knowledge. */
const RULE_TERRITORY: Record<string, string> = {
  'Tri Dung': 'photographer in a credit line',
  'Komite Urusan Luar Negeri Kota Saint Petersburg': 'a city committee named on the fly (org designator + place)',
  'Komite Tingkat Tinggi tentang Kerjasama Selatan-Selatan': 'a UN committee named by its description',
  'Komisi Urusan Negara Republik Demokratik Rakyat Korea': 'organ + long country form (maximal span)',
  Krem: 'truncated word in a caption',
  'Pham Thai Nhu Mai': 'an ambassador: found by title + name (Duta Besar Vietnam untuk Kazakhstan …)',
  'Vicheslav Gennadevich Kalganov': 'a city committee official: found by title + name (Wakil Ketua …, Bapak …)',
};

const gazetteerOnly = createExtractor({ builtins: false, gazetteers: builtinData().gazetteers });

describe('gazetteer alone on the seeds', () => {
  it.each(gold.map((g) => [g.id, g] as const))('%s: every known name is tagged with its type', (_id, doc) => {
    const found = new Set(gazetteerOnly.extract(doc.text).map((e) => `${e.start}:${e.end}:${e.type}`));
    const missing = doc.entities
      .filter((e) => e.type !== 'DATE' && !(e.text in RULE_TERRITORY && RULE_TERRITORY[e.text] !== ''))
      .filter((e) => !found.has(`${e.start}:${e.end}:${e.type}`))
      .map((e) => `${e.type} ${e.text} @${e.start}`);
    expect(missing).toEqual([]);
  });
});
