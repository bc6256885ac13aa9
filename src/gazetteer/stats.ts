/**
 * Counts of gazetteer entries and aliases, by type and by country: what
 * `npm run gazetteers:stats` prints and the gazetteer test checks.
 */
import type { GazetteerFile } from '../types.js';

/** Entry and alias counts. */
export interface GazetteerStats {
  entries: Record<string, number>;
  aliases: Record<string, number>;
  byCountry: Record<string, Record<string, number>>;
}

/**
 * Counts entries (not disabled) and their aliases per type and per country.
 *
 * @example
 * ```ts
 * gazetteerStats([{ category: 'place', entries: [{ id: 'place:xx:a', name: 'A', type: 'PLACE', aliases: ['B'] }] }]);
 * // -> { entries: { PLACE: 1 }, aliases: { PLACE: 2 }, byCountry: { PLACE: { '?': 1 } } }
 * ```
 */
export function gazetteerStats(files: readonly GazetteerFile[]): GazetteerStats {
  const stats: GazetteerStats = { entries: {}, aliases: {}, byCountry: {} };
  for (const file of files) {
    for (const e of file.entries) {
      if (e.flags?.includes('disabled')) continue;
      stats.entries[e.type] = (stats.entries[e.type] ?? 0) + 1;
      stats.aliases[e.type] = (stats.aliases[e.type] ?? 0) + 1 + (e.aliases?.length ?? 0) + (e.short?.length ?? 0);
      const byCountry = (stats.byCountry[e.type] ??= {});
      const country = e.country ?? '?';
      byCountry[country] = (byCountry[country] ?? 0) + 1;
    }
  }
  return stats;
}
