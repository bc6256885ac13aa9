/**
 * The scorer (src/eval): strict vs lenient matching, one-to-one overlap matching, the types
 * filter, neutral predictions on `other` spans, DATE value accuracy, empty inputs, errors and
 * the table. All data is invented.
 */
import { describe, expect, it } from 'vitest';
import {
  createScorer, formatScoreError, formatScoreTable, normalizeDateValue, ratios, score,
  type GoldDocument, type PredictedDocument, type ScoreSpan,
} from '../src/eval/score.js';
import * as api from '../src/index.js';
import type { EntityType } from '../src/types.js';

const span = (start: number, end: number, type: EntityType, value?: string): ScoreSpan => (value === undefined ? { start, end, type } : { start, end, type, value });
const one = (gold: ScoreSpan[], pred: ScoreSpan[], extra: Partial<GoldDocument> = {}) =>
  ({ gold: [{ id: 'd', entities: gold, ...extra }] as GoldDocument[], pred: [{ id: 'd', entities: pred }] as PredictedDocument[] });

describe('ratios', () => {
  it.each([
    // tp, fp, fn -> precision, recall, f1
    [3, 1, 2, 0.75, 0.6, 2 / 3],
    [0, 0, 0, 0, 0, 0], // nothing at all: 0s, not NaN
    [0, 2, 0, 0, 0, 0], // only false alarms
    [0, 0, 2, 0, 0, 0], // only misses
    [2, 0, 0, 1, 1, 1],
  ])('tp=%i fp=%i fn=%i', (tp, fp, fn, precision, recall, f1) => {
    const r = ratios(tp, fp, fn);
    expect(r).toMatchObject({ tp, fp, fn });
    expect(r.precision).toBeCloseTo(precision);
    expect(r.recall).toBeCloseTo(recall);
    expect(r.f1).toBeCloseTo(f1);
  });
});

