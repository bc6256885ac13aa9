/**
 * Compiles gazetteer files into one token trie per extractor, and matches it against a
 * document in one pass. Case is checked on the caller's spelling: a capitalized alias
 * needs a capitalized (or all-caps) word, an acronym needs capitals (`PBB`, not `pbb`).
 */
import type { EntityType, GazetteerEntry, GazetteerFile, ResolvedCandidate } from '../types.js';
import { PhraseTrie, type PhraseIndex, type TrieBranch } from '../text/phrase-trie.js';
import { Shape, type Tokens } from '../text/tokenize.js';

/** Priority of gazetteer candidates: full names beat rules of equal length. */
export const GAZETTEER_PRIORITY = 20;
/** Short (second-mention) forms. */
export const SHORT_PRIORITY = 15;
/** Ambiguous entries: lose every tie. */
export const AMBIGUOUS_PRIORITY = 1;

/** What one stored alias points to. */
export interface AliasTarget {
  entry: GazetteerEntry;
  /** `short` form: needs a full mention earlier in the document. */
  short: boolean;
  /** Required shape of the first token and of interior acronyms. */
  shapes: readonly Shape[];
  /** `gazetteer:<id>`, built once. */
  source: string;
  /** The entry is flagged ambiguous or common-word. */
  ambiguous: boolean;
  commonWord: boolean;
}

/** Slot of the first short form in an index reference (`ref & 0xff`); aliases take 1…127. */
export const SHORT_SLOT = 128;

/**
 * The built-in gazetteer, decoded on demand (see `BuiltinStore` in src/data/decode.ts): its
 * files come before the user's files.
 */
export interface BuiltinGazetteer {
  /** First token key of every entity form → references `rowOffset << 8 | slot` (slot 0 = name, 1…127 = aliases, 128… = short forms). */
  readonly index: PhraseIndex;
  /** The entity of a reference's `rowOffset`: the same object on every call. */
  entity(rowOffset: number): GazetteerEntry;
  /** The entry with this id, or undefined. */
  byId(id: string): GazetteerEntry | undefined;
  /** The TITLE entries, in file order. */
  titles(): readonly GazetteerEntry[];
  /** Every file, every entry decoded. */
  files(): readonly GazetteerFile[];
}

/** Entries by id (a later file's entry overrides an earlier one; disabled entries are gone). */
export interface EntryTable {
  get(id: string): GazetteerEntry | undefined;
  has(id: string): boolean;
  readonly size: number;
}

/** A compiled gazetteer: entries by id, and the alias trie. */
export interface CompiledGazetteer {
  readonly entries: EntryTable;
  readonly trie: PhraseTrie<AliasTarget>;
  readonly titles: PhraseTrie<GazetteerEntry>;
}

/**
 * Compiles the built-in gazetteer (if given) followed by the user's files: a later entry
 * with the same id overrides an earlier one; the flag `disabled` removes it. Built-in
 * entities are filed under their first words (made by codegen) and decoded only when a
 * text contains one.
 *
 * @example
 * ```ts
 * const g = compileGazetteers([{ category: 'place', entries: [{ id: 'place:xx:zyrtal', name: 'Zyrtal', type: 'PLACE' }] }]);
 * g.entries.size; // -> 1
 * ```
 */
export function compileGazetteers(files: readonly GazetteerFile[], builtin?: BuiltinGazetteer): CompiledGazetteer {
  // The user's entries by id (the last one wins); null: disabled.
  const own = new Map<string, GazetteerEntry | null>();
  for (const file of files) for (const entry of file.entries) own.set(entry.id, entry.flags?.includes('disabled') ? null : entry);
  const entries: EntryTable = {
    get(id) {
      const mine = own.get(id);
      if (mine !== undefined) return mine ?? undefined;
      const entry = builtin?.byId(id);
      return entry === undefined || entry.flags?.includes('disabled') ? undefined : entry;
    },
    has(id) {
      return this.get(id) !== undefined;
    },
    get size() {
      let n = 0;
      for (const entry of own.values()) if (entry !== null) n++;
      for (const file of builtin?.files() ?? []) {
        for (const entry of file.entries) if (!own.has(entry.id) && !entry.flags?.includes('disabled')) n++;
      }
      return n;
    },
  };
  // Is this entry the one its id stands for (not overridden by a later file, not disabled)?
  const current = (entry: GazetteerEntry): boolean => {
    const mine = own.get(entry.id);
    return mine === undefined ? !entry.flags?.includes('disabled') : mine === entry;
  };
  // An entry's forms that fold alike (`Tô Lâm`, `To Lam`) are stored once.
  const trie = new PhraseTrie<AliasTarget>((a, b) => a.entry === b.entry && a.short === b.short);
  const titles = new PhraseTrie<GazetteerEntry>((a, b) => a === b);
  const targetMaker = (entry: GazetteerEntry, short: boolean, form?: string) => {
    const flags = entry.flags ?? [];
    const ambiguous = flags.includes('ambiguous') || (form !== undefined && (entry.ambiguousAliases?.includes(form) ?? false));
    const commonWord = flags.includes('common-word');
    const source = `gazetteer:${entry.id}`;
    return (shapes: readonly Shape[]): AliasTarget => ({ entry, short, shapes, source, ambiguous, commonWord });
  };
  if (builtin) {
    // Built-in entities come with their first words indexed at build time: nothing to do now.
    trie.addIndexed(builtin.index, (ref) => {
      const entry = builtin.entity(ref >> 8);
      // Overridden or disabled by a user file: this built-in form no longer applies.
      if (!current(entry)) return null;
      const slot = ref & 0xff;
      const phrase = slot === 0 ? entry.name : slot < SHORT_SLOT ? entry.aliases![slot - 1]! : entry.short![slot - SHORT_SLOT]!;
      return { phrase, make: targetMaker(entry, slot >= SHORT_SLOT, phrase) };
    });
    // Titles are filed eagerly: the title trie is asked about many words that start none.
    for (const entry of builtin.titles()) {
      if (!current(entry)) continue;
      titles.add(entry.name, entry);
      for (const alias of entry.aliases ?? []) titles.add(alias, entry);
    }
  }
  for (const file of files) {
    for (const entry of file.entries) {
      if (own.get(entry.id) !== entry) continue; // overridden by a later entry, or disabled
      if (entry.type === 'TITLE') {
        titles.add(entry.name, entry);
        for (const alias of entry.aliases ?? []) titles.add(alias, entry);
        continue;
      }
      const full = targetMaker(entry, false);
      trie.addWith(entry.name, full);
      for (const alias of entry.aliases ?? []) trie.addWith(alias, entry.ambiguousAliases?.includes(alias) ? targetMaker(entry, false, alias) : full);
      if (entry.short) {
        const short = targetMaker(entry, true);
        for (const form of entry.short) trie.addWith(form, short);
      }
    }
  }
  return { entries, trie, titles };
}

