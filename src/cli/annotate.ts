/**
 * `warta annotate`: entities of plain-text articles (`json` or `markup`), or of JSONL
 * records (`--jsonl`, streaming).
 */
import { readFile } from 'node:fs/promises';
import { extract, parsePublished } from '../extractor.js';
import { toMarkup } from '../markup.js';
import { checkPublished, parseCommandArgs, usage } from './args.js';
import { Output, Status, readAll, type CliIo } from './io.js';
import { readLines } from './records.js';

/**
 * Help text of `warta annotate` (printed by `warta annotate --help`).
 *
 * @example
 * ```ts
 * process.stdout.write(`${ANNOTATE_HELP}\n`);
 * ```
 */
export const ANNOTATE_HELP = `Usage: warta annotate [FILE...|-] [--published DATE] [--format json|markup]
       warta annotate --jsonl [FILE...|-] [--published DATE]

Finds PERSON, ORG, PLACE and DATE entities.

Plain-text mode (default): each FILE (or stdin, for '-' or no FILE) is one article.
  --format json     (default) one JSON object per line and per file:
                    {"file": "a.txt", "entities": [{start, end, text, type, source, id?, value?, flags?}]}
                    Offsets are UTF-16 code units into the file's text (a leading BOM is dropped);
                    stdin is named "-".
  --format markup   the article with inline markup: [[TYPE|text]], DATE as [[DATE|text|value]].
                    With several files, each is preceded by a line '==> FILE <=='.

Record mode (--jsonl): each input line is a JSON record {"id", "text", "published"?}
(other keys are ignored, so gold files can be piped in; blank lines are skipped).
Each record gives one output line {"id", "entities"} in input order, streamed.
A bad line (not JSON, no string "text", invalid "published") gives {"id"?, "line", "error"}
in its place and a message on stderr naming FILE:LINE; the run goes on and exits 1.
A progress count is shown on stderr when stderr is a terminal.

Options:
  --published DATE  publication date (YYYY-MM-DD) that relative dates resolve against
                    (in --jsonl mode: for records without their own "published")
  --format FORMAT   json (default) or markup (plain-text mode only)
  --jsonl           record mode
  -h, --help        show this help

Exit status: 0 ok, 1 unreadable file or bad record, 2 usage error.`;

/**
 * Runs `warta annotate` with `args` (after the command name). Resolves to the exit code.
 *
 * @example
 * ```ts
 * const code = await annotateCommand(['article.txt', '--format', 'markup'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function annotateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('annotate', args, {
    published: { type: 'string' },
    format: { type: 'string' },
    jsonl: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(`${ANNOTATE_HELP}\n`);
    return 0;
  }
  const published = checkPublished('annotate', values.published as string | undefined);
  const format = (values.format as string | undefined) ?? 'json';
  if (format !== 'json' && format !== 'markup') throw usage('annotate', `--format must be json or markup, found ${JSON.stringify(format)}`);
  if (values.jsonl && values.format !== undefined && format !== 'json') throw usage('annotate', '--format markup cannot be used with --jsonl');
  const files = positionals.length ? positionals : ['-'];
  if (files.filter((f) => f === '-').length > 1) throw usage('annotate', "stdin ('-') can be read only once");
  const out = new Output(io.stdout);
  const status = new Status(io.stderr, io.progress ?? (io.stderr as { isTTY?: boolean }).isTTY === true);
  try {
    return values.jsonl
      ? await annotateRecords(files, published, io, out, status)
      : await annotateTexts(files, published, format, io, out, status);
  } finally {
    status.done();
    out.release();
  }
}

async function annotateTexts(files: string[], published: string | undefined, format: 'json' | 'markup', io: CliIo, out: Output, status: Status): Promise<number> {
  let code = 0;
  for (const file of files) {
    if (file === '-' && (io.stdin as { isTTY?: boolean }).isTTY) status.message('warta annotate: reading an article from stdin (end with Ctrl-D)');
    let text: string;
    try {
      text = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory' : (error as Error).message;
      status.message(`warta annotate: cannot read ${JSON.stringify(file)}: ${reason}`);
      code = 1;
      continue;
    }
    text = text.replace(/^\uFEFF/, '');
    const entities = extract(text, { published: published ?? null });
    if (format === 'json') {
      await out.write(`${JSON.stringify({ file, entities })}\n`);
    } else {
      const header = files.length > 1 ? `==> ${file} <==\n` : '';
      const body = toMarkup(text, entities);
      await out.write(`${header}${body}${body.endsWith('\n') ? '' : '\n'}`);
    }
  }
  return code;
}

/** The error of a bad record line, or the record's fields. */
function readRecord(line: string): { id?: unknown; text?: string; published?: string | null; error?: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (typeof record.text !== 'string') return { id, error: `"text" must be a string, found ${record.text === undefined ? 'none' : JSON.stringify(record.text).slice(0, 40)}` };
  const published = record.published;
  if (published !== undefined && published !== null) {
    try {
      if (typeof published !== 'string') throw new Error();
      parsePublished(published);
    } catch {
      return { id, error: `"published" must be a YYYY-MM-DD date or null, found ${JSON.stringify(published)}` };
    }
  }
  return { id, text: record.text, published: (published as string | null | undefined) };
}

async function annotateRecords(files: string[], published: string | undefined, io: CliIo, out: Output, status: Status): Promise<number> {
  let code = 0;
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    try {
      for await (const { line, number } of readLines(file, io.stdin)) {
        const record = readRecord(line);
        let output = '';
        if (record.error === undefined) {
          try {
            const entities = extract(record.text!, { published: record.published === undefined ? published ?? null : record.published });
            output = JSON.stringify({ id: record.id ?? null, entities });
          } catch (error) {
            // An extractor failure on one record is reported in its place; the run goes on.
            record.error = `extraction failed: ${(error as Error).message}`;
          }
        }
        if (record.error !== undefined) {
          code = 1;
          status.message(`warta annotate: ${name}:${number}: ${record.error}`);
          output = JSON.stringify(record.id === undefined ? { line: number, error: record.error } : { id: record.id, line: number, error: record.error });
        }
        await out.write(`${output}\n`);
        status.tick('records');
      }
    } catch (error) {
      const errno = (error as NodeJS.ErrnoException).code;
      if (errno === 'ENOENT' || errno === 'EISDIR' || errno === 'EACCES') {
        status.message(`warta annotate: cannot read ${JSON.stringify(file)}: ${errno === 'ENOENT' ? 'no such file' : errno === 'EISDIR' ? 'is a directory' : 'permission denied'}`);
        code = 1;
        continue;
      }
      throw error;
    }
  }
  return code;
}
