/**
 * Decodes the compact built-in data written by `scripts/codegen.ts`.
 */
import type { GazetteerEntry, GazetteerFile, GazetteerType, LexiconFile } from '../types.js';

/** The decoded built-in data. */
export interface BuiltinData {
  gazetteers: GazetteerFile[];
  lexicons: LexiconFile[];
  /** First-word index of the gazetteers' entity forms (see `BuiltinIndex`); copy before use. */
  index: Map<string, readonly number[]>;
}

const CATEGORY_TYPE: Record<GazetteerFile['category'], GazetteerType> = { person: 'PERSON', org: 'ORG', place: 'PLACE', title: 'TITLE' };

type Row = [string, string, (string[] | 0)?, (string[] | 0)?, (string[] | 0)?, (GazetteerEntry['nameOrder'] | 0)?, (GazetteerEntry['kind'] | 0)?, (string[] | 0)?];

/**
 * Turns the compact JSON string into gazetteer and lexicon files.
 *
 * @example
 * ```ts
 * decodeBuiltins('{"g":[["place",[["xx:zyrtal","Zyrtal"]]]],"l":[],"r":{"zyrtal":[0]}}');
 * // -> { gazetteers: [{ category: 'place', entries: [{ id: 'place:xx:zyrtal', name: 'Zyrtal', type: 'PLACE' }] }],
 * //      lexicons: [], index: Map { 'zyrtal' => [0] } }
 * ```
 */
export function decodeBuiltins(json: string): BuiltinData {
  const data = JSON.parse(json) as { g: Array<[GazetteerFile['category'], Row[]]>; l: Array<[string, string[]]>; r?: Record<string, number[]> };
  const gazetteers = data.g.map(([category, rows]): GazetteerFile => {
    const type = CATEGORY_TYPE[category];
    return {
      category,
      entries: rows.map(([id, name, aliases, short, flags, nameOrder, kind, ambiguousAliases]) => {
        const entry: GazetteerEntry = { id: `${category}:${id}`, name, type };
        if (aliases) entry.aliases = aliases;
        if (short) entry.short = short;
        if (flags) entry.flags = flags;
        if (nameOrder) entry.nameOrder = nameOrder;
        if (kind) entry.kind = kind;
        if (ambiguousAliases) entry.ambiguousAliases = ambiguousAliases;
        return entry;
      }),
    };
  });
  const lexicons = data.l.map(([name, words]): LexiconFile => ({ category: 'lexicon', name, words }));
  return { gazetteers, lexicons, index: new Map(Object.entries(data.r ?? {})) };
}
