/**
 * `warta/testing`: helpers for rule authors (vitest).
 *
 * @example
 * ```ts
 * import { testRules, expectMarkup } from 'warta/testing';
 * import { createExtractor } from 'warta';
 * import { myRule } from './my-rule.js';
 * testRules([myRule]); // one test per example and counter-example
 * expectMarkup(createExtractor({ rules: [myRule] }), 'Ia tiba di [[PLACE|Kota Zyrtal]].');
 * ```
 * @packageDocumentation
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, singleRuleRunners } from './extractor.js';
import { parseMarkup, toMarkup } from './markup.js';
import { ENTITY_TYPES, type EntityType, type Extractor, type Rule, type RuleExample, type ExtractOptions } from './types.js';

function asExample(example: string | RuleExample): RuleExample {
  return typeof example === 'string' ? { markup: example } : example;
}

function markupOf(text: string, spans: ReadonlyArray<{ start: number; end: number; type: EntityType; value?: string }>, withValues: boolean): string {
  return toMarkup(text, spans.map((s) => ({ start: s.start, end: s.end, type: s.type, ...(withValues && s.value !== undefined ? { value: s.value } : {}) })));
}

/**
 * The markup a single rule produces on a text (its own candidates, overlaps resolved among
 * themselves), limited to `types`.
 *
 * @example
 * ```ts
 * ruleMarkup(myRule, 'Ia tiba di Kota Zyrtal.'); // -> 'Ia tiba di [[PLACE|Kota Zyrtal]].'
 * ```
 */
export function ruleMarkup(rule: Rule, text: string, options: { extractor?: Extractor; published?: ExtractOptions['published']; types?: readonly EntityType[]; values?: boolean } = {}): string {
  const extractor = options.extractor ?? defaultTestExtractor();
  const runner = singleRuleRunners.get(extractor);
  if (!runner) throw new TypeError('warta/testing: "extractor" must come from createExtractor');
  const types = new Set(options.types ?? ENTITY_TYPES);
  const spans = runner(rule, text, { published: options.published ?? null }).filter((c) => types.has(c.type));
  return markupOf(text, spans, options.values ?? true);
}

let cached: Extractor | undefined;
function defaultTestExtractor(): Extractor {
  cached ??= createExtractor();
  return cached;
}

/**
 * Registers one vitest case per example and counter-example of each rule. On an example,
 * the rule's own candidates (overlaps resolved among themselves) must equal the marked spans
 * of the types it emits; on a counter-example it must emit nothing.
 *
 * @example
 * ```ts
 * testRules([kotaPlace]);
 * ```
 */
export function testRules(rules: readonly Rule[], options: { extractor?: Extractor } = {}): void {
  for (const rule of rules) {
    describe(`rule ${rule.id}`, () => {
      const types = rule.emit ? [...new Set(Object.values(rule.emit))] : undefined;
      for (const raw of rule.examples ?? []) {
        const example = asExample(raw);
        it(`example: ${example.markup}`, () => {
          const { text, spans } = parseMarkup(example.markup);
          const emitted = types ?? [...new Set(spans.map((s) => s.type))];
          const withValues = spans.some((s) => s.value !== undefined);
          const expected = markupOf(text, spans.filter((s) => emitted.includes(s.type)), withValues);
          const actual = ruleMarkup(rule, text, { extractor: options.extractor, published: example.published ?? null, types: types ?? ENTITY_TYPES, values: withValues });
          if (types === undefined) {
            // Rules with `extract` declare no types: compare every type they produced.
            expect(actual).toBe(markupOf(text, spans, withValues));
          } else {
            expect(actual).toBe(expected);
          }
        });
      }
      for (const raw of rule.counterexamples ?? []) {
        const example = asExample(raw);
        it(`counterexample: ${example.markup}`, () => {
          const { text } = parseMarkup(example.markup);
          expect(ruleMarkup(rule, text, { extractor: options.extractor, published: example.published ?? null })).toBe(text);
        });
      }
    });
  }
}

/**
 * Asserts that the whole pipeline's output on the markup's text equals the markup; on a
 * mismatch vitest shows a markup diff. DATE values are compared when the markup has any.
 *
 * @example
 * ```ts
 * expectMarkup(createExtractor(), 'Presiden [[PLACE|Rusia]] [[PERSON|Vladimir Putin]] tiba.');
 * ```
 */
export function expectMarkup(extractor: Extractor, markup: string, options: ExtractOptions = {}): void {
  const { text, spans } = parseMarkup(markup);
  const withValues = spans.some((s) => s.value !== undefined);
  const actual = markupOf(text, extractor.extract(text, options), withValues);
  expect(actual).toBe(markupOf(text, spans, withValues));
}
