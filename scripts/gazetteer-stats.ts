/**
 * Prints gazetteer entry counts by type (and by country for people), read from the data
 * files in gazetteers/: `npm run gazetteers:stats`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerStats } from '../src/gazetteer/stats.js';
import type { GazetteerFile } from '../src/types.js';

const root = fileURLToPath(new URL('../gazetteers', import.meta.url));
const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const p = join(dir, name);
  return statSync(p).isDirectory() ? walk(p) : name.endsWith('.json') && !name.endsWith('.overrides.json') ? [p] : [];
});
const files = walk(root).map((p) => JSON.parse(readFileSync(p, 'utf8')) as GazetteerFile | { category: 'lexicon' })
  .filter((f): f is GazetteerFile => f.category !== 'lexicon');
const stats = gazetteerStats(files);
console.log('type      entries  names (incl. aliases, short forms)');
for (const type of Object.keys(stats.entries).sort()) {
  console.log(`${type.padEnd(9)} ${String(stats.entries[type]).padStart(7)}  ${String(stats.aliases[type]).padStart(7)}`);
}
const people = stats.byCountry.PERSON ?? {};
console.log('\nPERSON by country: ' + Object.entries(people).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', '));
