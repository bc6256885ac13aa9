/**
 * Plain-text rendering of a `Score`: the table `warta eval` prints last, and one line per
 * error. Pure functions.
 */
import type { Score, ScoreError, TypeScore } from './score.js';

const pct = (x: number): string => (x * 100).toFixed(1);

const COLUMNS = ['type', 'gold', 'pred', 'strict-P', 'strict-R', 'strict-F1', 'lenient-P', 'lenient-R', 'lenient-F1'];
const WIDTHS = [7, 6, 6, 9, 9, 10, 10, 10, 11];

function row(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(WIDTHS[i]!) : c.padStart(WIDTHS[i]!))).join(' ').trimEnd();
}

function typeRow(name: string, t: TypeScore): string {
  return row([name, String(t.gold), String(t.predicted),
    pct(t.strict.precision), pct(t.strict.recall), pct(t.strict.f1),
    pct(t.lenient.precision), pct(t.lenient.recall), pct(t.lenient.f1)]);
}

/**
 * The score table: one header line, one line per scored type, a `micro` line, then a
 * `date value accuracy` line when DATE is scored and the gold has DATE values. Figures are
 * percentages with one decimal; columns are separated by spaces (no cell contains one,
 * except in the last line), so `tail -n` and `awk` can read them.
 *
 * @example
 * ```ts
 * formatScoreTable(score(gold, predictions, { types: ['PERSON'] })).join('\n');
 * // type      gold   pred  strict-P  strict-R  strict-F1  lenient-P  lenient-R  lenient-F1
 * // PERSON       2      2      50.0      50.0       50.0      100.0      100.0       100.0
 * // micro        2      2      50.0      50.0       50.0      100.0      100.0       100.0
 * ```
 */
export function formatScoreTable(score: Score): string[] {
  const lines = [row(COLUMNS)];
  for (const type of score.types) lines.push(typeRow(type, score.byType[type]!));
  lines.push(typeRow('micro', score.micro));
  const v = score.dateValue;
  if (v && v.gold > 0) {
    lines.push(`date value accuracy ${pct(v.accuracy)} (${v.correct}/${v.gold} gold DATE values; ${v.matched} matched leniently, ${pct(v.matched === 0 ? 0 : v.correct / v.matched)} of those)`);
  }
  return lines;
}

const oneLine = (s: string): string => s.replace(/\s/g, ' ');

/**
 * One error as a single line: kind, document, type, span, and context with the span
 * between `«` and `»` (whitespace shown as spaces).
 *
 * @example
 * ```ts
 * formatScoreError({ kind: 'miss', document: 'doc-1', type: 'PLACE', text: 'Zyrtal',
 *   before: 'Budi Sartono tiba di ', after: '.', gold: { start: 21, end: 27, type: 'PLACE' } });
 * // -> 'miss         doc-1  PLACE   21-27  "Zyrtal"  …Budi Sartono tiba di «Zyrtal».…'
 * ```
 */
export function formatScoreError(error: ScoreError): string {
  const span = error.kind === 'false-alarm' ? error.predicted! : error.gold!;
  let detail = `${span.start}-${span.end}  ${JSON.stringify(error.text)}`;
  if (error.kind === 'boundary' && error.predicted) detail += ` predicted ${error.predicted.start}-${error.predicted.end}${error.predicted.text !== undefined ? ` ${JSON.stringify(error.predicted.text)}` : ''}`;
  if (error.gold?.value !== undefined) detail += ` value=${error.gold.value}`;
  const context = error.before || error.after ? `  …${oneLine(error.before)}«${oneLine(error.text)}»${oneLine(error.after)}…` : '';
  return `${error.kind.padEnd(12)} ${error.document}  ${error.type.padEnd(6)}  ${detail}${context}`;
}
