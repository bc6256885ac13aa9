/**
 * `warta eval`: scores the default extractor (or a prediction file) against gold data.
 */
import { extract } from '../extractor.js';
import { createScorer, formatScoreError, formatScoreTable, type PredictedDocument } from '../eval/score.js';
import { parseCommandArgs, parseCount, parseTypes, usage } from './args.js';
import { CliError, Output, Status, type CliIo } from './io.js';
import { readGold, readLines, toPrediction } from './records.js';

/**
 * Help text of `warta eval` (printed by `warta eval --help`).
 *
 * @example
 * ```ts
 * process.stdout.write(`${EVAL_HELP}\n`);
 * ```
 */
export const EVAL_HELP = `Usage: warta eval GOLD [--pred PRED.jsonl] [--types T,...] [--errors N] [--json]

Scores entities against gold annotation.

GOLD is a folder of gold documents (*.json, each {id, published?, text, entities}), one such
.json file, or a JSONL file of records {id, text, entities, other?, published?} ('-': stdin).
Without --pred, the default extractor runs on each document's text (with its "published").
With --pred, predictions are read from a JSONL file of {id, entities} (the output of
'warta annotate --jsonl'), matched by id; a gold document without a prediction counts as all
misses (reported on stderr); lines with an "error" and no "entities" are skipped.

Scores, per type and micro over the scored types (percentages):
  strict    same start, end and type
  lenient   same type and any overlap; each gold and each prediction is matched at most once
            (exact pairs first, then greedily by overlap size), so lenient >= strict
  P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2PR/(P+R); each is 0 when its denominator is 0.
  A prediction that overlaps a gold "other" span and no gold entity is neutral (not counted).
  date value accuracy: over every gold DATE with a "value": correct when its lenient partner
            has a value equal to it after removing trailing X from both (199X = 199);
            accuracy = correct / gold DATE values (also shown: correct / matched).

Output: a summary, the errors (with --errors), then the table as the LAST lines: one header
line, one line per type, a 'micro' line, and a 'date value accuracy' line when the gold has
DATE values. 'tail -n 6' gets the table of all four types.

Options:
  --pred FILE     predictions JSONL instead of running the extractor
  --types T,...   score only these types (PERSON, ORG, PLACE, DATE; case-insensitive)
  --errors N      list up to N errors: miss (gold not found), false-alarm (prediction not in
                  gold), boundary (found with other offsets), each with ~40 chars of context
  --json          print the full score object (JSON) instead of the text report
  -h, --help      show this help

Exit status: 0 ok, 1 unreadable or invalid data, 2 usage error.`;

/**
 * Runs `warta eval` with `args` (after the command name). Resolves to the exit code.
 *
 * @example
 * ```ts
 * const code = await evalCommand(['../shared/corpus/seeds', '--errors', '10'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function evalCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('eval', args, {
    pred: { type: 'string' },
    types: { type: 'string' },
    errors: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(`${EVAL_HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) throw usage('eval', 'missing GOLD (a folder of *.json gold documents or a JSONL file)');
  if (positionals.length > 1) throw usage('eval', `expected one GOLD, found ${positionals.length}: ${positionals.map((p) => JSON.stringify(p)).join(' ')}`);
  const goldPath = positionals[0]!;
  const predPath = values.pred as string | undefined;
  if (goldPath === '-' && predPath === '-') throw usage('eval', "stdin ('-') can be read only once");
  const types = parseTypes('eval', values.types as string | undefined);
  const maxErrors = parseCount('eval', '--errors', values.errors as string | undefined) ?? 0;

  const out = new Output(io.stdout);
  const status = new Status(io.stderr, io.progress ?? (io.stderr as { isTTY?: boolean }).isTTY === true);
  try {
    const predictions = predPath === undefined ? undefined : await readPredictions(predPath, io, status);
    const scorer = createScorer({ ...(types ? { types } : {}), maxErrors });
    const missing: string[] = [];
    const used = new Set<string>();
    for await (const doc of readGold(goldPath, io.stdin)) {
      let predicted: PredictedDocument | undefined;
      if (predictions) {
        predicted = predictions.get(doc.id);
        if (predicted) used.add(doc.id); else missing.push(doc.id);
      } else {
        try {
          predicted = { id: doc.id, entities: extract(doc.text, { published: doc.published }) };
        } catch (error) {
          throw new CliError(`warta eval: ${goldPath}: document ${JSON.stringify(doc.id)}: ${(error as Error).message}`, 1);
        }
      }
      scorer.add(doc, predicted);
      status.tick('documents');
    }
    const result = scorer.result();
    if (missing.length) {
      status.message(`warta eval: ${missing.length} gold document${missing.length === 1 ? '' : 's'} had no prediction in ${predPath} (counted as misses): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
    }
    if (predictions && predictions.size > used.size) {
      status.message(`warta eval: ${predictions.size - used.size} prediction${predictions.size - used.size === 1 ? '' : 's'} in ${predPath} had no gold document (ignored)`);
    }
    if (result.documents === 0) status.message(`warta eval: ${goldPath}: no gold documents`);
    status.done();

    if (values.json) {
      await out.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const lines = [
      `gold: ${goldPath} (${result.documents} document${result.documents === 1 ? '' : 's'}); predictions: ${predPath ?? 'default extractor'}`,
    ];
    if (result.neutral) lines.push(`neutral predictions (on gold "other" spans only): ${result.neutral}`);
    if (maxErrors > 0) {
      lines.push(`errors: ${result.errors.length} of ${result.errorCount}`);
      for (const error of result.errors) lines.push(`  ${formatScoreError(error)}`);
    }
    lines.push('', ...formatScoreTable(result));
    await out.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    status.done();
    out.release();
  }
}

async function readPredictions(path: string, io: CliIo, status: Status): Promise<Map<string, PredictedDocument>> {
  const predictions = new Map<string, PredictedDocument>();
  const name = path === '-' ? '<stdin>' : path;
  let skipped = 0;
  try {
    for await (const { line, number } of readLines(path, io.stdin)) {
      const where = `${name}:${number}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new CliError(`warta eval: ${where}: not valid JSON`, 1);
      }
      const record = value as Record<string, unknown> | null;
      if (record && typeof record === 'object' && 'error' in record && !('entities' in record)) { skipped++; continue; }
      let prediction: PredictedDocument;
      try {
        prediction = toPrediction(value, where);
      } catch (error) {
        throw new CliError(`warta eval: ${(error as Error).message}`, 1);
      }
      if (predictions.has(prediction.id)) throw new CliError(`warta eval: ${where}: duplicate prediction id ${JSON.stringify(prediction.id)}`, 1);
      predictions.set(prediction.id, prediction);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new CliError(`warta eval: cannot read predictions ${JSON.stringify(path)}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'permission denied'}`, 1);
    }
    throw error;
  }
  if (skipped) status.message(`warta eval: ${name}: skipped ${skipped} error line${skipped === 1 ? '' : 's'} (no entities)`);
  return predictions;
}
