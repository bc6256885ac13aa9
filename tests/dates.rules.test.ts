/**
 * Every date rule's own examples and counterexamples (see `src/rules/dates/*.ts`).
 */
import { describe, expect, it } from 'vitest';
import { testRules } from '../src/testing.js';
import { DATE_RULES } from '../src/rules/dates/index.js';

testRules(DATE_RULES);

describe('date rules', () => {
  it.each(DATE_RULES.map((r) => [r.id, r] as const))('%s has examples and counterexamples', (_id, rule) => {
    expect(rule.examples?.length ?? 0).toBeGreaterThan(0);
    expect(rule.counterexamples?.length ?? 0).toBeGreaterThan(0);
  });
});
