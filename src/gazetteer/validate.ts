/**
 * Validation of gazetteer and lexicon files. Errors name the file, the entry and the field,
 * so a user who passes a bad file to `createExtractor` knows what to fix.
 */
import type { GazetteerEntry, GazetteerFile, GazetteerType, LexiconFile } from '../types.js';

const CATEGORY_TYPE: Record<GazetteerFile['category'], GazetteerType> = {
  person: 'PERSON',
  org: 'ORG',
  place: 'PLACE',
  title: 'TITLE',
};
const KNOWN_FLAGS = new Set(['ambiguous', 'common-word', 'disabled']);
const ID_PATTERN = /^(person|org|place|title):[a-z0-9]+(?:[:-][a-z0-9]+)*$/;
const STRAY_PUNCTUATION = /^[\s,;:.!?()[\]{}"“”]|[\s,;:!?([{"“”]$|\s{2}/u;

/**
 * Thrown for a gazetteer, lexicon or rule that does not follow its schema; the message names
 * the input, the entry or rule, and the field.
 *
 * @example
 * ```ts
 * try { defineRule({ id: 'Bad Id', pattern: /x/, emit: { $0: 'ORG' } }); }
 * catch (e) { e instanceof WartaInputError; } // -> true
 * ```
 */
export class WartaInputError extends Error {
  override name = 'WartaInputError';
}

function fail(where: string, message: string): never {
  throw new WartaInputError(`warta: ${where}: ${message}`);
}

function checkString(where: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) fail(where, `"${field}" must be a non-empty string, found ${JSON.stringify(value)}`);
  if (value !== value.trim()) fail(where, `"${field}" has leading or trailing space: ${JSON.stringify(value)}`);
  if (value !== value.normalize('NFC')) fail(where, `"${field}" is not NFC: ${JSON.stringify(value)}`);
  return value;
}

function checkName(where: string, field: string, value: unknown): string {
  const s = checkString(where, field, value);
  // `Dr.`-style abbreviations and `St. Petersburg` keep an inner or final period; other
  // punctuation at the edges is a typo.
  if (STRAY_PUNCTUATION.test(s)) fail(where, `"${field}" has stray punctuation or spacing: ${JSON.stringify(s)}`);
  return s;
}

/**
 * Checks one gazetteer file and returns it typed. Throws `WartaInputError` naming the file,
 * the entry id and the field on the first problem.
 *
 * @example
 * ```ts
 * validateGazetteer({ category: 'place', entries: [{ id: 'place:xx:zyrtal', name: 'Zyrtal', type: 'PLACE' }] }, 'my-places.json');
 * // -> the same object, typed
 * validateGazetteer({ category: 'place', entries: [{ id: 'Zyrtal', name: 'Zyrtal', type: 'PLACE' }] }, 'my-places.json');
 * // throws: warta: my-places.json entry 0 (Zyrtal): "id" must match …
 * ```
 */
