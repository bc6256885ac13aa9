/**
 * The one module that imports xregexp. Rule patterns are composed with xregexp's
 * free-spacing mode, named subpatterns (`{{name}}`) and `union` (which escapes list items),
 * then compiled to native RegExp literals in `patterns.generated.ts` by `npm run codegen`,
 * so xregexp (120–140 ms to import) never loads at run time.
 *
 * Each rule family writes its patterns in its own `patterns.ts` as a function of the builder
 * (`names/patterns.ts`, `dates/patterns.ts`); they are merged here. Run `npm run codegen`
 * after a change and import from `../patterns.generated.js`; `tests/codegen.test.ts` fails
 * when the generated file is stale.
 */
import XRegExp from 'xregexp';
import type { PatternBuilder, SharedFragments } from './pattern-builder.js';
import { namePatterns } from './names/patterns.js';
import { datePatterns } from './dates/patterns.js';

// Keep `\p{…}` native (xregexp would expand it into kilobytes of ranges) and keep native
// named groups (xregexp would strip the names). Both are understood by every Node ≥ 20.
XRegExp.addToken(/\\[pP]\{[^}]+\}/, (match) => match[0], { scope: 'all', leadChar: '\\' });
XRegExp.addToken(/\(\?<(?=[A-Za-z_$])[\w$]+>/, (match) => match[0], { scope: 'all', leadChar: '(' });

const x: PatternBuilder = (source, subs = {}, flags = 'u') => XRegExp.build(source, subs, `x${flags}`);

/** Escapes and joins a word list, longest first (so `Perdana Menteri` beats `Perdana`). */
export const union = (words: readonly string[]): RegExp =>
  XRegExp.union([...words].sort((a, b) => b.length - a.length), 'u');

const shared: SharedFragments = {
  NAME_WORD: x(String.raw`
    \p{Lu} [\p{L}\p{M}]*          # capitalized word: Budi, Jomart, PETRONAS
    (?: [’'] [\p{L}\p{M}]+ )*     # Dato’, Phu’o’ng
    (?: - \p{L} [\p{L}\p{M}]* )*  # Jong-un, Kassym-Jomart
  `),
};

/** Named patterns compiled into `patterns.generated.ts`. */
export const PATTERNS: Record<string, RegExp> = {
  ...shared,
  ...namePatterns(x, shared),
  ...datePatterns(x, shared),
};
