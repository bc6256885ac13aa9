/**
 * Generates the two files the runtime imports instead of reading files or loading xregexp:
 *  - src/data/builtins.generated.ts: every gazetteer and lexicon file under gazetteers/,
 *    validated and compacted (runtime fields only), as one JSON string.
 *  - src/rules/patterns.generated.ts: the xregexp patterns of src/rules/patterns.xregexp.ts
 *    as native RegExp literals.
 * Run: `npm run codegen` (also run by `npm run build`). `--check` exits 1 when a file is stale.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateGazetteer, validateLexicon } from '../src/gazetteer/validate.js';
import { SHORT_SLOT } from '../src/gazetteer/compile.js';
import { phraseTokens } from '../src/text/tokenize.js';
import type { GazetteerEntry, GazetteerFile } from '../src/types.js';
import { BASE64, hashKey, indexKey, ROW_END } from '../src/data/decode.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...jsonFiles(p));
    // `*.overrides.json` are generator inputs (merged into a generated file), not gazetteers.
    else if (d.name.endsWith('.json') && !d.name.endsWith('.overrides.json')) out.push(p);
  }
  return out;
}

/**
 * First token key of every entity form → references `rowOffset << 8 | slot` (slot 0 = name,
 * 1…127 = aliases, 128… = short forms; `rowOffset` is where the entry's row starts in ROWS).
 * The runtime resolves a reference only when a text contains its first word.
 */
function firstWordIndex(entities: ReadonlyArray<readonly [GazetteerEntry, number]>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const [entry, offset] of entities) {
    const forms: Array<[string, number]> = [[entry.name, 0]];
    (entry.aliases ?? []).forEach((a, i) => forms.push([a, i + 1]));
    (entry.short ?? []).forEach((a, i) => forms.push([a, SHORT_SLOT + i]));
    if ((entry.aliases?.length ?? 0) >= SHORT_SLOT - 1 || (entry.short?.length ?? 0) > 255 - SHORT_SLOT) throw new Error(`codegen: ${entry.id} has too many forms for the index`);
    for (const [form, slot] of forms) {
      const first = phraseTokens(form).keys[0];
      if (first === undefined) continue;
      if (/[\t\n\r \x01\x02]/.test(first)) throw new Error(`codegen: ${entry.id}: first token ${JSON.stringify(first)} has a separator`);
      const refs = index.get(first);
      if (refs) refs.push(offset * 256 + slot);
      else index.set(first, [offset * 256 + slot]);
    }
  }
  return index;
}

/**
 * The first-word index as text, `word<TAB>refs` lines (references in base 36), and an
 * open-addressing hash table over it (`hashKey`, linear probing): per slot, the start of a
 * line plus one (0: empty) in three base-64 digits. The runtime looks words up in place, so a
 * fresh process builds no map of ten thousand words.
 */
function indexSource(index: Map<string, number[]>): { text: string; table: string } {
  let text = '';
  const starts: Array<[string, number]> = [];
  for (const [word, refs] of index) {
    const first = indexKey(word);
    if (text.length > 0) text += ROW_END;
    starts.push([first, text.length]);
    text += `${first}\t${refs.map((r) => r.toString(36)).join(' ')}`;
  }
  let size = 1;
  while (size < starts.length * 1.5) size *= 2; // load factor 1/3 to 2/3
  const slots = new Array<number>(size).fill(0);
  for (const [first, start] of starts) {
    let slot = hashKey(first) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = start + 1;
  }
  if (text.length + 1 >= 64 ** 3) throw new Error('codegen: the first-word index outgrew its hash table encoding');
  const table = slots.map((v) => BASE64[v >> 12]! + BASE64[(v >> 6) & 63]! + BASE64[v & 63]!).join('');
  return { text, table };
}

/**
 * A JS string literal of `text`, single-quoted. The text has no line break and no single
 * quote (the data uses `ROW_END` and JSON's `\u0027`), so the bundler keeps it a plain string:
 * it would print a template literal otherwise, which V8 scans at about half the speed.
 */
