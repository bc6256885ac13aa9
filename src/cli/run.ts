/**
 * The `warta` command line: dispatches to a command and turns errors into messages and
 * exit codes. `run` takes injected streams, so tests call it in-process.
 */
import { readFileSync } from 'node:fs';
import { annotateCommand } from './annotate.js';
import { evalCommand } from './eval.js';
import { explainCommand } from './explain.js';
import { usage } from './args.js';
import { BrokenPipe, CliError, type CliIo } from './io.js';

/**
 * The package version, read from warta's `package.json` (found next to `dist/` when built,
 * two folders up from `src/cli/` when run from source). Read on demand, not bundled.
 *
 * @example
 * ```ts
 * packageVersion(); // -> '0.1.0'
 * ```
 */
export function packageVersion(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'warta' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return 'unknown';
}

/**
 * Help text of `warta` (printed by `warta --help`).
 *
 * @example
 * ```ts
 * process.stdout.write(`${MAIN_HELP}\n`);
 * ```
 */
export const MAIN_HELP = `Usage: warta COMMAND [ARGS...]

Named entities (PERSON, ORG, PLACE, DATE) in Indonesian news.

Commands:
  annotate   find entities in plain-text articles or JSONL records
  eval       score the extractor (or a prediction file) against gold data
  explain    show each entity's source and every removed candidate with the reason

Options:
  -h, --help     show this help ('warta COMMAND --help' for a command)
  -v, --version  print the version

Exit status: 0 ok, 1 data error (unreadable file, bad record), 2 usage error.`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  annotate: annotateCommand,
  eval: evalCommand,
  explain: explainCommand,
};

/**
 * Runs the CLI with `argv` (without `node` and the script) and resolves to the exit code.
 * Usage errors → 2, data errors → 1, each with a message on stderr; a closed stdout
 * (EPIPE, e.g. `| head`) ends the run quietly with 0.
 *
 * @example
 * ```ts
 * import { run } from './run.js';
 * process.exitCode = await run(['eval', '../shared/corpus/seeds'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      if (first === 'help' && rest[0] !== undefined && COMMANDS[rest[0]]) return await COMMANDS[rest[0]]!(['--help'], io);
      io.stdout.write(`${MAIN_HELP}\n`);
      return first === undefined ? 2 : 0;
    }
    if (first === '-v' || first === '--version') {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) throw usage('', first.startsWith('-') ? `unknown option ${JSON.stringify(first)}` : `unknown command ${JSON.stringify(first)} (expected ${Object.keys(COMMANDS).join(', ')})`);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof BrokenPipe) return 0;
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`warta: ${message.startsWith('warta') ? message.replace(/^warta:\s*/, '') : message}\n`);
    return 1;
  }
}
