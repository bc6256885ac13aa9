/**
 * `createExtractor` compiles gazetteers, lexicons and rules once; `extract` runs the
 * pipeline of `pipeline.ts` on a document.
 */
import type {
  CalendarDate, Entity, EntityType, Explanation, ExtractOptions, Extractor, ExtractorOptions,
  GazetteerEntry, LexiconFile, Removal, ResolvedCandidate, Rule, RuleContext,
} from './types.js';
import { ENTITY_TYPES } from './types.js';
import { compileGazetteers, matchGazetteer, type AliasTarget } from './gazetteer/compile.js';
import { validateGazetteer, validateLexicon, WartaInputError } from './gazetteer/validate.js';
import { compileRules, runRules, type TriggerTarget } from './rules/run.js';
import { isRule } from './rules/define.js';
import { phraseKeys, tokenize, type Tokens } from './text/tokenize.js';
import { REFINERS } from './pipeline.js';
import { PhraseTrie, type TrieBranch } from './text/phrase-trie.js';
import { overlapRefiner } from './refiners/overlap.js';
import type { DocumentState } from './refiners/refiner.js';
import { builtinStore } from './data/builtins.generated.js';
import { BUILTIN_RULES } from './rules/builtin/index.js';

/** The phrases a word starts: its branches of the gazetteer trie and of the rule triggers. */
interface FirstWord {
  gazetteer: TrieBranch<AliasTarget> | null;
  trigger: TrieBranch<TriggerTarget> | null;
}

/** Each token's branches, as two arrays. */
interface FirstWords {
  gazetteer: Array<TrieBranch<AliasTarget> | null>;
  trigger: Array<TrieBranch<TriggerTarget> | null>;
}

/** One bit per entity type, for type sets kept as numbers. */
const TYPE_BIT: Record<EntityType, number> = { PERSON: 1, ORG: 2, PLACE: 4, DATE: 8 };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * Parses the `published` option: `YYYY-MM-DD` (a longer ISO timestamp is cut to its date),
 * a `Date`, or null. Throws a `RangeError` naming the bad value.
 *
 * @example
 * ```ts
 * parsePublished('2026-01-26'); // -> { year: 2026, month: 1, day: 26 }
 * parsePublished(null); // -> null
 * ```
 */
export function parsePublished(value: ExtractOptions['published']): CalendarDate | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('warta: "published" is an invalid Date');
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    if (m) {
      const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
      const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
      if (check.getUTCMonth() + 1 === date.month && check.getUTCDate() === date.day) return date;
    }
  }
  throw new RangeError(`warta: "published" must be a YYYY-MM-DD date, a Date or null, found ${JSON.stringify(value)}`);
}

// Plain ASCII words separated by single spaces: folding is lower-casing (as in `phraseTokens`).
const SIMPLE_PHRASE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** `phraseKeys(phrase).join(' ')`, with a builtin for the common plain phrase (cheap in a fresh process). */
function foldedPhrase(phrase: string): string {
  return SIMPLE_PHRASE.test(phrase) ? phrase.toLowerCase() : phraseKeys(phrase).join(' ');
}

/**
 * Word lists by name (lexicon files, plus the titles gazetteer as `titles` and
 * `titles-<kind>`). Folded sets and phrase tries are built per list on first use.
 */
