/**
 * Public types of warta. Everything a caller, a rule author or a gazetteer author touches.
 * @packageDocumentation
 */

/**
 * The four entity types warta returns.
 *
 * @example
 * ```ts
 * const wanted: EntityType[] = ['PERSON', 'ORG'];
 * ```
 */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'DATE';

/**
 * All entity types, in a fixed order (handy for tables and `types` options).
 *
 * @example
 * ```ts
 * ENTITY_TYPES.includes('DATE'); // -> true
 * ```
 */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'DATE'];

/**
 * One entity found in the caller's text.
 *
 * Offsets are UTF-16 code units into the exact string given to `extract` (`end` exclusive),
 * so `text === input.slice(start, end)` always holds.
 *
 * @example
 * ```ts
 * import { extract } from 'warta';
 * const [first] = extract('Presiden Rusia Vladimir Putin tiba di Hanoi.');
 * // first -> { start: 9, end: 14, text: 'Rusia', type: 'PLACE', source: 'gazetteer:place:country:ru', id: 'place:country:ru' }
 * ```
 */
export interface Entity {
  /** Start offset (UTF-16 code units), inclusive. */
  start: number;
  /** End offset (UTF-16 code units), exclusive. */
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
  type: EntityType;
  /**
   * Where the span came from: `rule:<rule id>`, `gazetteer:<entry id>`, or
   * `refiner:<refiner name>` for spans a refiner derived (second mentions, acronyms).
   */
  source: string;
  /** Gazetteer entry id of the entity, when known (also kept by derived spans). */
  id?: string;
  /** DATE only: TIMEX3-style value (`2026-01-26`, `2025-05`, `199X`, `2025-03-09/2025-03-11`). */
  value?: string;
  /** Notes on the span, e.g. `weekday-conflict` for a date whose weekday contradicts it. */
  flags?: string[];
}

/**
 * A span proposed by a matcher (gazetteer or rule) before refiners resolve overlaps.
 * Rule `extract` functions return these; `start`/`end` are offsets into the document.
 *
 * @example
 * ```ts
 * const candidate: Candidate = { start: 0, end: 5, type: 'PLACE', priority: 10 };
 * ```
 */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** Higher wins a tie between overlapping spans of equal length. Defaults to the rule's. */
  priority?: number;
  id?: string;
  value?: string;
  flags?: string[];
  /** Filled in by the pipeline: `rule:<id>`, `gazetteer:<id>`, `refiner:<name>`. */
  source?: string;
}

/**
 * A candidate with everything the pipeline filled in (what refiners and `explain` see).
 *
 * @example
 * ```ts
 * const c: ResolvedCandidate = { start: 0, end: 5, type: 'PLACE', text: 'Hanoi', source: 'gazetteer:place:subdiv:vn:ha-noi', priority: 20 };
 * ```
 */
export interface ResolvedCandidate extends Candidate {
  source: string;
  priority: number;
  text: string;
}

/**
 * A calendar date, month 1-12 (the parsed `published` option).
 *
 * @example
 * ```ts
 * const d: CalendarDate = { year: 2026, month: 1, day: 26 };
 * ```
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * What a rule's `extract` may ask of the document and the lexicon.
 *
 * @example
 * ```ts
 * defineRule({
 *   id: 'example-context',
 *   pattern: /Kota (?<name>\p{Lu}\p{L}+)/u,
 *   extract: (m, ctx) => ctx.isKnown(m.index + 5, 'PLACE') ? [] : [{ start: m.index, end: m.index + m[0].length, type: 'PLACE' }],
 * });
 * ```
 */
export interface RuleContext {
  /** The caller's text. */
  readonly text: string;
  /** The document's publication date, when given. */
  readonly published: CalendarDate | null;
  /** The trigger phrase that started this match (only for rules with `triggers`). */
  readonly trigger: { start: number; end: number } | null;
  /** True when the folded phrase (case, diacritics ignored) is a known title or honorific. */
  isTitle(phrase: string): boolean;
  /** Length of the title or honorific starting exactly at `offset`, or 0. */
  titleAt(offset: number): number;
  /**
   * Length of the longest phrase of the named word list starting at the token that starts
   * exactly at `offset` (case, diacritics and hyphens folded), or 0. Uses the document's
   * tokens: no re-folding of words. Throws for an unknown list.
   */
  lexiconAt(list: string, offset: number): number;
  /** The gazetteer candidate starting exactly at `offset`, if any (longest first). */
  gazetteerAt(offset: number): ResolvedCandidate | undefined;
  /** True when a gazetteer candidate of `type` (any type if omitted) starts at `offset`. */
  isKnown(offset: number, type?: EntityType): boolean;
  /** True when the folded word (lower case, no diacritics) is in the named word list. */
  inLexicon(list: string, word: string): boolean;
}

