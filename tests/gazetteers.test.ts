/**
 * Every gazetteer and lexicon data file: schema, unique ids, NFC and trimmed strings, no
 * stray punctuation, no alias shared by entries of different types unless both are flagged
 * ambiguous; and the coverage the gazetteer issue asks for.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGazetteer, validateLexicon } from '../src/gazetteer/validate.js';
import { gazetteerStats } from '../src/gazetteer/stats.js';
import { phraseKeys } from '../src/text/tokenize.js';
import type { GazetteerFile } from '../src/types.js';

const root = join(__dirname, '..', 'gazetteers');
const FOLDER_CATEGORY: Record<string, string> = { persons: 'person', orgs: 'org', places: 'place', titles: 'title', lexicon: 'lexicon' };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : name.endsWith('.json') ? [p] : [];
  });
}

const files = walk(root).map((path) => ({ path, label: relative(root, path), data: JSON.parse(readFileSync(path, 'utf8')) as unknown }));
const gazetteers: Array<{ label: string; file: GazetteerFile }> = [];

describe('gazetteer files', () => {
  it('exist', () => expect(files.length).toBeGreaterThan(5));

  it.each(files.map((f) => [f.label, f] as const))('%s follows the schema and sits in its category folder', (_label, f) => {
    const folder = f.label.split('/')[0]!;
    const data = f.data as { category?: string };
    expect(data.category).toBe(FOLDER_CATEGORY[folder]);
    if (data.category === 'lexicon') validateLexicon(f.data, f.label);
    else validateGazetteer(f.data, f.label);
  });

  for (const f of files) {
    const data = f.data as { category?: string };
    // `*.overrides.json` are generator inputs merged into a generated file.
    if (data.category !== 'lexicon' && !f.label.endsWith('.overrides.json')) gazetteers.push({ label: f.label, file: f.data as GazetteerFile });
  }

  it('ids are unique across all files', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const { label, file } of gazetteers) {
      for (const e of file.entries) {
        if (seen.has(e.id)) dupes.push(`${e.id} in ${seen.get(e.id)} and ${label}`);
        seen.set(e.id, label);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('no alias names entries of different types unless both are flagged ambiguous (entry or alias)', () => {
    const byKey = new Map<string, Array<{ id: string; type: string; ambiguous: boolean }>>();
    for (const { file } of gazetteers) {
      for (const e of file.entries) {
        if (e.type === 'TITLE' || e.flags?.includes('disabled')) continue;
        for (const form of new Set([e.name, ...(e.aliases ?? [])])) {
          const key = phraseKeys(form).join(' ');
          const list = byKey.get(key) ?? [];
          const ambiguous = (e.flags?.includes('ambiguous') ?? false) || (e.ambiguousAliases?.includes(form) ?? false);
          if (!list.some((x) => x.id === e.id)) list.push({ id: e.id, type: e.type, ambiguous });
          byKey.set(key, list);
        }
      }
    }
    const conflicts: string[] = [];
    for (const [key, list] of byKey) {
      if (new Set(list.map((x) => x.type)).size > 1 && list.some((x) => !x.ambiguous)) {
        conflicts.push(`${key}: ${list.map((x) => `${x.id}${x.ambiguous ? ' (ambiguous)' : ''}`).join(', ')}`);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('meet the coverage of the gazetteer issue', () => {
    const stats = gazetteerStats(gazetteers.map((g) => g.file));
    expect(stats.entries.PERSON ?? 0).toBeGreaterThanOrEqual(1000);
    expect(stats.entries.ORG ?? 0).toBeGreaterThanOrEqual(500);
    expect(stats.entries.PLACE ?? 0).toBeGreaterThanOrEqual(2500);
    expect(stats.entries.TITLE ?? 0).toBeGreaterThanOrEqual(100);
  });
});
