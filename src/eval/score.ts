/**
 * Scoring of predicted entities against gold entities: strict and lenient precision, recall
 * and F1 per type and micro overall, DATE value accuracy, and an error list with context.
 *
 * Pure functions, no I/O: usable from the API, the CLI (`warta eval`) and tests.
 *
 * Definitions (also printed by `warta eval --help`):
 * - **strict**: a prediction is a true positive when a gold entity has the same `start`,
 *   `end` and `type`. Each gold and each prediction is matched at most once.
 * - **lenient**: same `type` and any overlap (at least one shared code unit). Each gold and
 *   each prediction is matched at most once. Exact matches are paired first, then the
 *   remaining pairs greedily by overlap size (largest first; ties: earliest gold, then
 *   earliest prediction). So lenient TP ≥ strict TP always.
 * - `precision = TP / (TP + FP)`, `recall = TP / (TP + FN)`, `F1 = 2PR / (P + R)`. A ratio
 *   whose denominator is 0 is **0** (never NaN): no predictions → P = 0; no gold → R = 0;
 *   P + R = 0 → F1 = 0.
 * - **micro**: TP, FP, FN summed over the scored types, then the same ratios.
 * - **neutral**: a prediction that overlaps a gold `other` span (an annotated span whose
 *   label has no warta type) and overlaps no gold entity of any type is dropped before
 *   matching: neither TP nor FP. It is counted in `neutral`.
 * - **types filter**: gold entities and predictions of other types are dropped before
 *   matching (the neutral test still looks at all gold entities).
 * - **DATE value accuracy**: over every gold DATE (when DATE is scored) that has a
 *   non-empty `value`. A gold value is correct when its lenient partner (the prediction
 *   paired with it by the lenient matching above) has a `value` equal to the gold value
 *   after removing trailing `X` from both (`199X` = `199`, `20XX` = `20`).
 *   `accuracy = correct / gold` (0 when there is no gold value; `dateValue` is `null`
 *   when DATE is not scored). `matched` counts the gold values that have a lenient
 *   partner, so `correct / matched` is the accuracy given the span was found.
 */
import { ENTITY_TYPES, type EntityType } from '../types.js';

/**
 * A span to score: a gold entity or a prediction. `value` is a DATE's TIMEX3 value; `text`
 * is informational (errors use the document text when it is known).
 *
 * @example
 * ```ts
 * const span: ScoreSpan = { start: 9, end: 14, type: 'PLACE', text: 'Rusia' };
 * ```
 */
export interface ScoreSpan {
  start: number;
  end: number;
  type: EntityType;
  value?: string;
  text?: string;
}

/**
 * A gold document. `text` (optional) gives context to error reports; `other` lists
 * annotated spans with no warta type (predictions on them alone are neutral).
 *
 * @example
 * ```ts
 * const gold: GoldDocument = {
 *   id: 'doc-1', text: 'Budi Sartono tiba di Zyrtal.',
 *   entities: [{ start: 0, end: 12, type: 'PERSON' }, { start: 21, end: 27, type: 'PLACE' }],
 * };
 * ```
 */
export interface GoldDocument {
  id: string;
  text?: string;
  entities: readonly ScoreSpan[];
  other?: readonly { start: number; end: number }[];
}

/**
 * The predictions for one document, matched to the gold document by `id`.
 *
 * @example
 * ```ts
 * const pred: PredictedDocument = { id: 'doc-1', entities: [{ start: 0, end: 12, type: 'PERSON' }] };
 * ```
 */
export interface PredictedDocument {
  id: string;
  entities: readonly ScoreSpan[];
}

/**
 * Counts and ratios of one matching criterion. Ratios are in [0, 1]; 0 when undefined.
 *
 * @example
 * ```ts
 * const c: MatchCounts = { tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75, f1: 0.75 };
 * ```
 */
export interface MatchCounts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Scores of one type (or of all scored types, `micro`).
 *
 * @example
 * ```ts
 * score([gold], [pred]).byType.PERSON.strict.f1; // -> 1
 * ```
 */
export interface TypeScore {
  /** Gold entities of this type. */
  gold: number;
  /** Predictions of this type (neutral ones excluded). */
  predicted: number;
  strict: MatchCounts;
  lenient: MatchCounts;
}

