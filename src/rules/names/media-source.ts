/**
 * News outlets: a capitalized name after a verb of citing (`seperti dikutip Zyrtal Post`,
 * `dilansir dari Zyrnet`) or after a lower-case media noun (`harian Zyrtal Pos`,
 * `majalah Kwort`) is an ORG.
 */
import { defineRule } from '../define.js';
import type { RuleContext } from '../../types.js';
import { SPACE_THEN_LETTER } from '../patterns.generated.js';
import { isLowerCode, isNeverNameStart, nextWord, skipSpaces, wordAt, type Word } from './scan.js';

const MAX_WORDS = 4;
/** Lower-case words inside an outlet's name (`La Gazzetta dello Sport`, `Voice of Zyrtal`). */
const CONNECTORS = new Set(['dello', 'della', 'del', 'de', 'di', 'of', 'the', 'and', '&']);
/** A verb of citing may name its source after `dari` or `oleh`. */
const SOURCE_PREPOSITIONS = new Set(['dari', 'oleh']);

/** The outlet's name at `pos`: capitalized words with connectors between them, or null. */
function outletAt(ctx: RuleContext, pos: number): { start: number; end: number } | null {
  const first = wordAt(ctx.text, pos);
  if (!first?.capitalized || isNeverNameStart(ctx, first) || ctx.titleAt(pos) > 0) return null;
  const known = ctx.gazetteerAt(pos);
  // Known names are the gazetteer's (a known outlet, or a person or place quoted as a source).
  if (known) return null;
  let end = first.end;
  let words = 1;
  let w: Word | null = first;
  while (words < MAX_WORDS) {
    const next = nextWord(ctx.text, w.end);
    if (!next || skipSpaces(ctx.text, w.end) === w.end) break;
    if (next.capitalized && !isNeverNameStart(ctx, next)) { end = next.end; words++; w = next; continue; }
    const after = CONNECTORS.has(next.text) ? nextWord(ctx.text, next.end) : null;
    if (!after?.capitalized) break;
    end = after.end;
    words++;
    w = after;
  }
  return { start: pos, end };
}

/**
 * `seperti dikutip Zyrtal Post` → ORG `Zyrtal Post`.
 *
 * @example
 * ```ts
 * ruleMarkup(mediaSourceRule, 'Hal itu dilansir Zyrnet, Senin.'); // -> 'Hal itu dilansir [[ORG|Zyrnet]], Senin.'
 * ```
 */
export const mediaSourceRule = defineRule({
  id: 'media-source',
  description: 'A capitalized name after a verb of citing (`dikutip`, `dilansir`) or a lower-case media noun (`harian`, `majalah`): a news outlet, ORG.',
  triggers: { lexicon: 'media-cues', anchor: 'end' },
  pattern: SPACE_THEN_LETTER,
  priority: 5,
  extract: (m, ctx) => {
    const trigger = ctx.trigger!;
    // The media nouns are cues in lower case only (`Harian` may open an outlet's own name).
    if (!isLowerCode(ctx.text.charCodeAt(trigger.start))) return [];
    let pos = m.index + m[0].length;
    const word = wordAt(ctx.text, pos);
    if (word && SOURCE_PREPOSITIONS.has(word.text)) pos = skipSpaces(ctx.text, word.end);
    // `jatah harian BBM`: `harian` is also the adjective "daily" before an acronym.
    const cue = ctx.text.slice(trigger.start, trigger.end);
    if (cue === 'harian' && wordAt(ctx.text, pos)?.upper) return [];
    const outlet = outletAt(ctx, pos);
    return outlet ? [{ ...outlet, type: 'ORG' }] : [];
  },
  examples: [
    'Hal itu dilansir [[ORG|Zyrnet]], Senin.',
    'ujar pelatih itu seperti dikutip [[ORG|Zyrtal Evening Post]] .',
    'Seperti dikutip dari [[ORG|Kwortnews]] , harga naik.',
    'Menurut harian [[ORG|Zyrtal Pos]], angka itu naik.',
    'ujarnya kepada majalah [[ORG|Voice of Kwort]] .',
  ],
  counterexamples: [
    'Pernyataan itu dikutip Presiden dalam pidatonya.',
    'Harian Zyrtal terbit lagi.',
    'Ia dilaporkan Budi Sartono ke polisi.',
    'Ia mengunjungi situs Zyrtal kuno.',
    'Jatah harian BBZ dipangkas.',
    'Data dikutip dari Kementerian Zyrtal.',
  ],
});
