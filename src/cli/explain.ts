/**
 * `warta explain`: the entities of a text with their sources, and every candidate a
 * refiner removed, with the refiner and the reason.
 */
import { readFile } from 'node:fs/promises';
import { explain } from '../extractor.js';
import type { Entity, Explanation } from '../types.js';
import { checkPublished, parseCommandArgs, usage } from './args.js';
import { CliError, Output, readAll, type CliIo } from './io.js';

/**
 * Help text of `warta explain` (printed by `warta explain --help`).
 *
 * @example
 * ```ts
 * process.stdout.write(`${EXPLAIN_HELP}\n`);
 * ```
 */
export const EXPLAIN_HELP = `Usage: warta explain TEXT... [--published DATE] [--json]
       warta explain --file FILE [--published DATE] [--json]

Shows how the entities of a text were found: each entity with its offsets, type, text and
source (rule:<id>, gazetteer:<id>, refiner:<name>), then each candidate that a refiner
removed, with the refiner and the reason. Several TEXT arguments are joined by spaces.

Options:
  --file FILE       read the text from FILE ('-': stdin)
  --published DATE  publication date (YYYY-MM-DD) that relative dates resolve against
  --json            print the explanation object (JSON)
  -h, --help        show this help

Exit status: 0 ok, 1 unreadable file, 2 usage error.`;

function describe(e: Pick<Entity, 'start' | 'end' | 'type' | 'text'> & { value?: string; id?: string; flags?: string[] }): string {
  let line = `${`${e.start}-${e.end}`.padEnd(10)} ${e.type.padEnd(6)} ${JSON.stringify(e.text)}`;
  if (e.value !== undefined) line += ` value=${e.value}`;
  if (e.flags?.length) line += ` flags=${e.flags.join(',')}`;
  return line;
}

/**
 * Renders an explanation as readable lines.
 *
 * @example
 * ```ts
 * formatExplanation(explain('Kota Ho Chi Minh'));
 * // -> ['entities (1):',
 * //     '  0-16       PLACE  "Kota Ho Chi Minh"  gazetteer:place:subdiv:vn:ho-chi-minh-city',
 * //     'removed (1):',
 * //     '  5-16       PERSON "Ho Chi Minh"  gazetteer:person:vn:ho-chi-minh  [overlap] overlaps … (longer)']
 * ```
 */
export function formatExplanation(explanation: Explanation): string[] {
  const lines = [`entities (${explanation.entities.length}):`];
  for (const e of explanation.entities) lines.push(`  ${describe(e)}  ${e.source}`);
  lines.push(`removed (${explanation.removed.length}):`);
  const removed = [...explanation.removed].sort((a, b) => a.candidate.start - b.candidate.start || a.candidate.end - b.candidate.end);
  for (const r of removed) lines.push(`  ${describe(r.candidate)}  ${r.candidate.source}  [${r.refiner}] ${r.reason}`);
  return lines;
}

/**
 * Runs `warta explain` with `args` (after the command name). Resolves to the exit code.
 *
 * @example
 * ```ts
 * await explainCommand(['Presiden Budi Sartono tiba di Zyrtal.'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function explainCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', args, {
    file: { type: 'string' },
    published: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(`${EXPLAIN_HELP}\n`);
    return 0;
  }
  const published = checkPublished('explain', values.published as string | undefined);
  const file = values.file as string | undefined;
  if (file !== undefined && positionals.length) throw usage('explain', 'give either TEXT or --file, not both');
  if (file === undefined && positionals.length === 0) throw usage('explain', 'missing TEXT (or --file FILE)');
  let text: string;
  if (file === undefined) {
    text = positionals.join(' ');
  } else {
    try {
      text = (file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(`warta explain: cannot read ${JSON.stringify(file)}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`, 1);
    }
  }
  const explanation = explain(text, { published: published ?? null });
  const out = new Output(io.stdout);
  try {
    await out.write(values.json ? `${JSON.stringify(explanation, null, 2)}\n` : `${formatExplanation(explanation).join('\n')}\n`);
  } finally {
    out.release();
  }
  return 0;
}