/**
 * DATE value accuracy (see the module docs for the definition).
 *
 * @example
 * ```ts
 * const v: DateValueScore = { gold: 4, matched: 3, correct: 2, accuracy: 0.5 };
 * ```
 */
export interface DateValueScore {
  /** Gold DATE entities with a non-empty `value`. */
  gold: number;
  /** Of those, how many have a lenient partner. */
  matched: number;
  /** Of those, how many partners carry an equal value (trailing `X` removed). */
  correct: number;
  /** `correct / gold`, 0 when `gold` is 0. */
  accuracy: number;
}

/**
 * One error for `--errors`: a gold entity with no lenient partner (`miss`), a prediction
 * with no lenient partner (`false-alarm`), or a gold entity whose lenient partner has other
 * offsets (`boundary`; counted as a strict miss and a strict false alarm). Context is up to
 * `contextChars` code units of the document text either side of the span (empty when the
 * gold document has no `text`).
 *
 * @example
 * ```ts
 * const e: ScoreError = {
 *   kind: 'miss', document: 'doc-1', type: 'PLACE', gold: { start: 21, end: 27, type: 'PLACE' },
 *   text: 'Zyrtal', before: 'Budi Sartono tiba di ', after: '.',
 * };
 * ```
 */
export interface ScoreError {
  kind: 'miss' | 'false-alarm' | 'boundary';
  document: string;
  type: EntityType;
  gold?: ScoreSpan;
  predicted?: ScoreSpan;
  /** The text of the span shown: the gold span for `miss` and `boundary`, else the prediction. */
  text: string;
  before: string;
  after: string;
}

/**
 * The result of `score` / `createScorer().result()`.
 *
 * @example
 * ```ts
 * const s: Score = score(gold, predictions);
 * console.log(s.micro.lenient.f1, s.dateValue?.accuracy);
 * ```
 */
export interface Score {
  /** The scored types, in `ENTITY_TYPES` order. */
  types: EntityType[];
  /** Gold documents scored. */
  documents: number;
  /** Gold documents that had no prediction (all their entities count as misses). */
  missingPredictions: number;
  /** Predictions dropped as neutral (on an `other` span only). */
  neutral: number;
  byType: Partial<Record<EntityType, TypeScore>>;
  micro: TypeScore;
  /** `null` when DATE is not among the scored types. */
  dateValue: DateValueScore | null;
  /** Errors in document order (gold first), at most `maxErrors`. */
  errors: ScoreError[];
  /** Errors found in total (may exceed `errors.length`). */
  errorCount: number;
}

/**
 * Options of `score` and `createScorer`.
 *
 * @example
 * ```ts
 * score(gold, predictions, { types: ['PERSON', 'ORG'], maxErrors: 20 });
 * ```
 */
export interface ScoreOptions {
  /** Score only these types (gold and predictions of other types are ignored). Default all four. */
  types?: readonly EntityType[];
  /** Keep up to this many errors in `errors` (they are always counted). Default 0. */
  maxErrors?: number;
  /** Context characters either side of an error. Default 40. */
  contextChars?: number;
}

/**
 * An incremental scorer: add documents one at a time (constant memory apart from the kept
 * errors), then read the result.
 *
 * @example
 * ```ts
 * const scorer = createScorer({ types: ['PERSON'] });
 * scorer.add({ id: 'a', entities: [{ start: 0, end: 4, type: 'PERSON' }] }, { id: 'a', entities: [] });
 * scorer.result().micro.strict.recall; // -> 0
 * ```
 */
export interface Scorer {
  /** Scores one gold document against its predictions (`undefined`: no prediction, all misses). */
  add(gold: GoldDocument, predicted: PredictedDocument | readonly ScoreSpan[] | undefined): void;
  result(): Score;
}

interface Tally { gold: number; predicted: number; strictTp: number; lenientTp: number }

/**
 * Precision, recall and F1 from counts; each is 0 when its denominator is 0.
 *
 * @example
 * ```ts
 * ratios(3, 1, 2); // -> { tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: 0.666… }
 * ratios(0, 0, 0); // -> { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 }
 * ```
 */