function lexiconIndex(lexicons: readonly LexiconFile[], titleEntries: Iterable<GazetteerEntry>) {
  const phrases = new Map<string, string[]>();
  const add = (name: string, word: string): void => {
    let list = phrases.get(name);
    if (!list) { list = []; phrases.set(name, list); }
    list.push(word);
  };
  for (const lex of lexicons) for (const w of lex.words) add(lex.name, w);
  // Titles double as a lexicon so rules can trigger on them.
  for (const e of titleEntries) {
    if (e.type !== 'TITLE' || e.flags?.includes('disabled')) continue;
    add('titles', e.name);
    add(`titles-${e.kind ?? 'title'}`, e.name);
    for (const form of e.aliases ?? []) {
      add('titles', form);
      add(`titles-${e.kind ?? 'title'}`, form);
    }
  }
  const foldedSets = new Map<string, Set<string> | null>();
  const tries = new Map<string, PhraseTrie<true> | null>();
  return {
    phrases,
    /** Folded phrases of a list (`kim jong un`), or null for an unknown list. */
    folded(name: string): Set<string> | null {
      let set = foldedSets.get(name);
      if (set === undefined) {
        const words = phrases.get(name);
        set = words ? new Set(words.map(foldedPhrase)) : null;
        foldedSets.set(name, set);
      }
      return set;
    },
    /** A phrase trie of a list, or null for an unknown list. */
    trie(name: string): PhraseTrie<true> | null {
      let trie = tries.get(name);
      if (trie === undefined) {
        const words = phrases.get(name);
        if (words) {
          trie = new PhraseTrie<true>(() => true);
          for (const w of words) trie.add(w, true);
        } else {
          trie = null;
        }
        tries.set(name, trie);
      }
      return trie;
    },
  };
}


