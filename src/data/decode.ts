/**
 * Decodes the compact built-in data written by `scripts/codegen.ts`, piecemeal: an entity is
 * parsed the first time a text contains the first word of one of its names, so a fresh
 * process pays for the few hundred entries its first article needs, not for ten thousand.
 */
import type { GazetteerEntry, GazetteerFile, GazetteerType, LexiconFile } from '../types.js';

/** All built-in data as plain objects (tests, tools). */
export interface BuiltinData {
  gazetteers: GazetteerFile[];
  lexicons: LexiconFile[];
}

type Category = GazetteerFile['category'];

/** The generated data (see `builtinsSource` in scripts/codegen.ts). */
export interface BuiltinSource {
  /** Per gazetteer file, in order: its category, number of entries and the offset of its first row (title files: -1). */
  files: ReadonlyArray<readonly [Category, number, number]>;
  /** One JSON row per entity (not titles), files in order, separated by `ROW_END`. */
  rows: string;
  /** The TITLE entries' rows, a JSON array. */
  titles: string;
  /** First-word index lines `indexKey(word)<TAB>refs` (base 36; lines end with `ROW_END`), and its hash table (`hashKey`, 3 base-64 digits a slot). */
  index: string;
  table: string;
  /** Number of references in the index. */
  refs: number;
  /** `[name, words]` per word list, JSON. */
  lexicons: string;
}

const CATEGORY_TYPE: Record<Category, GazetteerType> = { person: 'PERSON', org: 'ORG', place: 'PLACE', title: 'TITLE' };

type Row = [string, string, (string[] | 0)?, (string[] | 0)?, (string[] | 0)?, (GazetteerEntry['nameOrder'] | 0)?, (GazetteerEntry['kind'] | 0)?, (string[] | 0)?];

/** Ends a row or an index line (never in JSON text nor in a token). */
export const ROW_END = '\x01';

/**
 * A word as the index spells it: apostrophes as `\x02` (never inside a token), so the data
 * strings have no single quote (see `literal` in scripts/codegen.ts).
 *
 * @example
 * ```ts
 * indexKey("p'yongan"); // -> 'p\x02yongan'
 * ```
 */
export function indexKey(word: string): string {
  return word.includes("'") ? word.replaceAll("'", '\x02') : word;
}

/** Digits of the index's hash table. */
export const BASE64 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

function digit(c: number): number {
  return c <= 57 ? (c === 45 ? 62 : c - 48) : c <= 90 ? c - 55 : c === 95 ? 63 : c - 61;
}

/**
 * FNV-1a over UTF-16 code units: the hash of the first-word table (codegen and runtime).
 *
 * @example
 * ```ts
 * hashKey(''); // -> 2166136261
 * ```
 */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * First token key → references to entity forms (`rowOffset << 8 | slot`; slot 0 = name,
 * 1…127 = aliases, 128… = short forms), looked up in the generated text without building a
 * map first.
 *
 * @example
 * ```ts
 * // One word, 'zyrtal', with one reference (row 0, slot 0), in a table of two slots.
 * const index = new FirstWordIndex('zyrtal\t0', hashKey('zyrtal') & 1 ? '000001' : '001000', 1);
 * index.get('zyrtal'); // -> [0]
 * ```
 */
export class FirstWordIndex {
  private readonly mask: number;

  constructor(private readonly text: string, private readonly table: string, readonly refs: number) {
    this.mask = table.length / 3 - 1;
  }

  /** Start of the word's line, or -1. */
  private find(word: string): number {
    const { text, table, mask } = this;
    const first = indexKey(word);
    for (let slot = hashKey(first) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 3;
      const start = ((digit(table.charCodeAt(at)) << 12) | (digit(table.charCodeAt(at + 1)) << 6) | digit(table.charCodeAt(at + 2))) - 1;
      if (start < 0) return -1;
      if (text.charCodeAt(start + first.length) === 9 && text.startsWith(first, start)) return start;
    }
  }

  /** True when some form starts with this word. */
  has(first: string): boolean {
    return this.find(first) >= 0;
  }

  /** The references filed under a word, in entry order. */
  get(first: string): number[] | undefined {
    const start = this.find(first);
    if (start < 0) return undefined;
    let end = this.text.indexOf(ROW_END, start);
    if (end < 0) end = this.text.length;
    return this.text.slice(start + first.length + 1, end).split(' ').map((r) => parseInt(r, 36));
  }
}

function toEntry(category: Category, [id, name, aliases, short, flags, nameOrder, kind, ambiguousAliases]: Row): GazetteerEntry {
  const entry: GazetteerEntry = { id: `${category}:${id}`, name, type: CATEGORY_TYPE[category] };
  if (aliases) entry.aliases = aliases;
  if (short) entry.short = short;
  if (flags) entry.flags = flags;
  if (nameOrder) entry.nameOrder = nameOrder;
  if (kind) entry.kind = kind;
  if (ambiguousAliases) entry.ambiguousAliases = ambiguousAliases;
  return entry;
}