/**
 * Where a triggered rule's pattern is tried: the start of each trigger phrase, or the
 * position right after it.
 *
 * @example
 * ```ts
 * const anchor: TriggerAnchor = 'end';
 * ```
 */
export type TriggerAnchor = 'start' | 'end';

/**
 * The words or lexicon list whose occurrences start a rule's match.
 *
 * @example
 * ```ts
 * const t: RuleTriggers = { lexicon: 'titles', anchor: 'end' }; // try the pattern right after each title
 * ```
 */
export interface RuleTriggers {
  /** Literal words or phrases (matched case- and diacritic-insensitively, whole tokens). */
  words?: readonly string[];
  /** Name of a lexicon list (`titles`, or a file in `gazetteers/lexicon/`). */
  lexicon?: string;
  /** Where the pattern is tried. Default `start`. */
  anchor?: TriggerAnchor;
}

/**
 * A rule as written by a rule author, before `defineRule` validates it.
 *
 * @example
 * ```ts
 * const rule: RuleSpec = {
 *   id: 'kota-place',
 *   pattern: /Kota\s(?<place>\p{Lu}\p{L}+)/u,
 *   emit: { place: 'PLACE' },
 *   examples: ['Ia tiba di [[PLACE|Kota Zyrtal]].'],
 * };
 * ```
 */
export interface RuleSpec {
  /** Unique, kebab-case. Becomes `source: 'rule:<id>'`. */
  id: string;
  /**
   * The pattern. With `triggers`, it is tried (sticky) only at trigger positions; without,
   * it scans the whole text. Flags other than `i`, `m`, `s`, `u` are ignored.
   */
  pattern: RegExp;
  /** Named groups → entity types. The whole match is used when a group name is `$0`. */
  emit?: Readonly<Record<string, EntityType>>;
  /** For spans that need code (dates' value, context checks). Offsets are document offsets. */
  extract?: (match: RegExpExecArray, ctx: RuleContext) => Candidate[] | null | undefined;
  /** Where the pattern may start (fast path: no whole-text scan). */
  triggers?: RuleTriggers;
  /** Tie-breaker among overlapping spans of equal length. Default 0. */
  priority?: number;
  /** Inline markup (`[[TYPE|text]]`) the rule must produce exactly, for the types it emits. */
  examples?: readonly (string | RuleExample)[];
  /** Texts on which the rule must emit nothing. */
  counterexamples?: readonly (string | RuleExample)[];
  /** One line: what the rule is for. */
  description?: string;
}

/**
 * An example with a publication date (for rules whose output depends on it, like dates).
 *
 * @example
 * ```ts
 * const ex: RuleExample = { markup: 'Pada [[DATE|Senin (26/1)|2026-01-26]] ia tiba.', published: '2026-01-27' };
 * ```
 */
export interface RuleExample {
  markup: string;
  published?: string;
}

/**
 * A validated, frozen rule. Create with `defineRule`.
 *
 * @example
 * ```ts
 * const rule: Rule = defineRule({ id: 'kota-place', pattern: /Kota \p{Lu}\p{Ll}+/u, emit: { $0: 'PLACE' } });
 * ```
 */
export interface Rule extends Readonly<RuleSpec> {
  readonly priority: number;
  /** @internal brand set by defineRule */
  readonly __warta_rule: true;
}

/**
 * Gazetteer entity types, plus `TITLE` for the titles list (context only).
 *
 * @example
 * ```ts
 * const t: GazetteerType = 'TITLE';
 * ```
 */
export type GazetteerType = 'PERSON' | 'ORG' | 'PLACE' | 'TITLE';

/**
 * One office a person held (years; `to` omitted while in office).
 *
 * @example
 * ```ts
 * const o: Office = { role: 'Presiden Vietnam', from: 2024, to: 2024 };
 * ```
 */
export interface Office {
  role: string;
  from?: number;
  to?: number;
}