function shapeFits(required: Shape, actual: number, first: boolean, letters: number): boolean {
  if (required === Shape.Upper && letters >= 2) return actual === Shape.Upper;
  if (!first) return true;
  if (required === Shape.Capitalized || required === Shape.Upper) return actual === Shape.Capitalized || actual === Shape.Upper;
  return true;
}

/** True when the token before `index` ends a sentence (or there is none). @internal */
export function isSentenceStart(text: string, tokens: Tokens, index: number): boolean {
  let j = index - 1;
  // Opening quotes and brackets do not end a sentence; look past them.
  while (j >= 0 && /^["“‘'(\[]$/.test(tokens.keys[j]!)) j--;
  if (j < 0) return true;
  const key = tokens.keys[j]!;
  if (key === '.' || key === '!' || key === '?' || key === ':' || key === '•') return true;
  const between = text.slice(tokens.ends[j]!, tokens.starts[j + 1]!);
  return between.includes('\n');
}

/**
 * Finds every alias occurrence in the document. Candidates carry `source: gazetteer:<id>`;
 * short forms and ambiguous entries carry a flag for the refiners that decide them.
 * `branches`, when given, holds each token's `trie.branch(key)` (looked up by the caller).
 * @internal
 */
export function matchGazetteer(gazetteer: CompiledGazetteer, text: string, tokens: Tokens, branches?: ReadonlyArray<TrieBranch<AliasTarget> | null>): ResolvedCandidate[] {
  const out: ResolvedCandidate[] = [];
  const { trie } = gazetteer;
  // End offset of the first full mention of each entry seen so far (document order): a short
  // form is proposed only after one, so `Kim` does not wake up every Kim in the lists.
  const namedBefore = new Map<string, number>();
  // A text in lower case only (a transcript, a lower-cased corpus) carries no case evidence:
  // match full names regardless of case, but never the short, ambiguous or common-word forms.
  let caseless = true;
  for (let i = 0; i < tokens.count && caseless; i++) if (tokens.shapes[i] === Shape.Capitalized || tokens.shapes[i] === Shape.Upper) caseless = false;
  // The token being matched from (one callback for the whole document).
  let i = 0;
  const onMatch = (last: number, target: AliasTarget): void => {
      if (target.short) {
        const namedEnd = namedBefore.get(target.entry.id);
        if (namedEnd === undefined || namedEnd > tokens.starts[i]!) return;
      }
      if (caseless && (target.short || target.ambiguous || target.commonWord || last === i && tokens.ends[i]! - tokens.starts[i]! < 4)) return;
      // Check case on every token that the alias spells with capitals.
      let t = i;
      let fits = true;
      for (let k = 0; k < target.shapes.length && t <= last && !caseless; k++, t++) {
        while (tokens.hyphen[t] && t < last) t++;
        const letters = tokens.ends[t]! - tokens.starts[t]!;
        if (!shapeFits(target.shapes[k]!, tokens.shapes[t]!, k === 0, letters)) {
          fits = false;
          break;
        }
      }
      if (!fits) return;
      if (target.commonWord && isSentenceStart(text, tokens, i) && tokens.shapes[i] !== Shape.Upper) return;
      const start = tokens.starts[i]!;
      const end = tokens.ends[last]!;
      if (!target.short && !target.ambiguous && !namedBefore.has(target.entry.id)) namedBefore.set(target.entry.id, end);
      const flags = target.short ? (target.ambiguous ? ['short', 'ambiguous'] : ['short']) : target.ambiguous ? ['ambiguous'] : undefined;
      // Same property order as rule candidates: one object shape through the refiners.
      out.push({
        start, end, type: target.entry.type as EntityType, text: text.slice(start, end),
        source: target.source,
        priority: target.ambiguous ? AMBIGUOUS_PRIORITY : target.short ? SHORT_PRIORITY : GAZETTEER_PRIORITY,
        id: target.entry.id, value: undefined, flags,
      });
  };
  for (i = 0; i < tokens.count; i++) {
    if (branches) {
      const branch = branches[i];
      if (branch) trie.matchFrom(branch, tokens, i, onMatch);
    } else if (trie.starts(tokens.keys[i]!)) {
      trie.matchAt(tokens, i, onMatch);
    }
  }
  return out;
}