export function ratios(tp: number, fp: number, fn: number): MatchCounts {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Removes trailing `X` from a TIMEX3 value, the form in which values are compared
 * (`199X` and TimeML's `199` are the same decade).
 *
 * @example
 * ```ts
 * normalizeDateValue('199X'); // -> '199'
 * normalizeDateValue('XXXX-01-26'); // -> 'XXXX-01-26'
 * ```
 */
export function normalizeDateValue(value: string): string {
  return value.replace(/X+$/, '');
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Pairs gold and predicted spans of one type: exact pairs first, then the rest greedily by
 * overlap size. Returns, per gold index, the partner's prediction index or -1.
 */
function lenientPairs(gold: readonly ScoreSpan[], pred: readonly ScoreSpan[]): { goldPartner: number[]; predPartner: number[] } {
  const goldPartner = gold.map(() => -1);
  const predPartner = pred.map(() => -1);
  const exact = new Map<string, number[]>();
  pred.forEach((p, j) => {
    const key = `${p.start}:${p.end}`;
    const list = exact.get(key);
    if (list) list.push(j); else exact.set(key, [j]);
  });
  gold.forEach((g, i) => {
    const j = exact.get(`${g.start}:${g.end}`)?.shift();
    if (j !== undefined) { goldPartner[i] = j; predPartner[j] = i; }
  });
  const pairs: { i: number; j: number; size: number }[] = [];
  gold.forEach((g, i) => {
    if (goldPartner[i] !== -1) return;
    pred.forEach((p, j) => {
      if (predPartner[j] !== -1) return;
      const size = overlap(g, p);
      if (size > 0) pairs.push({ i, j, size });
    });
  });
  pairs.sort((a, b) => b.size - a.size || a.i - b.i || a.j - b.j);
  for (const { i, j } of pairs) {
    if (goldPartner[i] !== -1 || predPartner[j] !== -1) continue;
    goldPartner[i] = j;
    predPartner[j] = i;
  }
  return { goldPartner, predPartner };
}

/**
 * Creates an incremental scorer (see the module docs for every definition).
 *
 * @example
 * ```ts
 * import { createScorer } from 'warta';
 * const scorer = createScorer({ maxErrors: 10 });
 * for (const doc of goldDocs) scorer.add(doc, predictionsById.get(doc.id));
 * const { micro } = scorer.result();
 * ```
 */
export function createScorer(options: ScoreOptions = {}): Scorer {
  const types = ENTITY_TYPES.filter((t) => (options.types ?? ENTITY_TYPES).includes(t));
  const scored = new Set<EntityType>(types);
  const maxErrors = Math.max(0, options.maxErrors ?? 0);
  const contextChars = Math.max(0, options.contextChars ?? 40);
  const tallies = new Map<EntityType, Tally>(types.map((t) => [t, { gold: 0, predicted: 0, strictTp: 0, lenientTp: 0 }]));
  const dateValue = { gold: 0, matched: 0, correct: 0 };
  let documents = 0;
  let missingPredictions = 0;
  let neutral = 0;
  let errorCount = 0;
  const errors: ScoreError[] = [];

  function report(kind: ScoreError['kind'], doc: GoldDocument, type: EntityType, gold: ScoreSpan | undefined, predicted: ScoreSpan | undefined): void {
    errorCount++;
    if (errors.length >= maxErrors) return;
    const shown = (kind === 'false-alarm' ? predicted : gold)!;
    const text = doc.text;
    const error: ScoreError = {
      kind, document: doc.id, type,
      text: text !== undefined ? text.slice(shown.start, shown.end) : (shown.text ?? ''),
      before: text !== undefined ? text.slice(Math.max(0, shown.start - contextChars), shown.start) : '',
      after: text !== undefined ? text.slice(shown.end, shown.end + contextChars) : '',
    };
    const withText = (span: ScoreSpan): ScoreSpan => (text !== undefined ? { ...span, text: text.slice(span.start, span.end) } : { ...span });
    if (gold) error.gold = withText(gold);
    if (predicted) error.predicted = withText(predicted);
    errors.push(error);
  }

  function add(doc: GoldDocument, predicted: PredictedDocument | readonly ScoreSpan[] | undefined): void {
    documents++;
    if (predicted === undefined) missingPredictions++;
    const predictions = predicted === undefined ? [] : Array.isArray(predicted) ? predicted as readonly ScoreSpan[] : (predicted as PredictedDocument).entities;
    const other = doc.other ?? [];
    const kept: ScoreSpan[] = [];
    for (const p of predictions) {
      if (!scored.has(p.type)) continue;
      if (other.length && other.some((o) => overlap(o, p) > 0) && !doc.entities.some((g) => overlap(g, p) > 0)) { neutral++; continue; }
      kept.push(p);
    }
    // Errors are reported in document order, so collect them per document and sort.
    const found: { at: number; kind: ScoreError['kind']; type: EntityType; gold?: ScoreSpan; predicted?: ScoreSpan }[] = [];
    for (const type of types) {
      const tally = tallies.get(type)!;
      const gold = doc.entities.filter((g) => g.type === type).sort((a, b) => a.start - b.start || a.end - b.end);
      const pred = kept.filter((p) => p.type === type).sort((a, b) => a.start - b.start || a.end - b.end);
      tally.gold += gold.length;
      tally.predicted += pred.length;
      const { goldPartner, predPartner } = lenientPairs(gold, pred);
      gold.forEach((g, i) => {
        const j = goldPartner[i]!;
        const p = j >= 0 ? pred[j]! : undefined;
        if (p) {
          tally.lenientTp++;
          if (p.start === g.start && p.end === g.end) tally.strictTp++;
          else found.push({ at: g.start, kind: 'boundary', type, gold: g, predicted: p });
        } else {
          found.push({ at: g.start, kind: 'miss', type, gold: g });
        }
        if (type === 'DATE' && typeof g.value === 'string' && g.value !== '') {
          dateValue.gold++;
          if (p) {
            dateValue.matched++;
            if (typeof p.value === 'string' && normalizeDateValue(p.value) === normalizeDateValue(g.value)) dateValue.correct++;
          }
        }
      });
      pred.forEach((p, j) => { if (predPartner[j] === -1) found.push({ at: p.start, kind: 'false-alarm', type, predicted: p }); });
    }
    found.sort((a, b) => a.at - b.at);
    for (const f of found) report(f.kind, doc, f.type, f.gold, f.predicted);
  }

  function typeScore(t: Tally): TypeScore {
    return {
      gold: t.gold,
      predicted: t.predicted,
      strict: ratios(t.strictTp, t.predicted - t.strictTp, t.gold - t.strictTp),
      lenient: ratios(t.lenientTp, t.predicted - t.lenientTp, t.gold - t.lenientTp),
    };
  }

  function result(): Score {
    const byType: Partial<Record<EntityType, TypeScore>> = {};
    const sum: Tally = { gold: 0, predicted: 0, strictTp: 0, lenientTp: 0 };
    for (const type of types) {
      const t = tallies.get(type)!;
      byType[type] = typeScore(t);
      sum.gold += t.gold; sum.predicted += t.predicted; sum.strictTp += t.strictTp; sum.lenientTp += t.lenientTp;
    }
    return {
      types: [...types],
      documents,
      missingPredictions,
      neutral,
      byType,
      micro: typeScore(sum),
      dateValue: scored.has('DATE') ? { ...dateValue, accuracy: dateValue.gold === 0 ? 0 : dateValue.correct / dateValue.gold } : null,
      errors: [...errors],
      errorCount,
    };
  }

  return { add, result };
}

/**
 * Scores gold documents against predictions matched by `id` (a gold document without a
 * prediction counts as all misses; predictions whose id is not in the gold are ignored).
 *
 * @example
 * ```ts
 * import { score } from 'warta';
 * const s = score(
 *   [{ id: 'a', text: 'Budi Sartono tiba di Zyrtal.', entities: [
 *     { start: 0, end: 12, type: 'PERSON' }, { start: 21, end: 27, type: 'PLACE' }] }],
 *   [{ id: 'a', entities: [{ start: 0, end: 4, type: 'PERSON' }, { start: 21, end: 27, type: 'PLACE' }] }],
 * );
 * s.micro.strict.f1; // -> 0.5
 * s.micro.lenient.f1; // -> 1
 * ```
 */
export function score(gold: Iterable<GoldDocument>, predictions: Iterable<PredictedDocument>, options: ScoreOptions = {}): Score {
  const byId = new Map<string, PredictedDocument>();
  for (const p of predictions) byId.set(p.id, p);
  const scorer = createScorer(options);
  for (const g of gold) scorer.add(g, byId.get(g.id));
  return scorer.result();
}

export { formatScoreTable, formatScoreError } from './format.js';
