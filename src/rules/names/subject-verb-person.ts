/**
 * A sentence that opens with a name and a verb of saying: `Zyrtov mengatakan …`,
 * `Budi Sartono juga menegaskan …`. The capitalized words before the verb (and an adverb)
 * are the speaker.
 */
import { defineRule } from '../define.js';
import type { RuleContext } from '../../types.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { capitalizedRunBefore, wordIn, isLowerCode, isNeverNameStart, readPersonName, wordBefore, type Word } from './scan.js';

const MAX_NAME_WORDS = 4;
const MAX_ADVERBS = 2;

/** True when a sentence starts right before `pos`: the text's start, a line break, `.`, `!`, `?`, a quote, a colon or a comma. */
function sentenceStartsBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00A0')) i--;
  return i < 0 || /[\n.!?"“”:,;]/u.test(text[i]!);
}


/**
 * `Zyrtov mengatakan …` → PERSON `Zyrtov`.
 *
 * @example
 * ```ts
 * ruleMarkup(subjectVerbPersonRule, 'Zyrtov mengatakan harga naik.'); // -> '[[PERSON|Zyrtov]] mengatakan harga naik.'
 * ```
 */
export const subjectVerbPersonRule = defineRule({
  id: 'subject-verb-person',
  description: 'A sentence that opens with capitalized words and a verb of saying (an adverb may stand between): the speaker is a PERSON.',
  triggers: { lexicon: 'speech-verbs', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    if (!isLowerCode(text.charCodeAt(trigger.start))) return [];
    // `Budi juga mengatakan`, `Budi lantas meminta`: adverbs between subject and verb.
    let end = trigger.start;
    for (let n = 0; n < MAX_ADVERBS; n++) {
      const w = wordBefore(text, end);
      if (!w || w.capitalized || !wordIn(ctx, 'subject-adverbs', w)) break;
      end = w.start;
    }
    const run = capitalizedRunBefore(ctx.text, end, MAX_NAME_WORDS);
    // An opener (`Kemudian Budi mengatakan`) is not part of the name; a common noun or a
    // title (`Rakyat Zyrtal`, `Gubernur Budi`) makes it someone else's case.
    while (run.length > 0 && wordIn(ctx, 'sentence-openers', run[0]!)) run.shift();
    if (run.length === 0 || run.length > MAX_NAME_WORDS || isNeverNameStart(ctx, run[0]!)) return [];
    const start = run[0]!.start;
    const nameEnd = run[run.length - 1]!.end;
    if (!sentenceStartsBefore(text, run[0]!.start) && wordBefore(text, start)?.capitalized !== true) return [];
    if (ctx.gazetteerAt(start)) return [];
    const name = readPersonName(ctx, start);
    if (!name || name.end !== nameEnd) return [];
    return [{ start: name.start, end: name.end, type: 'PERSON' }];
  },
  examples: [
    '[[PERSON|Zyrtov]] mengatakan harga akan naik.',
    'Harga naik . [[PERSON|Budi Sartono]] juga menegaskan hal itu .',
    'Kemudian [[PERSON|Kwortan]] lantas meminta maaf.',
    '" Kami siap , " [[PERSON|Zyrtov]] menambahkan .',
  ],
  counterexamples: [
    'Pemerintah mengatakan harga naik.',
    'Polisi juga menegaskan hal itu.',
    'Mereka mengatakan hal itu.',
    'Gubernur Zyrtov mengatakan hal itu.',
    'Rakyat Zyrtal mengatakan hal itu.',
    'KPZ mengatakan hal itu.',
    'Pengamat menilai harga naik.',
  ],
});
