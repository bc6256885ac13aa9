/**
 * Apposition: `Budi Sartono, Presiden Zyrtalia, mengatakan …` — a capitalized name, a comma,
 * then a title phrase that introduces nobody else: the name is a PERSON.
 */
import { defineRule } from '../define.js';
import type { RuleContext } from '../../types.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { isLetterMarkOrApostrophe, isNeverNameStart, readPersonName, skipSpaces, wordAt, type Word } from './scan.js';
import { readTitlePhrase } from './title-phrase.js';

const MAX_LOOKBACK = 80;

/** The capitalized words ending right before `end` on the same line, nearest last. */
function wordsBefore(ctx: RuleContext, end: number): Word[] {
  const { text } = ctx;
  const from = Math.max(0, end - MAX_LOOKBACK);
  const words: Word[] = [];
  let i = end;
  while (i > from) {
    let j = i;
    while (j > from && isLetterMarkOrApostrophe(text.charCodeAt(j - 1), true)) j--;
    if (j === i) break;
    const w = wordAt(text, j);
    if (!w || w.end !== i) break;
    words.unshift(w);
    let k = j;
    while (k > from && (text[k - 1] === ' ' || text[k - 1] === '\u00A0')) k--;
    if (k === j) break;
    i = k;
  }
  return words;
}

/**
 * `Budi Sartono, Ketua Partai Zyrtal, mengatakan` → PERSON `Budi Sartono`.
 *
 * @example
 * ```ts
 * ruleMarkup(appositionPersonRule, 'Budi Sartono, Presiden Zyrtalia, tiba.'); // -> '[[PERSON|Budi Sartono]], Presiden Zyrtalia, tiba.'
 * ```
 */
export const appositionPersonRule = defineRule({
  id: 'apposition-person',
  description: 'A capitalized name, a comma and a title phrase that names nobody else: the name is a PERSON.',
  triggers: { lexicon: 'titles', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    let c = trigger.start - 1;
    while (c >= 0 && (text[c] === ' ' || text[c] === '\u00A0')) c--;
    if (text[c] !== ',') return [];
    let e = c;
    while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\u00A0')) e--;
    const before = wordsBefore(ctx, e);
    // The name is the trailing run of capitalized words (openers like `Sementara` dropped).
    let k = before.length;
    while (k > 0 && before[k - 1]!.capitalized && !before[k - 1]!.upper) k--;
    const run = before.slice(k);
    while (run.length && isNeverNameStart(ctx, run[0]!)) run.shift();
    if (run.length === 0 || run.length > 4) return [];
    const start = run[0]!.start;
    if (ctx.gazetteerAt(start) || ctx.titleAt(start) > 0) return [];
    // A title word before the name makes it the title rule's case (`Presiden Budi, Ketua …`).
    if (k > 0 && ctx.titleAt(before[k - 1]!.start) > 0) return [];
    const name = readPersonName(ctx, start);
    if (!name || name.end !== e) return [];
    // The title phrase must introduce nobody: `Budi, Presiden Zyrtalia, …` (not `…, Presiden Kwon`).
    const phrase = readTitlePhrase(ctx, trigger.end, 0);
    if (phrase.person) return [];
    const next = text[skipSpaces(text, phrase.end)];
    if (next !== ',' && next !== '.' && next !== undefined && !/\p{Ll}/u.test(next ?? '')) return [];
    return [{ start: name.start, end: name.end, type: 'PERSON' }, ...phrase.inside];
  },
  examples: [
    '[[PERSON|Budi Sartono]], Presiden Rusia, mengatakan bahwa kerja sama penting.',
    'Hal ini disampaikan [[PERSON|Kwon Jong Bak]], Ketua [[ORG|Komite Urusan Zyrtal]], di sana.',
  ],
  counterexamples: [
    'Sementara itu, Presiden Zyrtalia menegaskan.',
    'Dalam pertemuan, Presiden mengatakan.',
    'Sekjen, Presiden Komisi Urusan Zyrtal, Kwon Jong Bak tiba.',
  ],
});