/**
 * The built-in gazetteers and word lists, decoded on demand. An entry is always the same
 * object (tries compare entries by identity).
 *
 * @example
 * ```ts
 * const store = new BuiltinStore({ files: [['place', 1, 0]], rows: '["xx:zyrtal","Zyrtal"]', titles: '[]', index: 'zyrtal\t0', table: hashKey('zyrtal') & 1 ? '000001' : '001000', refs: 1, lexicons: '[]' });
 * store.entity(store.index.get('zyrtal')![0]! >> 8); // -> { id: 'place:xx:zyrtal', name: 'Zyrtal', type: 'PLACE' }
 * ```
 */
export class BuiltinStore {
  /** Number of entries in all files. */
  readonly size: number;
  /** First-word index of the entity forms. */
  readonly index: FirstWordIndex;
  private readonly entities = new Map<number, GazetteerEntry>();
  /** First row offset and category of each entity file, in order. */
  private readonly entityFiles: Array<readonly [number, Category]> = [];
  /** Ids of the entries decoded so far (texts ask about those), then of all (on a miss). */
  private readonly ids = new Map<string, number>();
  private allIds = false;
  private titleEntries: GazetteerEntry[] | null = null;
  private readonly titleIds = new Map<string, GazetteerEntry>();
  private lexiconFiles: LexiconFile[] | null = null;
  private all: BuiltinData | null = null;

  constructor(private readonly source: BuiltinSource) {
    this.index = new FirstWordIndex(source.index, source.table, source.refs);
    let size = 0;
    for (const [category, count, first] of source.files) {
      size += count;
      if (first >= 0) this.entityFiles.push([first, category]);
    }
    this.size = size;
  }

  /** Category of the entity whose row starts at `offset`. */
  private categoryAt(offset: number): Category {
    // Binary search over the entity files' first rows (in increasing order).
    const starts = this.entityFiles;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]![0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]![1];
  }

  /** The entity whose row starts at `offset` (from an index reference), decoded once. */
  entity(offset: number): GazetteerEntry {
    let entry = this.entities.get(offset);
    if (entry === undefined) {
      let end = this.source.rows.indexOf(ROW_END, offset);
      if (end < 0) end = this.source.rows.length;
      entry = toEntry(this.categoryAt(offset), JSON.parse(this.source.rows.slice(offset, end)) as Row);
      this.entities.set(offset, entry);
      this.ids.set(entry.id, offset);
    }
    return entry;
  }

  /** The entry with this id, or undefined. */
  byId(id: string): GazetteerEntry | undefined {
    let offset = this.ids.get(id);
    if (offset === undefined) {
      this.titles();
      const title = this.titleIds.get(id);
      if (title !== undefined) return title;
      if (this.allIds) return undefined;
      // An id no text has named yet (a user rule's, say): index them all, once.
      this.allIds = true;
      const rows = this.source.rows;
      for (let at = 0; at < rows.length;) {
        let end = rows.indexOf(ROW_END, at);
        if (end < 0) end = rows.length;
        // A row starts with its id as a JSON string: `["<id>",…`.
        const local = JSON.parse(rows.slice(at + 1, rows.indexOf('",', at + 2) + 1)) as string;
        this.ids.set(`${this.categoryAt(at)}:${local}`, at);
        at = end + 1;
      }
      offset = this.ids.get(id);
    }
    return offset === undefined ? undefined : this.entity(offset);
  }

  /** The TITLE entries of all files, in order. */
  titles(): readonly GazetteerEntry[] {
    if (this.titleEntries === null) {
      const rows = JSON.parse(this.source.titles) as Row[];
      this.titleEntries = rows.map((row) => toEntry('title', row));
      for (const entry of this.titleEntries) this.titleIds.set(entry.id, entry);
    }
    return this.titleEntries;
  }

  /** The built-in word lists. */
  lexicons(): readonly LexiconFile[] {
    this.lexiconFiles ??= (JSON.parse(this.source.lexicons) as Array<[string, string[]]>).map(([name, words]): LexiconFile => ({ category: 'lexicon', name, words }));
    return this.lexiconFiles;
  }

  /** Every file, every entry decoded, in order. */
  files(): GazetteerFile[] {
    const titles = this.titles();
    let title = 0;
    let at = 0;
    return this.source.files.map(([category, count]) => {
      const entries: GazetteerEntry[] = [];
      for (let i = 0; i < count; i++) {
        if (category === 'title') { entries.push(titles[title++]!); continue; }
        entries.push(this.entity(at));
        at = this.source.rows.indexOf(ROW_END, at) + 1 || this.source.rows.length + 1;
      }
      return { category, entries };
    });
  }

  /** Everything as plain files; the gazetteers are decoded in full when first read. */
  get data(): BuiltinData {
    if (this.all === null) {
      let gazetteers: GazetteerFile[] | null = null;
      const files = (): GazetteerFile[] => this.files();
      this.all = {
        get gazetteers() { return (gazetteers ??= files()); },
        set gazetteers(value) { gazetteers = value; },
        lexicons: this.lexicons() as LexiconFile[],
      };
    }
    return this.all;
  }
}
