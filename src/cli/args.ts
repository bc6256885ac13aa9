/**
 * Argument parsing shared by the commands (`node:util` parseArgs), with usage errors that
 * name the command and the bad input (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parsePublished } from '../extractor.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { CliError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments strictly; unknown flags and missing values throw a usage
 * `CliError` (exit 2) naming the command.
 *
 * @example
 * ```ts
 * const { values, positionals } = parseCommandArgs('annotate', ['-', '--format', 'json'], { format: { type: 'string' } });
 * ```
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw usage(command, message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

/**
 * A usage error (exit 2) with a pointer to the command's help.
 *
 * @example
 * ```ts
 * throw usage('eval', 'missing GOLD');
 * ```
 */
export function usage(command: string, message: string): CliError {
  const name = command ? `warta ${command}` : 'warta';
  return new CliError(`${name}: ${message}\nTry '${name} --help'.`, 2);
}

/**
 * Checks a `--published` value (`YYYY-MM-DD`); a bad one is a usage error naming it.
 *
 * @example
 * ```ts
 * checkPublished('annotate', '2026-01-27'); // -> '2026-01-27'
 * ```
 */
export function checkPublished(command: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    parsePublished(value);
  } catch {
    throw usage(command, `--published must be a YYYY-MM-DD date, found ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Parses `--types PERSON,ORG` (case-insensitive); a bad list is a usage error naming it.
 *
 * @example
 * ```ts
 * parseTypes('eval', 'person,date'); // -> ['PERSON', 'DATE']
 * ```
 */
export function parseTypes(command: string, value: string | undefined): EntityType[] | undefined {
  if (value === undefined) return undefined;
  const types: EntityType[] = [];
  for (const part of value.split(',')) {
    const type = part.trim().toUpperCase() as EntityType;
    if (!ENTITY_TYPES.includes(type)) {
      throw usage(command, `--types: unknown type ${JSON.stringify(part.trim())} in ${JSON.stringify(value)} (expected a comma-separated list of ${ENTITY_TYPES.join(', ')})`);
    }
    if (!types.includes(type)) types.push(type);
  }
  return types;
}

/**
 * Parses a non-negative integer flag value; a bad one is a usage error naming it.
 *
 * @example
 * ```ts
 * parseCount('eval', '--errors', '20'); // -> 20
 * ```
 */
export function parseCount(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw usage(command, `${flag} must be a non-negative integer, found ${JSON.stringify(value)}`);
  return Number(value);
}