function literal(text: string): string {
  if (/[\n\r'`\u2028\u2029]/.test(text)) throw new Error('codegen: a data string has a line break or a quote');
  return `'${text.replaceAll('\\', '\\\\').replaceAll(ROW_END, '\\x01').replaceAll('\t', '\\t')}'`;
}

/** JSON with single quotes escaped (see `literal`). */
function json(value: unknown): string {
  return JSON.stringify(value).replaceAll("'", '\\u0027');
}

/** A row: `[id without "<category>:", name, aliases, short, flags, nameOrder, kind, ambiguousAliases]`, trailing empty fields dropped. */
function row(category: string, e: GazetteerEntry): unknown[] {
  const r: unknown[] = [e.id.slice(category.length + 1), e.name, e.aliases ?? 0, e.short ?? 0, e.flags ?? 0, e.nameOrder ?? 0, e.kind ?? 0, e.ambiguousAliases ?? 0];
  while (r[r.length - 1] === 0) r.pop();
  return r;
}

/**
 * Compact form of the built-in data, decoded by `src/data/decode.ts` only as far as a text
 * needs it:
 *  - FILES: per gazetteer file its category, number of entries and first row's offset;
 *  - ROWS: one line per entity (PERSON, ORG, PLACE; files in order), a JSON `row`, parsed
 *    when a text first contains the first word of one of its names;
 *  - TITLES: the TITLE entries' rows as one JSON array (every extractor needs them);
 *  - INDEX and TABLE: the first-word index (see `indexSource`);
 *  - LEXICONS: the word lists, as JSON.
 * Duplicate and disabled entries are refused here, so the runtime need not look for them.
 */
export function builtinsSource(): string {
  const lexicons: unknown[] = [];
  const files: GazetteerFile[] = [];
  const ids = new Set<string>();
  for (const path of jsonFiles(join(root, 'gazetteers'))) {
    const label = relative(root, path);
    const data = JSON.parse(readFileSync(path, 'utf8'));
    if (data.category === 'lexicon') {
      const lex = validateLexicon(data, label);
      lexicons.push([lex.name, lex.words]);
      continue;
    }
    const file = validateGazetteer(data, label);
    for (const e of file.entries) {
      if (ids.has(e.id)) throw new Error(`codegen: ${label}: id ${e.id} is used twice`);
      if (e.flags?.includes('disabled')) throw new Error(`codegen: ${label}: ${e.id} is disabled (remove it instead)`);
      if ((e.type === 'TITLE') !== (file.category === 'title')) throw new Error(`codegen: ${label}: ${e.id} has type ${e.type} in a ${file.category} file`);
      ids.add(e.id);
    }
    files.push(file);
  }
  let rows = '';
  const titles: unknown[] = [];
  const entities: Array<[GazetteerEntry, number]> = [];
  const fileTable: Array<[string, number, number]> = [];
  for (const file of files) {
    fileTable.push([file.category, file.entries.length, file.category === 'title' ? -1 : rows.length + (rows.length > 0 ? 1 : 0)]);
    for (const e of file.entries) {
      if (file.category === 'title') {
        titles.push(row(file.category, e));
        continue;
      }
      if (rows.length > 0) rows += ROW_END;
      entities.push([e, rows.length]);
      rows += json(row(file.category, e));
    }
  }
  if (rows.length * 256 >= 2 ** 31) throw new Error('codegen: the rows outgrew the index references');
  const index = firstWordIndex(entities);
  const { text, table } = indexSource(index);
  const refs = [...index.values()].reduce((n, r) => n + r.length, 0);
  // Module-level constants: compiled once with the module, not again when a function first runs.
  return `// Generated by scripts/codegen.ts from gazetteers/ — do not edit; run \`npm run codegen\`.
import { BuiltinStore, type BuiltinData } from './decode.js';

const FILES: ReadonlyArray<readonly [category: 'person' | 'org' | 'place' | 'title', entries: number, firstRow: number]> = ${JSON.stringify(fileTable)};
const ROWS = ${literal(rows)};
const TITLES = ${literal(json(titles))};
const INDEX = ${literal(text)};
const TABLE = '${table}';
const LEXICONS = ${literal(json(lexicons))};

let store: BuiltinStore | undefined;

/**
 * The built-in gazetteers (runtime fields only; countries, offices and notes stay in
 * gazetteers/) and word lists, decoded piecemeal on demand: an extractor decodes only the
 * entries whose first word a text contains, and bundlers drop the data when createExtractor
 * is not used.
 */
export function builtinStore(): BuiltinStore {
  return (store ??= new BuiltinStore({ files: FILES, rows: ROWS, titles: TITLES, index: INDEX, table: TABLE, refs: ${refs}, lexicons: LEXICONS }));
}

/**
 * All built-in gazetteer files and word lists as plain objects (the gazetteers are decoded
 * in full on first access to \`gazetteers\`).
 */
export function builtinData(): BuiltinData {
  return builtinStore().data;
}
`;
}

/**
 * Patterns used only as rule patterns, generated with the flags `compileRules` gives them
 * (sticky for triggered rules, global for scanning ones): its `new RegExp(source, flags)`
 * then hits V8's regexp cache instead of parsing the pattern a second time. A stale entry
 * only costs that parse, never a different match (`compileRules` always sets the flags).
 */
const RULE_FLAGS: Record<string, string> = {
  INLINE_SPACE: 'uy', LETTER_AHEAD: 'uy', SPACE_THEN_LETTER: 'uy', SPACE_THEN_CAPITAL: 'uy',
  PAIR_SEPARATOR: 'uy', CREDIT_COLON: 'uy', DATELINE_PAREN: 'uy', DATELINE_COMMA: 'uy',
  CAPTION_MARKER: 'uy', MID_SENTENCE_CAPITAL: 'gu',
  DATE_DAY_MONTH: 'uy', DATE_MONTH: 'uy', DATE_WEEKDAY: 'uy', DATE_NUMERIC: 'gu', DATE_YEAR: 'gu',
  DATE_YEAR_RANGE: 'gu', DATE_DECADE: 'gu', DATE_CENTURY: 'uy', DATE_QUALIFIED: 'uy',
  DATE_DEICTIC: 'uy', DATE_DAY_OF_MONTH: 'uy',
};

export async function patternsSource(): Promise<string> {
  const { PATTERNS } = await import('../src/rules/patterns.xregexp.js');
  // xregexp leaves `(?:)` where free-spacing removed a space; drop those not before a quantifier.
  const tidy = (source: string): string => source.replace(/(?<!\\)\(\?:\)(?![*+?{])/g, '');
  // Built with the constructor from a string, not written as literals: V8 checks every regex
  // literal's syntax when it parses the module (resolving each \p{…} class through ICU), and
  // these are the largest patterns; a constructor call parses once, when the module runs.
  const lines = Object.entries(PATTERNS).map(([name, re]) => {
    const source = tidy(re.source);
    const flags = RULE_FLAGS[name] ?? re.flags;
    new RegExp(source, flags); // still a valid pattern after tidying
    return `export const ${name} = /* @__PURE__ */ new RegExp(${JSON.stringify(source)}, '${flags}');`;
  });
  return `// Generated by scripts/codegen.ts from src/rules/patterns.xregexp.ts — do not edit; run \`npm run codegen\`.\n${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const outputs: Array<[string, string]> = [
    ['src/data/builtins.generated.ts', builtinsSource()],
    ['src/rules/patterns.generated.ts', await patternsSource()],
  ];
  let stale = false;
  for (const [file, content] of outputs) {
    const path = join(root, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === content) continue;
    if (check) { console.error(`codegen: ${file} is stale; run \`npm run codegen\``); stale = true; continue; }
    writeFileSync(path, content);
    console.log(`codegen: wrote ${file}`);
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
