/**
 * Patterns of the name rules (PERSON, ORG, PLACE), written with the xregexp builder.
 */
import type { PatternBuilder, SharedFragments } from '../pattern-builder.js';

/** Name-rule patterns, by generated constant name. */
export function namePatterns(x: PatternBuilder, { NAME_WORD }: SharedFragments): Record<string, RegExp> {
  return {
    /** Two to four capitalized words: the shape of a personal name. */
    PERSON_NAME: x(String.raw`{{w}} (?: [\x20\u00A0]+ {{w}} ){0,3}`, { w: NAME_WORD }),
  };
}
