/**
 * A name that has members is a group: `Zyrtabelle beranggotakan Ani , Budi …`, `bersama KWB (
 * Kwort Wahl Band ) yang beranggotakan para aktor`. Bands, coalitions, committees and teams
 * are said to have members; people are not.
 */
import { defineRule } from '../define.js';
import type { Candidate, RuleContext } from '../../types.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { skipBracketNote, isLowerCode, isNeverNameStart, wordBefore, wordIn, type Word } from './scan.js';

const NONE: Candidate[] = [];
const MAX_NAME_WORDS = 4;
/** Longest bracketed note skipped between the name and the verb (`( Kwort Wahl Band )`). */
const MAX_NOTE = 60;

/** Skips `yang`, a comma and a bracketed note right before `end`; returns the new end. */
function skipLink(text: string, end: number): number {
  let e = end;
  const yang = wordBefore(text, e);
  if (yang && yang.text === 'yang') e = yang.start;
  let i = e - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  if (text[i] === ',') { e = i; i--; while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--; }
  const open = skipBracketNote(text, i + 1, MAX_NOTE);
  return open === i + 1 ? e : open;
}

/** The capitalized words right before `end`, first to last, or [] when one of them may not be in a name. */
function nameBefore(ctx: RuleContext, end: number): Word[] {
  const words: Word[] = [];
  let p = end;
  for (let n = 0; n < MAX_NAME_WORDS + 1; n++) {
    const w = wordBefore(ctx.text, p);
    if (!w || !w.capitalized) break;
    words.unshift(w);
    p = w.start;
  }
  // Openers and titles before the name are not part of it (`Kemudian Zyrtabelle …`).
  while (words.length > 0 && (wordIn(ctx, 'sentence-openers', words[0]!) || isNeverNameStart(ctx, words[0]!))) words.shift();
  return words.length > MAX_NAME_WORDS ? [] : words;
}

/**
 * `Zyrtabelle beranggotakan …` → ORG `Zyrtabelle`.
 *
 * @example
 * ```ts
 * ruleMarkup(membersOrgRule, 'Saat itu , Zyrtabelle beranggotakan tujuh orang .'); // -> 'Saat itu , [[ORG|Zyrtabelle]] beranggotakan tujuh orang .'
 * ```
 */
export const membersOrgRule = defineRule({
  id: 'members-org',
  description: 'Capitalized words before `beranggotakan` (`yang`, a comma or a bracketed note between): an ORG, a group with members.',
  triggers: { words: ['beranggotakan'], anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    if (!isLowerCode(text.charCodeAt(trigger.start))) return NONE;
    const words = nameBefore(ctx, skipLink(text, trigger.start));
    if (words.length === 0) return NONE;
    const start = words[0]!.start;
    // A known person or place is not a group (`Budi beranggotakan` does not occur; a town's council is).
    if (ctx.isKnown(start, 'PERSON') || ctx.isKnown(start, 'PLACE')) return NONE;
    return [{ start, end: words[words.length - 1]!.end, type: 'ORG' }];
  },
  examples: [
    'Saat itu , [[ORG|Zyrtabelle]] beranggotakan tujuh orang .',
    'Ia bernyanyi bersama [[ORG|KWB]] ( Kwort Wahl Band ) yang beranggotakan para aktor .',
    'Kemudian [[ORG|Zyrtal Kwort]] yang beranggotakan lima negara dibentuk .',
  ],
  counterexamples: [
    'Tim itu beranggotakan lima orang .',
    'Komite beranggotakan tujuh orang .',
    'Ia beranggotakan lima orang .',
  ],
});
