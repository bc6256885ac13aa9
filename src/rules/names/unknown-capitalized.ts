/**
 * The weakest evidence: a capitalized name in mid-sentence that nothing else explains
 * (`… menurut Federer, …`, `kesalahan Zorbanov .`) is most often a person in news. Skipped
 * on title-case lines (headlines), for words of the common-noun, opener, designator, event
 * and title lists, and wherever a known name stands.
 */
import { defineRule } from '../define.js';
import type { RuleContext } from '../../types.js';
import { MID_SENTENCE_CAPITAL } from '../patterns.generated.js';
import { isNeverNameStart, readPersonName, wordAt } from './scan.js';

/** Loses every tie: any other reading of the span wins. */
const FALLBACK_PRIORITY = -10;

/** True when most longer words of the line holding `pos` are capitalized (a headline). */
function onTitleCaseLine(ctx: RuleContext, pos: number): boolean {
  const { text } = ctx;
  const lineStart = text.lastIndexOf('\n', pos) + 1;
  let lineEnd = text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > 240) return false;
  const words = text.slice(lineStart, lineEnd).match(/[\p{L}][\p{L}\p{M}’'-]{3,}/gu) ?? [];
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitalized / words.length >= 0.6;
}

/**
 * `kesalahan Zorbanov .` → PERSON `Zorbanov` (when no other rule or name list explains it).
 *
 * @example
 * ```ts
 * ruleMarkup(unknownCapitalizedRule, 'Gol lahir berkat kesalahan Zorbanov .'); // -> 'Gol lahir berkat kesalahan [[PERSON|Zorbanov]] .'
 * ```
 */
export const unknownCapitalizedRule = defineRule({
  id: 'unknown-capitalized',
  description: 'A capitalized name in mid-sentence that nothing else explains: a PERSON, at the lowest priority.',
  pattern: MID_SENTENCE_CAPITAL,
  priority: FALLBACK_PRIORITY,
  extract: (m, ctx) => {
    const pos = m.index;
    // Mid-sentence means after a lower-case word (or a comma), not inside a capitalized phrase.
    if (ctx.text[pos - 2] !== ',' && !/(?:^|[^\p{L}\p{M}’'-])\p{Ll}[\p{L}\p{M}’'-]*$/u.test(ctx.text.slice(Math.max(0, pos - 30), pos - 1))) return [];
    const first = wordAt(ctx.text, pos);
    if (!first || ctx.gazetteerAt(pos) || isNeverNameStart(ctx, first)) return [];
    if (onTitleCaseLine(ctx, pos)) return [];
    const name = readPersonName(ctx, pos, { maxWords: 3 });
    return name ? [{ start: name.start, end: name.end, type: 'PERSON' }] : [];
  },
  examples: ['Gol itu lahir berkat kesalahan [[PERSON|Zorbanov]] .', 'Rakyat menyambut [[PERSON|Kwort Zyrtalev]] dengan hangat.'],
  counterexamples: [
    'Kunjungan yang Mempunyai Makna Strategis dari Zyrtal pada Periode Baru.',
    'Mereka membela Tanah Air dengan gagah.',
    'Ia hadir di Konferensi itu.',
  ],
});
