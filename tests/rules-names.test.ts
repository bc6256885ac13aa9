/**
 * Name rules, table-driven: every rule's examples and counterexamples (invented names, so
 * they prove the rule and not the word list).
 */
import { describe, expect, it } from 'vitest';
import { testRules } from '../src/testing.js';
import { NAME_RULES } from '../src/rules/names/index.js';

testRules(NAME_RULES);

describe('NAME_RULES', () => {
  it('every rule has examples and counterexamples', () => {
    for (const rule of NAME_RULES) {
      expect(rule.examples?.length, rule.id).toBeGreaterThan(0);
      expect(rule.counterexamples?.length, rule.id).toBeGreaterThan(0);
    }
  });
  it('every rule runs on triggers, but the one fallback whose cheap pattern scans the text', () => {
    const scanning = NAME_RULES.filter((rule) => rule.triggers === undefined).map((rule) => rule.id);
    expect(scanning).toEqual(['unknown-capitalized']);
    // Its pattern opens with a space and a capital letter: it fails at once almost everywhere,
    // and the lookbehind (a lower-case letter or a comma before the space) is tried only there.
    expect(NAME_RULES.find((rule) => rule.id === 'unknown-capitalized')!.pattern.source.startsWith('[\\x20\\u00A0]\\p{Lu}(?<=')).toBe(true);
  });
});
