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
import type { GazetteerFile } from '../src/types.js';

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
 * First token key of every entity form → references `entryIndex << 8 | slot` (slot 0 = name,
 * 1…127 = aliases, 128… = short forms; entry index over all built-in gazetteer entries in file
 * order). The runtime resolves a reference only when a text contains its first word.
 */
function firstWordIndex(files: readonly GazetteerFile[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  let entryIndex = 0;
  for (const file of files) {
    for (const entry of file.entries) {
      if (entry.type !== 'TITLE') {
        const forms: Array<[string, number]> = [[entry.name, 0]];
        (entry.aliases ?? []).forEach((a, i) => forms.push([a, i + 1]));
        (entry.short ?? []).forEach((a, i) => forms.push([a, SHORT_SLOT + i]));
        if ((entry.aliases?.length ?? 0) >= SHORT_SLOT - 1 || (entry.short?.length ?? 0) > 255 - SHORT_SLOT) throw new Error(`codegen: ${entry.id} has too many forms for the index`);
        for (const [form, slot] of forms) {
          const first = phraseTokens(form).keys[0];
          if (first === undefined) continue;
          if (/[\t\n ]/.test(first)) throw new Error(`codegen: ${entry.id}: first token ${JSON.stringify(first)} has a separator`);
          const refs = index.get(first);
          if (refs) refs.push(entryIndex * 256 + slot);
          else index.set(first, [entryIndex * 256 + slot]);
        }
      }
      entryIndex++;
    }
  }
  return index;
}

/** A JS string literal of `text`: single quotes, since JSON's many double quotes then need no escaping. */
function literal(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029')}'`;
}

/**
 * Compact form of the built-in data, decoded by `src/data/decode.ts` only as far as a text
 * needs it:
 *  - FILES: per gazetteer file its category and number of entries;
 *  - ROWS: one line per entry (all files in order), a JSON array `[id without "<category>:",
 *    name, aliases, short, flags, nameOrder, kind, ambiguousAliases]` (trailing empty fields
 *    dropped; the type follows from the category), parsed when a text first needs the entry;
 *  - INDEX: one line per first word, `word<TAB>refs` (references in base 36, see
 *    `firstWordIndex`);
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
      ids.add(e.id);
    }
    files.push(file);
  }
  const rows: string[] = [];
  for (const file of files) {
    for (const e of file.entries) {
      const row: unknown[] = [e.id.slice(file.category.length + 1), e.name, e.aliases ?? 0, e.short ?? 0, e.flags ?? 0, e.nameOrder ?? 0, e.kind ?? 0, e.ambiguousAliases ?? 0];
      while (row[row.length - 1] === 0) row.pop();
      rows.push(JSON.stringify(row));
    }
  }
  const index = [...firstWordIndex(files)].map(([first, refs]) => `${first}\t${refs.map((r) => r.toString(36)).join(' ')}`);
  const fileTable = JSON.stringify(files.map((f) => [f.category, f.entries.length]));
  return `// Generated by scripts/codegen.ts from gazetteers/ — do not edit; run \`npm run codegen\`.
import { BuiltinStore, type BuiltinData } from './decode.js';

let store: BuiltinStore | undefined;

/**
 * The built-in gazetteers (runtime fields only; countries, offices and notes stay in
 * gazetteers/) and word lists, decoded piecemeal on demand: importing warta costs nothing,
 * an extractor decodes only the entries whose first word a text contains, and bundlers drop
 * the data when createExtractor is not used.
 */
export function builtinStore(): BuiltinStore {
  return (store ??= new BuiltinStore(
    ${fileTable},
    ${literal(rows.join('\n'))},
    ${literal(index.join('\n'))},
    ${literal(JSON.stringify(lexicons))},
  ));
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

export async function patternsSource(): Promise<string> {
  const { PATTERNS } = await import('../src/rules/patterns.xregexp.js');
  // xregexp leaves `(?:)` where free-spacing removed a space; drop those not before a quantifier.
  const tidy = (source: string): string => source.replace(/(?<!\\)\(\?:\)(?![*+?{])/g, '');
  const lines = Object.entries(PATTERNS).map(([name, re]) => `export const ${name} = /${tidy(re.source)}/${re.flags};`);
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