describe('strict and lenient matching', () => {
  // Each row: gold spans, predicted spans, expected [strict tp, fp, fn], [lenient tp, fp, fn].
  const cases: { name: string; gold: ScoreSpan[]; pred: ScoreSpan[]; strict: [number, number, number]; lenient: [number, number, number] }[] = [
    { name: 'exact match', gold: [span(0, 5, 'PERSON')], pred: [span(0, 5, 'PERSON')], strict: [1, 0, 0], lenient: [1, 0, 0] },
    { name: 'boundary error is lenient only', gold: [span(0, 12, 'PERSON')], pred: [span(0, 4, 'PERSON')], strict: [0, 1, 1], lenient: [1, 0, 0] },
    { name: 'same span, other type', gold: [span(0, 5, 'ORG')], pred: [span(0, 5, 'PLACE')], strict: [0, 1, 1], lenient: [0, 1, 1] },
    { name: 'touching spans do not overlap', gold: [span(0, 5, 'PLACE')], pred: [span(5, 9, 'PLACE')], strict: [0, 1, 1], lenient: [0, 1, 1] },
    { name: 'one wide prediction over two gold spans matches one', gold: [span(0, 4, 'PLACE'), span(5, 12, 'PLACE')], pred: [span(0, 12, 'PLACE')], strict: [0, 1, 2], lenient: [1, 0, 1] },
    { name: 'two predictions inside one gold span: one matches', gold: [span(0, 20, 'ORG')], pred: [span(0, 6, 'ORG'), span(7, 20, 'ORG')], strict: [0, 2, 1], lenient: [1, 1, 0] },
    { name: 'duplicate prediction counts once', gold: [span(0, 5, 'PERSON')], pred: [span(0, 5, 'PERSON'), span(0, 5, 'PERSON')], strict: [1, 1, 0], lenient: [1, 1, 0] },
    { name: 'no predictions', gold: [span(0, 5, 'PERSON'), span(6, 9, 'ORG')], pred: [], strict: [0, 0, 2], lenient: [0, 0, 2] },
    { name: 'no gold', gold: [], pred: [span(0, 5, 'PERSON')], strict: [0, 1, 0], lenient: [0, 1, 0] },
  ];
  it.each(cases)('$name', ({ gold, pred, strict, lenient }) => {
    const { gold: g, pred: p } = one(gold, pred);
    const s = score(g, p);
    expect([s.micro.strict.tp, s.micro.strict.fp, s.micro.strict.fn]).toEqual(strict);
    expect([s.micro.lenient.tp, s.micro.lenient.fp, s.micro.lenient.fn]).toEqual(lenient);
    expect(s.micro.lenient.tp).toBeGreaterThanOrEqual(s.micro.strict.tp);
  });

  it('pairs by overlap size: the larger overlap wins, and each span is used once', () => {
    // gold A 0-10, gold B 12-20; prediction P 0-20 overlaps A by 10 and B by 8; Q 14-20 overlaps B by 6.
    const { gold, pred } = one([span(0, 10, 'PLACE'), span(12, 20, 'PLACE')], [span(0, 20, 'PLACE'), span(14, 20, 'PLACE')]);
    const s = score(gold, pred, { maxErrors: 10 });
    expect(s.micro.lenient).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(s.errors.map((e) => [e.kind, e.gold?.start, e.predicted?.start])).toEqual([['boundary', 0, 0], ['boundary', 12, 14]]);
  });

  it('pairs exact matches before larger overlaps, so every strict TP is a lenient TP', () => {
    // gold 0-10; predictions 0-10 (exact) and 0-30 (same overlap). The exact one must be the partner.
    const { gold, pred } = one([span(0, 10, 'ORG')], [span(0, 30, 'ORG'), span(0, 10, 'ORG')]);
    const s = score(gold, pred);
    expect(s.micro.strict.tp).toBe(1);
    expect(s.micro.lenient).toMatchObject({ tp: 1, fp: 1 });
  });

  it('scores per type and micro over types', () => {
    const { gold, pred } = one(
      [span(0, 5, 'PERSON'), span(10, 15, 'ORG'), span(20, 25, 'PLACE'), span(30, 35, 'DATE')],
      [span(0, 5, 'PERSON'), span(10, 13, 'ORG'), span(40, 45, 'PLACE')],
    );
    const s = score(gold, pred);
    expect(s.types).toEqual(['PERSON', 'ORG', 'PLACE', 'DATE']);
    expect(s.byType.PERSON).toMatchObject({ gold: 1, predicted: 1, strict: { tp: 1, f1: 1 }, lenient: { tp: 1 } });
    expect(s.byType.ORG).toMatchObject({ strict: { tp: 0, fp: 1, fn: 1 }, lenient: { tp: 1, precision: 1, recall: 1 } });
    expect(s.byType.PLACE).toMatchObject({ strict: { tp: 0, fp: 1, fn: 1 }, lenient: { tp: 0, fp: 1, fn: 1 } });
    expect(s.byType.DATE).toMatchObject({ gold: 1, predicted: 0, lenient: { precision: 0, recall: 0, f1: 0 } });
    expect(s.micro).toMatchObject({ gold: 4, predicted: 3, strict: { tp: 1, fp: 2, fn: 3 }, lenient: { tp: 2, fp: 1, fn: 2 } });
    expect(s.micro.strict.precision).toBeCloseTo(1 / 3);
    expect(s.micro.lenient.recall).toBeCloseTo(0.5);
  });

  it('matches documents by id; a gold document without a prediction is all misses', () => {
    const gold: GoldDocument[] = [
      { id: 'a', entities: [span(0, 3, 'PERSON')] },
      { id: 'b', entities: [span(0, 3, 'PERSON'), span(5, 8, 'ORG')] },
    ];
    const s = score(gold, [{ id: 'a', entities: [span(0, 3, 'PERSON')] }, { id: 'zzz', entities: [span(0, 1, 'ORG')] }]);
    expect(s.documents).toBe(2);
    expect(s.missingPredictions).toBe(1);
    expect(s.micro.strict).toMatchObject({ tp: 1, fp: 0, fn: 2 });
  });
});

describe('types filter', () => {
  const { gold, pred } = one(
    [span(0, 5, 'PERSON'), span(10, 15, 'ORG'), span(20, 25, 'DATE', '2025')],
    [span(0, 5, 'PERSON'), span(16, 19, 'ORG'), span(20, 25, 'DATE', '2025')],
  );
  it.each([
    { types: ['PERSON'] as EntityType[], micro: [1, 0, 0], dateValue: null },
    { types: ['ORG'] as EntityType[], micro: [0, 1, 1], dateValue: null },
    { types: ['DATE', 'PERSON'] as EntityType[], micro: [2, 0, 0], dateValue: 1 },
  ])('types $types', ({ types, micro, dateValue }) => {
    const s = score(gold, pred, { types });
    expect(s.types).toEqual(['PERSON', 'ORG', 'PLACE', 'DATE'].filter((t) => types.includes(t as EntityType)));
    expect(Object.keys(s.byType).sort()).toEqual([...types].sort());
    expect([s.micro.strict.tp, s.micro.strict.fp, s.micro.strict.fn]).toEqual(micro);
    expect(s.dateValue?.accuracy ?? null).toBe(dateValue);
  });
});

