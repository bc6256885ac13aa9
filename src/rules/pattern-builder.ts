/**
 * The type of the pattern builder that `patterns.xregexp.ts` hands to each rule family's
 * pattern file, so that xregexp stays imported by one module only.
 */

/**
 * Builds a RegExp in xregexp's free-spacing mode (`x`: spaces and `# comments` ignored;
 * write a literal space as `\x20`), with `{{name}}` subpatterns from `subs`.
 *
 * @example
 * ```ts
 * const build: PatternBuilder = x;
 * build(String.raw`Kota \x20+ {{name}}  # a city with its designator`, { name: /\p{Lu}\p{Ll}+/u });
 * ```
 */
export type PatternBuilder = (source: string, subs?: Record<string, RegExp | string>, flags?: string) => RegExp;

/** Fragments shared by every family (see `patterns.xregexp.ts`). */
export interface SharedFragments {
  /** One capitalized word, with apostrophes and inner hyphens (`Dato’`, `Jong-un`). */
  NAME_WORD: RegExp;
}
