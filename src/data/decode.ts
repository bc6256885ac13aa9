/**
 * Decodes the compact built-in data written by `scripts/codegen.ts`, piecemeal: an entry is
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

const CATEGORY_TYPE: Record<Category, GazetteerType> = { person: 'PERSON', org: 'ORG', place: 'PLACE', title: 'TITLE' };

type Row = [string, string, (string[] | 0)?, (string[] | 0)?, (string[] | 0)?, (GazetteerEntry['nameOrder'] | 0)?, (GazetteerEntry['kind'] | 0)?, (string[] | 0)?];

/**
 * First token key → references to entity forms (`entryIndex << 8 | slot`; slot 0 = name,
 * 1…127 = aliases, 128… = short forms). References are decoded per word on request.
 */
export class FirstWordIndex {
  private readonly lines = new Map<string, string>();

  /**
   * @param text One line per word: `word<TAB>refs`, references in base 36 separated by spaces.
   * @param refs Number of references in all.
   */
  constructor(text: string, readonly refs: number) {
    let from = 0;
    while (from < text.length) {
      let end = text.indexOf('\n', from);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', from);
      this.lines.set(text.slice(from, tab), text.slice(tab + 1, end));
      from = end + 1;
    }
  }

  /** True when some form starts with this word. */
  has(first: string): boolean {
    return this.lines.has(first);
  }

  /** The references filed under a word, in entry order. */
  get(first: string): number[] | undefined {
    const line = this.lines.get(first);
    if (line === undefined) return undefined;
    return line.split(' ').map((r) => parseInt(r, 36));
  }
}

/**
 * The built-in gazetteers and word lists, decoded on demand. An entry is always the same
 * object (tries compare entries by identity).
 *
 * @example
 * ```ts
 * const store = new BuiltinStore([['place', 1]], '["xx:zyrtal","Zyrtal"]', 'zyrtal\t0', '[]');
 * store.entry(0); // -> { id: 'place:xx:zyrtal', name: 'Zyrtal', type: 'PLACE' }
 * store.index.get('zyrtal'); // -> [0]
 * ```
 */
export class BuiltinStore {
  /** Number of entries in all files. */
  readonly size: number;
  private readonly categories: Category[] = [];
  /** Index of the first entry of each file, and the total at the end. */
  private readonly fileStarts: number[] = [0];
  private readonly entries: Array<GazetteerEntry | undefined>;
  private rowStarts: Int32Array | null = null;
  private firstWords: FirstWordIndex | null = null;
  private lexiconFiles: LexiconFile[] | null = null;
  private titleEntries: GazetteerEntry[] | null = null;
  /** Ids of the entries decoded so far (texts ask about those), then of all (on a miss). */
  private readonly ids = new Map<string, number>();
  private allIds = false;
  private all: BuiltinData | null = null;

  constructor(
    files: ReadonlyArray<readonly [Category, number]>,
    private readonly rows: string,
    private readonly indexText: string,
    private readonly lexiconJson: string,
  ) {
    let total = 0;
    for (const [category, count] of files) {
      this.categories.push(category);
      total += count;
      this.fileStarts.push(total);
    }
    this.size = total;
    this.entries = new Array<GazetteerEntry | undefined>(total);
  }

  /** First word index of the entity forms (titles are not indexed). */
  get index(): FirstWordIndex {
    if (this.firstWords === null) {
      let refs = 0;
      // One reference per space or line, plus the last one.
      for (let i = 0; i < this.indexText.length; i++) {
        const c = this.indexText.charCodeAt(i);
        if (c === 32 || c === 10) refs++;
      }
      this.firstWords = new FirstWordIndex(this.indexText, this.indexText.length > 0 ? refs + 1 : 0);
    }
    return this.firstWords;
  }

  private fileOf(entryIndex: number): number {
    let lo = 0;
    let hi = this.categories.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.fileStarts[mid]! <= entryIndex) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private row(entryIndex: number): string {
    if (this.rowStarts === null) {
      const starts = new Int32Array(this.size + 1);
      let at = 0;
      for (let i = 0; i < this.size; i++) {
        starts[i] = at;
        const nl = this.rows.indexOf('\n', at);
        at = nl < 0 ? this.rows.length + 1 : nl + 1;
      }
      starts[this.size] = this.rows.length + 1;
      this.rowStarts = starts;
    }
    return this.rows.slice(this.rowStarts[entryIndex]!, this.rowStarts[entryIndex + 1]! - 1);
  }

  /** Entry number `entryIndex` (over all files in order), decoded once. */
  entry(entryIndex: number): GazetteerEntry {
    let entry = this.entries[entryIndex];
    if (entry === undefined) {
      const category = this.categories[this.fileOf(entryIndex)]!;
      const [id, name, aliases, short, flags, nameOrder, kind, ambiguousAliases] = JSON.parse(this.row(entryIndex)) as Row;
      entry = { id: `${category}:${id}`, name, type: CATEGORY_TYPE[category] };
      if (aliases) entry.aliases = aliases;
      if (short) entry.short = short;
      if (flags) entry.flags = flags;
      if (nameOrder) entry.nameOrder = nameOrder;
      if (kind) entry.kind = kind;
      if (ambiguousAliases) entry.ambiguousAliases = ambiguousAliases;
      this.entries[entryIndex] = entry;
      this.ids.set(entry.id, entryIndex);
    }
    return entry;
  }

  /** The entry with this id, or undefined. */
  byId(id: string): GazetteerEntry | undefined {
    let index = this.ids.get(id);
    if (index === undefined && !this.allIds) {
      this.allIds = true;
      let file = 0;
      for (let i = 0; i < this.size; i++) {
        while (this.fileStarts[file + 1]! <= i) file++;
        if (this.entries[i] !== undefined) continue;
        const row = this.row(i);
        // A row starts with its id as a JSON string: `["<id>",…`.
        const local = JSON.parse(row.slice(1, row.indexOf('",', 2) + 1)) as string;
        this.ids.set(`${this.categories[file]}:${local}`, i);
      }
      index = this.ids.get(id);
    }
    return index === undefined ? undefined : this.entry(index);
  }

  /** The TITLE entries of all files, in order. */
  titles(): readonly GazetteerEntry[] {
    if (this.titleEntries === null) {
      this.titleEntries = [];
      this.categories.forEach((category, file) => {
        if (category !== 'title') return;
        for (let i = this.fileStarts[file]!; i < this.fileStarts[file + 1]!; i++) this.titleEntries!.push(this.entry(i));
      });
    }
    return this.titleEntries;
  }

  /** The built-in word lists. */
  lexicons(): readonly LexiconFile[] {
    this.lexiconFiles ??= (JSON.parse(this.lexiconJson) as Array<[string, string[]]>).map(([name, words]): LexiconFile => ({ category: 'lexicon', name, words }));
    return this.lexiconFiles;
  }

  /** Everything as plain files; the gazetteers are decoded in full when first read. */
  get data(): BuiltinData {
    if (this.all === null) {
      let gazetteers: GazetteerFile[] | null = null;
      const lexicons = this.lexicons() as LexiconFile[];
      const files = (): GazetteerFile[] => this.categories.map((category, file) => {
        const entries: GazetteerEntry[] = [];
        for (let i = this.fileStarts[file]!; i < this.fileStarts[file + 1]!; i++) entries.push(this.entry(i));
        return { category, entries };
      });
      this.all = {
        get gazetteers() { return (gazetteers ??= files()); },
        lexicons,
      };
    }
    return this.all;
  }
}