describe('neutral predictions on gold "other" spans', () => {
  const other = [{ start: 30, end: 40 }];
  it.each([
    { name: 'on an other span only: neutral', pred: [span(32, 38, 'ORG')], fp: 0, neutral: 1 },
    { name: 'overlapping other and a gold entity: counted (FP for the wrong type)', pred: [span(8, 35, 'PLACE')], fp: 1, neutral: 0 },
    { name: 'outside every span: FP', pred: [span(50, 55, 'ORG')], fp: 1, neutral: 0 },
  ])('$name', ({ pred, fp, neutral }) => {
    const { gold, pred: p } = one([span(0, 10, 'PERSON')], pred, { other });
    const s = score(gold, p);
    expect(s.micro.strict.fp).toBe(fp);
    expect(s.micro.lenient.fp).toBe(fp);
    expect(s.neutral).toBe(neutral);
    expect(s.micro.predicted).toBe(fp);
  });

  it('a gold entity of a filtered-out type still blocks neutrality', () => {
    const { gold, pred } = one([span(0, 10, 'ORG')], [span(5, 35, 'PERSON')], { other });
    const s = score(gold, pred, { types: ['PERSON'] });
    expect(s.neutral).toBe(0);
    expect(s.micro.strict.fp).toBe(1);
  });
});

describe('DATE value accuracy', () => {
  it.each([
    { name: 'equal values', gold: '2026-01-26', pred: '2026-01-26', correct: 1 },
    { name: 'decade: 199X equals TimeML 199', gold: '199', pred: '199X', correct: 1 },
    { name: 'century: 20XX equals 20', gold: '20XX', pred: '20', correct: 1 },
    { name: 'leading X is kept', gold: 'XXXX-01-26', pred: '2026-01-26', correct: 0 },
    { name: 'different value', gold: '2025-05', pred: '2025-06', correct: 0 },
    { name: 'prediction without value', gold: '2025', pred: undefined, correct: 0 },
  ])('$name', ({ gold, pred, correct }) => {
    // The prediction is a boundary match (lenient only): values are still compared.
    const { gold: g, pred: p } = one([span(0, 12, 'DATE', gold)], [span(0, 8, 'DATE', pred)]);
    const s = score(g, p);
    expect(s.dateValue).toEqual({ gold: 1, matched: 1, correct, accuracy: correct });
  });

  it('counts unmatched gold values in the denominator; gold DATEs without value are not counted', () => {
    const { gold, pred } = one(
      [span(0, 5, 'DATE', '2025'), span(10, 15, 'DATE', '2024'), span(20, 25, 'DATE'), span(30, 35, 'DATE', '')],
      [span(0, 5, 'DATE', '2025'), span(20, 25, 'DATE', '2023')],
    );
    expect(score(gold, pred).dateValue).toEqual({ gold: 2, matched: 1, correct: 1, accuracy: 0.5 });
  });

  it('uses the lenient partner only (not any overlapping prediction)', () => {
    // Two gold dates, one wide prediction with the second date's value: it partners the first (bigger overlap).
    const { gold, pred } = one([span(0, 10, 'DATE', '2025-03-09'), span(11, 14, 'DATE', '2025-03-11')], [span(0, 14, 'DATE', '2025-03-11')]);
    expect(score(gold, pred).dateValue).toEqual({ gold: 2, matched: 1, correct: 0, accuracy: 0 });
  });

  it('is null when DATE is not scored, 0 (not NaN) when there are no gold values', () => {
    const { gold, pred } = one([span(0, 5, 'PERSON')], [span(0, 5, 'PERSON')]);
    expect(score(gold, pred, { types: ['PERSON'] }).dateValue).toBeNull();
    expect(score(gold, pred).dateValue).toEqual({ gold: 0, matched: 0, correct: 0, accuracy: 0 });
  });

  it.each([['199X', '199'], ['20XX', '20'], ['XXXX-01-26', 'XXXX-01-26'], ['2025-03-09/2025-03-11', '2025-03-09/2025-03-11'], ['', '']])('normalizeDateValue(%j) -> %j', (input, output) => {
    expect(normalizeDateValue(input)).toBe(output);
  });
});

