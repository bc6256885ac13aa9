#!/usr/bin/env node
/**
 * Quality figures of the built extractor on the seed and home fixtures and on the shared external
 * gold sets (../shared/external, when present), as a Markdown table: `npm run bench:quality`.
 * The same scoring as `warta eval` (src/eval/score.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtLibrary, root } from './paths.mjs';

const { createExtractor, score } = await import(builtLibrary());
const ner = createExtractor();
const pct = (x) => (100 * x).toFixed(1);

function run(gold, types) {
  const predictions = gold.map((d) => ({ id: d.id, entities: ner.extract(d.text, { published: d.published ?? null }) }));
  return score(gold, predictions, types ? { types } : {});
}

const rows = [];
const seedsDir = join(root, 'fixtures', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(seedsDir, f), 'utf8')));
const s = run(seeds);
rows.push(['seeds (fixtures/seeds)', 'all four', pct(s.micro.strict.f1), pct(s.micro.lenient.f1), s.dateValue?.gold ? pct(s.dateValue.accuracy) : '–',
  ['PERSON', 'ORG', 'PLACE', 'DATE'].map((t) => `${t} ${pct(s.byType[t].strict.f1)}`).join(', ')]);

const homeDir = join(root, 'fixtures', 'home');
const home = readdirSync(homeDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(homeDir, f), 'utf8')));
const h = run(home);
rows.push(['home (fixtures/home, invented)', 'all four', pct(h.micro.strict.f1), pct(h.micro.lenient.f1), h.dateValue?.gold ? pct(h.dateValue.accuracy) : '–',
  ['PERSON', 'ORG', 'PLACE', 'DATE'].map((t) => `${t} ${pct(h.byType[t].strict.f1)}`).join(', ')]);

const external = join(root, '..', 'shared', 'external');
const sets = [
  ['nergrit-indonlu', 'eval.jsonl', ['PERSON', 'ORG', 'PLACE'], '> 79'],
  ['indolem-nerui', 'eval.jsonl', ['PERSON', 'ORG', 'PLACE'], '> 90'],
  ['indolem-nerugm', 'eval.jsonl', ['PERSON', 'ORG', 'PLACE'], '> 75'],
  ['idner-news-2k', 'eval.jsonl', ['PERSON', 'ORG', 'PLACE'], '≥ 85'],
  ['luthfi2014-wiki-gold', 'eval.jsonl', ['PERSON', 'ORG', 'PLACE'], '≥ 85'],
  ['nerp-indonlu', 'eval.jsonl', ['PERSON', 'PLACE'], 'none (lower case)'],
  ['indotimex-kompas', 'eval-conventions.jsonl', ['DATE'], 'F1 ≥ 95, value ≥ 90'],
  ['indolem-nerugm', 'eval.jsonl', ['DATE'], 'report'],
];
if (existsSync(external)) {
  for (const [set, file, types, target] of sets) {
    const gold = readFileSync(join(external, set, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const r = run(gold, types);
    rows.push([`${set}/${file}`, types.join(','), pct(r.micro.strict.f1), pct(r.micro.lenient.f1), r.dateValue?.gold ? pct(r.dateValue.accuracy) : '–',
      `target: ${target}; ` + types.map((t) => `${t} ${pct(r.byType[t].lenient.f1)}`).join(', ')]);
  }
} else {
  console.error(`bench: ${external} not found; external sets skipped`);
}
console.log('| data | types | strict F1 | lenient F1 | DATE value acc. | notes (lenient F1 per type) |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