export function validateGazetteer(file: unknown, label = 'gazetteer'): GazetteerFile {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) fail(label, 'must be an object with "category" and "entries"');
  const f = file as Record<string, unknown>;
  const category = f.category as GazetteerFile['category'];
  if (!(category in CATEGORY_TYPE)) fail(label, `"category" must be one of ${Object.keys(CATEGORY_TYPE).join(', ')}, found ${JSON.stringify(f.category)}`);
  if (!Array.isArray(f.entries)) fail(label, '"entries" must be an array');
  const expectedType = CATEGORY_TYPE[category];
  const ids = new Set<string>();
  (f.entries as unknown[]).forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null) fail(`${label} entry ${index}`, 'must be an object');
    const e = raw as Record<string, unknown>;
    const where = `${label} entry ${index} (${typeof e.id === 'string' ? e.id : '?'})`;
    const id = checkString(where, 'id', e.id);
    if (!ID_PATTERN.test(id)) fail(where, `"id" must match ${ID_PATTERN} (e.g. person:vn:to-lam), found ${JSON.stringify(id)}`);
    if (!id.startsWith(`${category}:`)) fail(where, `"id" must start with "${category}:" in a ${category} file`);
    if (ids.has(id)) fail(where, `duplicate id ${JSON.stringify(id)}`);
    ids.add(id);
    checkName(where, 'name', e.name);
    if (e.type !== expectedType) fail(where, `"type" must be ${JSON.stringify(expectedType)} in a ${category} file, found ${JSON.stringify(e.type)}`);
    if (e.country !== undefined && (typeof e.country !== 'string' || !/^(?:[A-Z]{2}|INT)$/.test(e.country))) {
      fail(where, `"country" must be an ISO 3166-1 alpha-2 code in upper case or "INT", found ${JSON.stringify(e.country)}`);
    }
    for (const field of ['aliases', 'short'] as const) {
      const list = e[field];
      if (list === undefined) continue;
      if (!Array.isArray(list)) fail(where, `"${field}" must be an array of strings`);
      const seen = new Set<string>();
      list.forEach((alias, i) => {
        const s = checkName(where, `${field}[${i}]`, alias);
        if (seen.has(s)) fail(where, `"${field}" lists ${JSON.stringify(s)} twice`);
        seen.add(s);
      });
    }
    if (e.ambiguousAliases !== undefined) {
      if (!Array.isArray(e.ambiguousAliases)) fail(where, '"ambiguousAliases" must be an array of strings');
      const aliases = new Set((e.aliases as string[] | undefined) ?? []);
      for (const a of e.ambiguousAliases) if (!aliases.has(a as string)) fail(where, `"ambiguousAliases" lists ${JSON.stringify(a)}, which is not one of its "aliases"`);
    }
    if (e.flags !== undefined) {
      if (!Array.isArray(e.flags)) fail(where, '"flags" must be an array of strings');
      for (const flag of e.flags) if (!KNOWN_FLAGS.has(flag as string)) fail(where, `unknown flag ${JSON.stringify(flag)} (known: ${[...KNOWN_FLAGS].join(', ')})`);
    }
    if (e.offices !== undefined) {
      if (!Array.isArray(e.offices)) fail(where, '"offices" must be an array');
      e.offices.forEach((o: unknown, i: number) => {
        const office = o as Record<string, unknown>;
        if (typeof office !== 'object' || office === null) fail(where, `"offices[${i}]" must be an object`);
        checkString(where, `offices[${i}].role`, office.role);
        for (const year of ['from', 'to'] as const) {
          const y = office[year];
          if (y !== undefined && y !== null && (!Number.isInteger(y) || (y as number) < -3000 || (y as number) > 2100)) fail(where, `"offices[${i}].${year}" must be a year, found ${JSON.stringify(y)}`);
        }
      });
    }
    if (e.nameOrder !== undefined && !['given-first', 'family-first', 'vietnamese'].includes(e.nameOrder as string)) {
      fail(where, `"nameOrder" must be given-first, family-first or vietnamese, found ${JSON.stringify(e.nameOrder)}`);
    }
    if (e.kind !== undefined && !['title', 'honorific', 'role'].includes(e.kind as string)) fail(where, `"kind" must be title, honorific or role, found ${JSON.stringify(e.kind)}`);
    if (e.wikidata !== undefined && (typeof e.wikidata !== 'string' || !/^Q[1-9]\d*$/.test(e.wikidata))) fail(where, `"wikidata" must be a Q-id, found ${JSON.stringify(e.wikidata)}`);
    if (e.note !== undefined && typeof e.note !== 'string') fail(where, '"note" must be a string');
  });
  return file as GazetteerFile;
}

/**
 * Checks one lexicon word list.
 *
 * @example
 * ```ts
 * validateLexicon({ category: 'lexicon', name: 'reporting-verbs', words: ['kata', 'ujar'] }, 'verbs.json');
 * ```
 */
export function validateLexicon(file: unknown, label = 'lexicon'): LexiconFile {
  if (typeof file !== 'object' || file === null) fail(label, 'must be an object with "category": "lexicon", "name" and "words"');
  const f = file as Record<string, unknown>;
  if (f.category !== 'lexicon') fail(label, `"category" must be "lexicon", found ${JSON.stringify(f.category)}`);
  const name = checkString(label, 'name', f.name);
  if (!/^[a-z0-9-]+$/.test(name)) fail(label, `"name" must be kebab-case, found ${JSON.stringify(name)}`);
  if (!Array.isArray(f.words)) fail(label, '"words" must be an array of strings');
  const seen = new Set<string>();
  f.words.forEach((w: unknown, i: number) => {
    const s = checkString(label, `words[${i}]`, w);
    if (seen.has(s)) fail(label, `"words" lists ${JSON.stringify(s)} twice`);
    seen.add(s);
  });
  return file as LexiconFile;
}

/** Entries of a file, with the file's label, for error messages. @internal */
export function labelledEntries(files: readonly GazetteerFile[]): Array<{ entry: GazetteerEntry; file: number }> {
  const out: Array<{ entry: GazetteerEntry; file: number }> = [];
  files.forEach((f, file) => f.entries.forEach((entry) => out.push({ entry, file })));
  return out;
}
