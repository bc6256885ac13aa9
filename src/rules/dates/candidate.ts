/**
 * The frame every date rule shares: a match becomes one DATE candidate whose value a rule
 * computes from the match's groups and the publication date. Rules say only what differs
 * (their pattern and how the value is read); the span, the candidate and the "no value, no
 * candidate" step live here once.
 */
import type { CalendarDate, Candidate, RuleContext, RuleExample, RuleSpec, Rule } from '../../types.js';
import { defineRule } from '../define.js';
import type { Resolved } from './resolve.js';

/**
 * One match as a date rule sees it. `start`/`end` are the match's document offsets; a rule
 * whose span differs from the match (a day read by a lookbehind, a number after `tanggal`)
 * moves them before returning a value.
 */
export interface DateMatch {
  readonly groups: Readonly<Record<string, string | undefined>>;
  start: number;
  end: number;
  readonly text: string;
  readonly published: CalendarDate | null;
  readonly ctx: RuleContext;
}

/** A rule's value for a match: a TIMEX3 string, or a value with flags (and a priority of its own). */
export type DateValue = string | (Resolved & { priority?: number });

/** A date rule: a `RuleSpec` whose `extract` is replaced by `value`. */
export interface DateRuleSpec extends Omit<RuleSpec, 'extract' | 'emit'> {
  /** The value of the date at `m` (null: not a date). */
  value(m: DateMatch): DateValue | null;
}

/**
 * A DATE candidate (document offsets).
 *
 * @example
 * ```ts
 * dateCandidate(9, 15, { value: '2025-03' }); // -> { start: 9, end: 15, type: 'DATE', value: '2025-03' }
 * ```
 */
export function dateCandidate(start: number, end: number, resolved: DateValue): Candidate {
  if (typeof resolved === 'string') return { start, end, type: 'DATE', value: resolved };
  const c: Candidate = { start, end, type: 'DATE', value: resolved.value };
  if (resolved.flags?.length) c.flags = resolved.flags;
  if (resolved.priority !== undefined) c.priority = resolved.priority;
  return c;
}

/**
 * Defines a date rule: each match gives at most one DATE candidate, valued by `spec.value`.
 *
 * @example
 * ```ts
 * const y = dateRule({ id: 'my-year', pattern: /\d{4}/u, value: (m) => m.text.slice(m.start, m.end) });
 * createExtractor({ rules: [y], builtins: false }).extract('pada 1945'); // -> [{ text: '1945', value: '1945', … }]
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function dateRule(spec: DateRuleSpec): Rule {
  const { value, ...rule } = spec;
  return defineRule({
    ...rule,
    extract(match, ctx) {
      const m: DateMatch = {
        groups: match.groups ?? {}, start: match.index, end: match.index + match[0].length,
        text: ctx.text, published: ctx.published, ctx,
      };
      const v = value(m);
      return v === null ? null : [dateCandidate(m.start, m.end, v)];
    },
  });
}

/**
 * Examples that share a publication date.
 *
 * @example
 * ```ts
 * publishedOn('2025-03-10', 'Rapat [[DATE|Senin|2025-03-10]].');
 * // -> [{ markup: 'Rapat [[DATE|Senin|2025-03-10]].', published: '2025-03-10' }]
 * ```
 */
export function publishedOn(published: string, ...markups: string[]): RuleExample[] {
  return markups.map((markup) => ({ markup, published }));
}