/**
 * One gazetteer entry. See `gazetteers/README.md` for the meaning of every field.
 *
 * @example
 * ```ts
 * const entry: GazetteerEntry = { id: 'person:xx:budi-sartono', name: 'Budi Sartono', type: 'PERSON', short: ['Budi'] };
 * ```
 */
export interface GazetteerEntry {
  id: string;
  name: string;
  type: GazetteerType;
  country?: string;
  aliases?: string[];
  /** Second-mention forms: match only after a full mention in the same document. */
  short?: string[];
  /** `ambiguous` (needs context), `common-word`, `disabled` (an override that removes the entry). */
  flags?: string[];
  /** Aliases that need context although the entry's other names do not (`MK` of `Mahkamah Konstitusi`). */
  ambiguousAliases?: string[];
  offices?: Office[];
  nameOrder?: 'given-first' | 'family-first' | 'vietnamese';
  /** Titles only: `title`, `honorific`, `role`. */
  kind?: 'title' | 'honorific' | 'role';
  wikidata?: string;
  note?: string;
}

/**
 * One gazetteer file: one category of entries.
 *
 * @example
 * ```ts
 * const file: GazetteerFile = { category: 'place', description: 'Invented towns for tests', entries: [
 *   { id: 'place:xx:zyrtal', name: 'Zyrtal', type: 'PLACE' },
 * ] };
 * ```
 */
export interface GazetteerFile {
  category: 'person' | 'org' | 'place' | 'title';
  description?: string;
  entries: GazetteerEntry[];
}

/**
 * A word list for rules (`gazetteers/lexicon/*.json`), merged into a built-in list of the
 * same name.
 *
 * @example
 * ```ts
 * const lex: LexiconFile = { category: 'lexicon', name: 'reporting-verbs', words: ['kata', 'ujar'] };
 * ```
 */
export interface LexiconFile {
  category: 'lexicon';
  name: string;
  description?: string;
  words: string[];
}

/**
 * Options of one `extract` call.
 *
 * @example
 * ```ts
 * extract('Senin (26/1)', { published: '2026-01-26' }); // DATE value '2026-01-26'
 * ```
 */
export interface ExtractOptions {
  /** The article's publication date (`YYYY-MM-DD`, a `Date`, or null): dates resolve against it. */
  published?: string | Date | null;
}

/**
 * Options of `createExtractor`.
 *
 * @example
 * ```ts
 * const ner = createExtractor({ types: ['PERSON'], builtins: true });
 * ```
 */
export interface ExtractorOptions {
  /** Extra rules (or, with `builtins: false`, the only rules). */
  rules?: readonly Rule[];
  /** Extra gazetteer files. An entry with a built-in id overrides it; flag `disabled` removes it. */
  gazetteers?: readonly GazetteerFile[];
  /** Extra lexicon word lists (merged into built-in lists of the same name). */
  lexicons?: readonly LexiconFile[];
  /** Only these types are returned. Default: all four. */
  types?: readonly EntityType[];
  /** Include the built-in rules, gazetteers and lexicons. Default true. */
  builtins?: boolean;
}

/**
 * A candidate a refiner removed, and why.
 *
 * @example
 * ```ts
 * explain('Kota Ho Chi Minh').removed[0]?.reason; // -> 'overlaps gazetteer:… PLACE "Kota Ho Chi Minh" [0,16) (longer)'
 * ```
 */
export interface Removal {
  candidate: ResolvedCandidate;
  /** The refiner that removed it. */
  refiner: string;
  /** Human-readable reason, e.g. `overlaps rule:title-person "Budi Sartono" (longer)`. */
  reason: string;
}

/**
 * What `explain` returns: the entities and every candidate that was removed.
 *
 * @example
 * ```ts
 * const { entities, removed } = explain('Presiden Rusia tiba.');
 * ```
 */
export interface Explanation {
  entities: Entity[];
  removed: Removal[];
}

/**
 * A compiled extractor. Create with `createExtractor`.
 *
 * @example
 * ```ts
 * const ner = createExtractor();
 * ner.extract('Sekjen To Lam tiba di Pyongyang.', { published: '2025-10-09' });
 * ```
 */
export interface Extractor {
  extract(text: string, options?: ExtractOptions): Entity[];
  explain(text: string, options?: ExtractOptions): Explanation;
  /** The rules this extractor runs, in order. */
  readonly rules: readonly Rule[];
}
