/**
 * Reading and checking the record formats of the CLI: gold documents (a folder of `*.json`,
 * one JSON file, or JSONL records) and prediction JSONL. Errors name the file and line.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import type { GoldDocument, PredictedDocument, ScoreSpan } from '../eval/score.js';
import { CliError } from './io.js';

/**
 * A gold document as read from a file, with the fields the extractor needs.
 *
 * @example
 * ```ts
 * const doc: GoldRecord = { id: 'a', text: 'Zyrtal.', entities: [{ start: 0, end: 6, type: 'PLACE' }], published: null };
 * ```
 */
export interface GoldRecord extends GoldDocument {
  text: string;
  published: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a record's `id`: a string, or a number (turned into a string). */
function idOf(record: Record<string, unknown>, where: string, required: boolean): string | undefined {
  const id = record.id;
  if (typeof id === 'string') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  if (id === undefined && !required) return undefined;
  throw new Error(`${where}: "id" must be a string, found ${JSON.stringify(id)}`);
}

function spansOf(value: unknown, where: string, field: string, textLength: number | undefined, typed: true): ScoreSpan[];
function spansOf(value: unknown, where: string, field: string, textLength: number | undefined, typed: false): { start: number; end: number }[];
function spansOf(value: unknown, where: string, field: string, textLength: number | undefined, typed: boolean): ScoreSpan[] | { start: number; end: number }[] {
  if (!Array.isArray(value)) throw new Error(`${where}: "${field}" must be an array, found ${JSON.stringify(value)?.slice(0, 60)}`);
  return value.map((span: unknown, i) => {
    const at = `${where}: ${field}[${i}]`;
    if (!isObject(span)) throw new Error(`${at} must be an object`);
    const { start, end, type, value: dateValue, text } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
      throw new Error(`${at}: needs integer "start" < "end", found ${JSON.stringify({ start, end })}`);
    }
    if (textLength !== undefined && (end as number) > textLength) throw new Error(`${at}: "end" ${end} is past the end of the text (${textLength})`);
    if (!typed) return { start: start as number, end: end as number };
    if (!ENTITY_TYPES.includes(type as EntityType)) throw new Error(`${at}: "type" must be one of ${ENTITY_TYPES.join(', ')}, found ${JSON.stringify(type)}`);
    const out: ScoreSpan = { start: start as number, end: end as number, type: type as EntityType };
    if (typeof dateValue === 'string') out.value = dateValue;
    if (typeof text === 'string') out.text = text;
    return out;
  });
}

/**
 * Checks one gold record (`{id, text, entities, other?, published?}`); throws an `Error`
 * whose message starts with `where`.
 *
 * @example
 * ```ts
 * toGoldRecord({ id: 'a', text: 'Zyrtal.', entities: [{ start: 0, end: 6, type: 'PLACE' }] }, 'gold.jsonl:1');
 * ```
 */
export function toGoldRecord(value: unknown, where: string, fallbackId?: string): GoldRecord {
  if (!isObject(value)) throw new Error(`${where}: expected a JSON object`);
  const id = idOf(value, where, fallbackId === undefined) ?? fallbackId!;
  if (typeof value.text !== 'string') throw new Error(`${where}: "text" must be a string`);
  const published = value.published ?? null;
  if (published !== null && typeof published !== 'string') throw new Error(`${where}: "published" must be a string or null, found ${JSON.stringify(published)}`);
  const record: GoldRecord = { id, text: value.text, published, entities: spansOf(value.entities, where, 'entities', value.text.length, true) };
  if (value.other !== undefined) record.other = spansOf(value.other, where, 'other', value.text.length, false);
  return record;
}

/**
 * Checks one prediction record (`{id, entities}`); throws an `Error` naming `where`.
 *
 * @example
 * ```ts
 * toPrediction({ id: 'a', entities: [{ start: 0, end: 6, type: 'PLACE' }] }, 'pred.jsonl:1');
 * ```
 */
export function toPrediction(value: unknown, where: string): PredictedDocument {
  if (!isObject(value)) throw new Error(`${where}: expected a JSON object`);
  return { id: idOf(value, where, true)!, entities: spansOf(value.entities, where, 'entities', undefined, true) };
}

/**
 * Yields the non-blank lines of a file (or stdin for `-`) with 1-based line numbers,
 * reading as a stream (constant memory).
 *
 * @example
 * ```ts
 * for await (const { line, number } of readLines('gold.jsonl', process.stdin)) console.log(number, line);
 * ```
 */
export async function* readLines(file: string, stdin: NodeJS.ReadableStream): AsyncGenerator<{ line: string; number: number }> {
  const input = file === '-' ? stdin : createReadStream(file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      const text = number === 1 ? line.replace(/^\uFEFF/, '') : line;
      if (text.trim() === '') continue;
      yield { line: text, number };
    }
  } finally {
    lines.close();
    if (input !== stdin) (input as ReturnType<typeof createReadStream>).destroy();
  }
}

/**
 * Yields gold documents from a folder of `*.json` files (sorted by name; other files are
 * ignored), one `.json` file, or a JSONL file. Bad data throws a `CliError` (exit 1) naming
 * the file and line.
 *
 * @example
 * ```ts
 * for await (const doc of readGold('../shared/corpus/seeds', process.stdin)) console.log(doc.id);
 * ```
 */
export async function* readGold(path: string, stdin: NodeJS.ReadableStream): AsyncGenerator<GoldRecord> {
  const info = path === '-' ? undefined : await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`warta eval: cannot read gold ${JSON.stringify(path)}: ${error.code === 'ENOENT' ? 'no such file or directory' : error.message}`, 1);
  });
  if (info?.isDirectory()) {
    const files = (await readdir(path)).filter((f) => extname(f) === '.json').sort();
    if (files.length === 0) throw new CliError(`warta eval: gold folder ${JSON.stringify(path)} has no *.json files`, 1);
    for (const file of files) {
      const full = join(path, file);
      yield parseJsonDocument(await readFile(full, 'utf8'), full, basename(file, '.json'));
    }
    return;
  }
  if (info && extname(path) === '.json') {
    yield parseJsonDocument(await readFile(path, 'utf8'), path, basename(path, '.json'));
    return;
  }
  for await (const { line, number } of readLines(path, stdin)) {
    const where = `${path === '-' ? '<stdin>' : path}:${number}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliError(`warta eval: ${where}: not valid JSON`, 1);
    }
    try {
      yield toGoldRecord(value, where);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`warta eval: ${(error as Error).message}`, 1);
    }
  }
}

function parseJsonDocument(source: string, where: string, fallbackId: string): GoldRecord {
  let value: unknown;
  try {
    value = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`warta eval: ${where}: not valid JSON (${(error as Error).message})`, 1);
  }
  try {
    return toGoldRecord(value, where, fallbackId);
  } catch (error) {
    throw new CliError(`warta eval: ${(error as Error).message}`, 1);
  }
}