/**
 * Compiles an extractor: validates and indexes gazetteers and lexicons, compiles rules.
 * Invalid input throws an error naming the rule or entry and the field.
 *
 * @example
 * ```ts
 * import { createExtractor, defineRule } from 'warta';
 * const ner = createExtractor({
 *   gazetteers: [{ category: 'place', entries: [{ id: 'place:xx:zyrtal', name: 'Zyrtal', type: 'PLACE' }] }],
 *   types: ['PLACE'],
 * });
 * ner.extract('Delegasi tiba di Zyrtal.'); // -> [{ start: 17, end: 23, text: 'Zyrtal', type: 'PLACE', source: 'gazetteer:place:xx:zyrtal', id: 'place:xx:zyrtal' }]
 * ```
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  if (typeof options !== 'object' || options === null) throw new TypeError('warta: createExtractor expects an options object');
  const builtins = options.builtins ?? true;
  const userGazetteers = (options.gazetteers ?? []).map((g, i) => validateGazetteer(g, `gazetteers[${i}]`));
  const userLexicons = (options.lexicons ?? []).map((l, i) => validateLexicon(l, `lexicons[${i}]`));
  (options.rules ?? []).forEach((r, i) => {
    if (!isRule(r)) throw new WartaInputError(`warta: rules[${i}] was not made by defineRule (found ${JSON.stringify((r as { id?: unknown })?.id ?? r)})`);
  });
  const types = new Set<EntityType>(options.types ?? ENTITY_TYPES);
  for (const t of types) if (!ENTITY_TYPES.includes(t)) throw new WartaInputError(`warta: "types" must list ${ENTITY_TYPES.join(', ')}, found ${JSON.stringify(t)}`);

  // The built-in data is decoded piecemeal: only the titles and word lists now.
  const store = builtins ? builtinStore() : undefined;
  const lexiconFiles = store ? [...store.lexicons(), ...userLexicons] : userLexicons;
  const rules: readonly Rule[] = builtins ? [...BUILTIN_RULES, ...(options.rules ?? [])] : [...(options.rules ?? [])];

  const gazetteer = compileGazetteers(userGazetteers, store);
  const userTitles = userGazetteers.flatMap((file) => file.entries.filter((e) => e.type === 'TITLE'));
  const lexicon = lexiconIndex(lexiconFiles, store ? [...store.titles(), ...userTitles] : userTitles);
  const compiledRules = compileRules(rules, (name) => lexicon.phrases.get(name));
  // One look-up per token gives both matchers the phrases it starts (their trie branches);
  // answers are cached per word (bounded), so a text's vocabulary is asked of the tries once.
  const firstWords = new Map<string, FirstWord>();
  const oneCharWords = new Array<FirstWord | undefined>(0x100).fill(undefined);
  const firstWordsOf = (tokens: Tokens): FirstWords => {
    const gazetteerBranches = new Array<TrieBranch<AliasTarget> | null>(tokens.count);
    const triggerBranches = new Array<TrieBranch<TriggerTarget> | null>(tokens.count);
    for (let i = 0; i < tokens.count; i++) {
      const key = tokens.keys[i]!;
      // Punctuation (one Latin-1 character): an array, not the map.
      const code = key.length === 1 ? key.charCodeAt(0) : 0x100;
      let word = code < 0x100 ? oneCharWords[code] : firstWords.get(key);
      if (word === undefined) {
        word = { gazetteer: gazetteer.trie.branch(key), trigger: compiledRules.triggers.branch(key) };
        if (code < 0x100) oneCharWords[code] = word;
        else {
          if (firstWords.size >= 200_000) firstWords.clear();
          firstWords.set(key, word);
        }
      }
      gazetteerBranches[i] = word.gazetteer;
      triggerBranches[i] = word.trigger;
    }
    return { gazetteer: gazetteerBranches, trigger: triggerBranches };
  };
  // Rules ask about the same words again and again: remember their folded keys.
  const foldedKeys = new Map<string, string>();
  const phraseKey = (word: string): string => {
    let key = foldedKeys.get(word);
    if (key === undefined) {
      key = phraseKeys(word).join(' ');
      if (foldedKeys.size > 50_000) foldedKeys.clear();
      foldedKeys.set(word, key);
    }
    return key;
  };
  const inLexicon = (list: string, word: string): boolean => lexicon.folded(list)?.has(phraseKey(word)) ?? false;

  function contextFor(text: string, published: CalendarDate | null, tokens: Tokens, gazetteerCandidates: readonly ResolvedCandidate[]): Omit<RuleContext, 'trigger'> {
    // Rules ask about the same offsets again and again: answer from per-document tables,
    // built on first use. Token index by start offset (-1: no token starts there).
    let tokenAtOffset: Int32Array | null = null;
    const tokenIndex = (offset: number): number => {
      if (tokenAtOffset === null) {
        tokenAtOffset = new Int32Array(text.length + 1).fill(-1);
        for (let i = 0; i < tokens.count; i++) tokenAtOffset[tokens.starts[i]!] = i;
      }
      return offset >= 0 && offset <= text.length ? tokenAtOffset[offset]! : -1;
    };
    // Known names by start token (gazetteer names start where tokens start): the longest full
    // (not short-form) candidate, and a bit per type.
    let known: Array<{ longest: ResolvedCandidate; types: number } | undefined> | null = null;
    const knownAt = (offset: number) => {
      if (known === null) {
        known = new Array<{ longest: ResolvedCandidate; types: number } | undefined>(tokens.count).fill(undefined);
        for (const c of gazetteerCandidates) {
          if (c.flags?.includes('short')) continue;
          const index = tokenIndex(c.start);
          const entry = known[index];
          const bit = TYPE_BIT[c.type];
          if (entry === undefined) known[index] = { longest: c, types: bit };
          else {
            entry.types |= bit;
            const l = entry.longest;
            if (c.end > l.end || (c.end === l.end && c.priority > l.priority)) entry.longest = c;
          }
        }
      }
      const index = tokenIndex(offset);
      return index >= 0 ? known[index] : undefined;
    };
    return {
      text,
      published,
      isTitle: (phrase: string) => inLexicon('titles', phrase),
      titleAt: (offset: number): number => {
        const index = tokenIndex(offset);
        if (index < 0) return 0;
        const last = gazetteer.titles.longestAt(tokens, index);
        return last < 0 ? 0 : tokens.ends[last]! - offset;
      },
      lexiconAt: (list: string, offset: number): number => {
        const trie = lexicon.trie(list);
        if (trie === null) throw new WartaInputError(`warta: lexiconAt: unknown word list ${JSON.stringify(list)}`);
        const index = tokenIndex(offset);
        if (index < 0 || !trie.starts(tokens.keys[index]!)) return 0;
        const last = trie.longestAt(tokens, index);
        return last < 0 ? 0 : tokens.ends[last]! - offset;
      },
      gazetteerAt: (offset: number) => knownAt(offset)?.longest,
      isKnown: (offset: number, type?: EntityType) => {
        const entry = knownAt(offset);
        return entry !== undefined && (type === undefined || (entry.types & TYPE_BIT[type]) !== 0);
      },
      inLexicon,
    };
  }

  function run(text: string, extractOptions: ExtractOptions | undefined, explaining: boolean): Explanation {
    if (typeof text !== 'string') throw new TypeError(`warta: extract expects a string, found ${text === null ? 'null' : typeof text}`);
    const published = parsePublished(extractOptions?.published);
    const tokens = tokenize(text);
    const removed: Removal[] = [];
    const branches = firstWordsOf(tokens);

    const gazetteerCandidates = matchGazetteer(gazetteer, text, tokens, branches.gazetteer);
    const baseContext = contextFor(text, published, tokens, gazetteerCandidates);
    const ruleCandidates = runRules(compiledRules, text, tokens, baseContext, branches.trigger);

    const doc: DocumentState = { text, tokens, published, gazetteer, inLexicon };
    let candidates = [...gazetteerCandidates, ...ruleCandidates];
    for (const refiner of REFINERS) {
      candidates = refiner.refine(candidates, doc, explaining
        ? (candidate, reason) => removed.push({ candidate, refiner: refiner.name, reason: typeof reason === 'string' ? reason : reason() })
        : () => {});
    }
    const entities: Entity[] = [];
    for (const c of candidates.sort((a, b) => a.start - b.start)) {
      if (!types.has(c.type)) {
        if (explaining) removed.push({ candidate: c, refiner: 'types', reason: `type ${c.type} not requested` });
        continue;
      }
      const entity: Entity = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, source: c.source };
      if (c.id !== undefined) entity.id = c.id;
      if (c.value !== undefined) entity.value = c.value;
      const flags = c.flags?.filter((f) => f !== 'short' && f !== 'ambiguous');
      if (flags?.length) entity.flags = flags;
      entities.push(entity);
    }
    return { entities, removed };
  }

  const extractor: Extractor = {
    extract: (text, extractOptions) => run(text, extractOptions, false).entities,
    explain: (text, extractOptions) => run(text, extractOptions, true),
    rules,
  };
  // For `warta/testing`: one rule's own candidates, with this extractor's lexicon as context.
  singleRuleRunners.set(extractor, (rule, text, extractOptions) => {
    const published = parsePublished(extractOptions?.published);
    const tokens = tokenize(text);
    const own = compileRules([rule], (name) => lexicon.phrases.get(name));
    const gazetteerCandidates = matchGazetteer(gazetteer, text, tokens);
    const ctx = contextFor(text, published, tokens, gazetteerCandidates);
    const candidates = runRules(own, text, tokens, ctx);
    const doc: DocumentState = { text, tokens, published, gazetteer, inLexicon };
    return overlapRefiner.refine(candidates, doc, () => {});
  });
  return extractor;
}

/** @internal Runs one rule alone (used by `warta/testing`). */
export const singleRuleRunners = new WeakMap<Extractor, (rule: Rule, text: string, options?: ExtractOptions) => ResolvedCandidate[]>();

