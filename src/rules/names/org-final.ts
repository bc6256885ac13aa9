/**
 * A name that ends in a company's, school's or club's final word is an organization's, also
 * when it opens with a place's name: `Zyrtalia State University`, `Kwortland Airlines`. The
 * fallback reads such names only when no known name opens them; this rule reads them back
 * from the final word.
 */
import { defineRule } from '../define.js';
import type { Candidate } from '../../types.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { isLowerCode, isNeverNameStart, nextWord, wordBefore, wordIn, type Word } from './scan.js';

const NONE: Candidate[] = [];
const MAX_WORDS = 4;

/**
 * `di Zyrtalia State University` → ORG `Zyrtalia State University`.
 *
 * @example
 * ```ts
 * ruleMarkup(orgFinalRule, 'Ia kuliah di Rusia State University.'); // -> 'Ia kuliah di [[ORG|Rusia State University]].'
 * ```
 */
export const orgFinalRule = defineRule({
  id: 'org-final',
  description: 'Capitalized words, one of them a known place, before a final word of a company, school or club (`University`, `Airlines`, `FC`): one ORG.',
  triggers: { lexicon: 'org-name-finals', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    if (isLowerCode(text.charCodeAt(trigger.start))) return NONE;
    // The final word ends the name: `Zyrtalia Motor Show` is an event's name, not `… Motor`.
    const after = nextWord(text, trigger.end);
    if (after?.capitalized && after.start <= trigger.end + 1) return NONE;
    const run: Word[] = [];
    let p = trigger.start;
    while (run.length <= MAX_WORDS) {
      const w = wordBefore(text, p);
      if (!w || !w.capitalized) break;
      run.unshift(w);
      p = w.start;
    }
    if (run.length === 0 || run.length > MAX_WORDS) return NONE;
    // Only after a lower-case word (`di …`, `kuliah di …`): at a sentence's start the run may hold an opener.
    const before = wordBefore(text, run[0]!.start);
    if (!before || before.capitalized) return NONE;
    if (isNeverNameStart(ctx, run[0]!) || wordIn(ctx, 'org-name-finals', run[0]!)) return NONE;
    // The fallback reads names that open with an unknown word; this rule only those a known place opens.
    if (!ctx.isKnown(run[0]!.start, 'PLACE')) return NONE;
    return [{ start: run[0]!.start, end: trigger.end, type: 'ORG' }];
  },
  examples: [
    'Ia kuliah di [[ORG|Rusia State University]] selama dua tahun.',
    'Ia terbang dengan [[ORG|Vietnam Airlines]] kemarin.',
  ],
  counterexamples: [
    'Ia kuliah di Zyrtal State University.',
    'Presiden Rusia Group itu tiba.',
    'Ia tiba di Rusia .',
    'Ia mengunjungi pameran Rusia International Motor Show kemarin.',
  ],
});
