/**
 * The one module that imports xregexp. Rule patterns are composed here with xregexp's
 * free-spacing mode, named subpatterns (`{{name}}`) and `union` (which escapes list items),
 * then compiled to native RegExp literals in `patterns.generated.ts` by `npm run codegen`,
 * so xregexp (120–140 ms to import) never loads at run time.
 *
 * Add a pattern: export it from `PATTERNS` below, run `npm run codegen`, import it from
 * `./patterns.generated.js`. `tests/codegen.test.ts` fails when the generated file is stale.
 */
import XRegExp from 'xregexp';

// Keep `\p{…}` native (xregexp would expand it into kilobytes of ranges) and keep native
// named groups (xregexp would strip the names). Both are understood by every Node ≥ 20.
XRegExp.addToken(/\\[pP]\{[^}]+\}/, (match) => match[0], { scope: 'all', leadChar: '\\' });
XRegExp.addToken(/\(\?<(?=[A-Za-z_$])[\w$]+>/, (match) => match[0], { scope: 'all', leadChar: '(' });

const x = (source: string, subs: Record<string, RegExp | string> = {}, flags = 'u'): RegExp =>
  XRegExp.build(source, subs, `x${flags}`);

/** A letter that can continue a name: letters, marks, apostrophes between letters. */
const NAME_WORD = x(String.raw`
  \p{Lu} [\p{L}\p{M}]*          # capitalized word: Budi, Jomart, PETRONAS
  (?: [’'] [\p{L}\p{M}]+ )*     # Dato’, Phu’o’ng
  (?: - \p{L} [\p{L}\p{M}]* )*  # Jong-un, Kassym-Jomart
`);

/** Named patterns compiled into `patterns.generated.ts`. */
export const PATTERNS: Record<string, RegExp> = {
  NAME_WORD,
  /** Two to four capitalized words: the shape of a personal name. */
  PERSON_NAME: x(String.raw`{{w}} (?: [\x20\u00A0]+ {{w}} ){0,3}`, { w: NAME_WORD }),
};
