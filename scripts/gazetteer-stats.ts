/**
 * Prints gazetteer entry counts by type (and by country for people): `npm run gazetteers:stats`.
 */
import { BUILTIN_GAZETTEERS } from '../src/data/builtins.generated.js';
import { gazetteerStats } from '../src/gazetteer/stats.js';

const stats = gazetteerStats(BUILTIN_GAZETTEERS);
console.log('type      entries  names (incl. aliases, short forms)');
for (const type of Object.keys(stats.entries).sort()) {
  console.log(`${type.padEnd(9)} ${String(stats.entries[type]).padStart(7)}  ${String(stats.aliases[type]).padStart(7)}`);
}
const people = stats.byCountry.PERSON ?? {};
console.log('\nPERSON by country: ' + Object.entries(people).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', '));