describe('empty inputs', () => {
  it('no documents: all zeros, no NaN', () => {
    const s = score([], []);
    expect(s.documents).toBe(0);
    expect(JSON.stringify(s)).not.toMatch(/NaN|null,"errors"/);
    for (const t of [...Object.values(s.byType), s.micro]) {
      expect(t).toEqual({ gold: 0, predicted: 0, strict: ratios(0, 0, 0), lenient: ratios(0, 0, 0) });
    }
    expect(s.dateValue).toEqual({ gold: 0, matched: 0, correct: 0, accuracy: 0 });
  });

  it('documents with no entities on either side: zeros', () => {
    const s = score([{ id: 'a', entities: [] }], [{ id: 'a', entities: [] }]);
    expect(s.micro.strict).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe('errors and context', () => {
  const text = 'Kemarin Budi Sartono tiba di Kota Zyrtal bersama Partai Lembah Raya.';
  //            0       8           20      28   33    40       49                66
  const gold: GoldDocument[] = [{
    id: 'doc-1', text, entities: [span(8, 20, 'PERSON'), span(29, 40, 'PLACE'), span(49, 67, 'ORG')],
  }];
  const pred: PredictedDocument[] = [{ id: 'doc-1', entities: [span(0, 7, 'DATE', '2025-05-11'), span(8, 20, 'PERSON'), span(34, 40, 'PLACE')] }];

  it('lists misses, false alarms and boundary errors in text order, with context', () => {
    const s = score(gold, pred, { maxErrors: 10, contextChars: 10 });
    expect(s.errorCount).toBe(3);
    expect(s.errors.map((e) => [e.kind, e.type, e.text])).toEqual([
      ['false-alarm', 'DATE', 'Kemarin'],
      ['boundary', 'PLACE', 'Kota Zyrtal'],
      ['miss', 'ORG', 'Partai Lembah Raya'],
    ]);
    expect(s.errors[1]).toMatchObject({ before: 'o tiba di ', after: ' bersama P', predicted: { start: 34, end: 40, text: 'Zyrtal' } });
    expect(s.errors[2]!.after).toBe('.');
    expect(formatScoreError(s.errors[2]!)).toBe('miss         doc-1  ORG     49-67  "Partai Lembah Raya"  …l bersama «Partai Lembah Raya».…');
    expect(formatScoreError(s.errors[1]!)).toContain('predicted 34-40 "Zyrtal"');
  });

  it('keeps at most maxErrors but counts them all; none by default', () => {
    expect(score(gold, pred, { maxErrors: 1 }).errors).toHaveLength(1);
    expect(score(gold, pred, { maxErrors: 1 }).errorCount).toBe(3);
    expect(score(gold, pred).errors).toEqual([]);
  });
});

describe('createScorer', () => {
  it('adds documents one at a time; accepts a bare span array', () => {
    const scorer = createScorer({ types: ['PERSON'] });
    scorer.add({ id: 'a', entities: [span(0, 4, 'PERSON')] }, [span(0, 4, 'PERSON')]);
    scorer.add({ id: 'b', entities: [span(0, 4, 'PERSON')] }, undefined);
    const s = scorer.result();
    expect(s.micro.strict).toMatchObject({ tp: 1, fn: 1 });
    expect(s.missingPredictions).toBe(1);
  });
});

describe('formatScoreTable', () => {
  it('is one header, one line per type, micro, then the date value line', () => {
    const { gold, pred } = one([span(0, 5, 'PERSON'), span(6, 10, 'DATE', '2025')], [span(0, 5, 'PERSON'), span(6, 10, 'DATE', '2025X')]);
    const lines = formatScoreTable(score(gold, pred));
    expect(lines).toHaveLength(7);
    expect(lines[0]!.split(/\s+/)).toEqual(['type', 'gold', 'pred', 'strict-P', 'strict-R', 'strict-F1', 'lenient-P', 'lenient-R', 'lenient-F1']);
    expect(lines.slice(1, 6).map((l) => l.split(/\s+/)[0])).toEqual(['PERSON', 'ORG', 'PLACE', 'DATE', 'micro']);
    expect(lines[1]!.split(/\s+/)).toEqual(['PERSON', '1', '1', '100.0', '100.0', '100.0', '100.0', '100.0', '100.0']);
    expect(lines[2]!.split(/\s+/)).toEqual(['ORG', '0', '0', '0.0', '0.0', '0.0', '0.0', '0.0', '0.0']);
    expect(lines[6]).toMatch(/^date value accuracy 100\.0 \(1\/1 gold DATE values/);
  });

  it('has no date value line without DATE or without gold values', () => {
    const { gold, pred } = one([span(0, 5, 'PERSON')], []);
    expect(formatScoreTable(score(gold, pred, { types: ['PERSON'] }))).toHaveLength(3);
    expect(formatScoreTable(score(gold, pred))).toHaveLength(6);
  });
});

it('is exported from the package entry', () => {
  expect(api.score).toBe(score);
  expect(api.createScorer).toBe(createScorer);
  expect(api.formatScoreTable).toBe(formatScoreTable);
});