let defaultExtractor: Extractor | undefined;

/**
 * Extracts entities with the default extractor (built-in gazetteers and rules), compiled on
 * first use.
 *
 * @example
 * ```ts
 * import { extract } from 'warta';
 * extract('Presiden Rusia Vladimir Putin menerima Sekjen To Lam di Moskow.', { published: '2025-05-10' });
 * // -> PLACE 'Rusia', PERSON 'Vladimir Putin', PERSON 'To Lam', PLACE 'Moskow'
 * ```
 */
export function extract(text: string, options?: ExtractOptions): Entity[] {
  if (typeof text !== 'string') throw new TypeError(`warta: extract expects a string, found ${text === null ? 'null' : typeof text}`);
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, options);
}

/**
 * Like `extract`, plus every candidate a refiner removed and why.
 *
 * @example
 * ```ts
 * import { explain } from 'warta';
 * const { entities, removed } = explain('Kota Ho Chi Minh');
 * // removed -> [{ refiner: 'overlap', reason: 'overlaps … (longer)', candidate: { text: 'Ho Chi Minh', type: 'PERSON', … } }]
 * ```
 */
export function explain(text: string, options?: ExtractOptions): Explanation {
  if (typeof text !== 'string') throw new TypeError(`warta: explain expects a string, found ${text === null ? 'null' : typeof text}`);
  defaultExtractor ??= createExtractor();
  return defaultExtractor.explain(text, options);
}
