/**
 * Patterns of the date rules, written with the xregexp builder.
 */
import type { PatternBuilder, SharedFragments } from '../pattern-builder.js';

/** Date-rule patterns, by generated constant name. */
export function datePatterns(_x: PatternBuilder, _shared: SharedFragments): Record<string, RegExp> {
  return {};
}
