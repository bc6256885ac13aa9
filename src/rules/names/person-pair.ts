/**
 * Pairs of people written with a slash: badminton and tennis doubles (`Kevin / Marcus`,
 * `Budi Sartono / Zyrta Kwortani`). Each side the gazetteer does not know is a PERSON.
 * (A spaced dash cannot trigger a rule: hyphens are not trigger tokens.)
 */
import { defineRule } from '../define.js';
import type { Candidate, RuleContext } from '../../types.js';
import { PAIR_SEPARATOR } from '../patterns.generated.js';
import { isNeverNameStart, readPersonName, wordAt, wordBefore, type NameRun, type Word } from './scan.js';

const MAX_WORDS = 4;

/** The capitalized name that ends right before `end` (spaces skipped), or null. */
function nameBefore(ctx: RuleContext, end: number): NameRun | null {
  const words: Word[] = [];
  let p = end;
  while (words.length < MAX_WORDS) {
    const w = wordBefore(ctx.text, p);
    if (!w || !w.capitalized || w.upper) break;
    words.unshift(w);
    p = w.start;
  }
  const runEnd = words[words.length - 1]?.end;
  // A known person that ends the run is the name (`Pasangan Budi Sartono`).
  for (const w of words) {
    const known = ctx.gazetteerAt(w.start);
    if (known?.type === 'PERSON' && known.end === runEnd) return { start: w.start, end: known.end, words: words.slice(words.indexOf(w)) };
  }
  // Else the longest run that reads as a personal name, without a sentence's capitalized
  // first word (`Ganda Zyrtov / …`).
  for (const [i, first] of words.entries()) {
    if (isNeverNameStart(ctx, first) || (i === 0 && words.length > 1 && sentenceStartsAt(ctx.text, first.start))) continue;
    const name = readPersonName(ctx, first.start, { maxWords: MAX_WORDS }, first);
    if (name && name.end === runEnd) return name;
  }
  return null;
}

/** True when `pos` opens a sentence: the text's or a line's start, or after `.`, `!`, `?`. */
function sentenceStartsAt(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00A0')) i--;
  return i < 0 || /[\n.!?]/u.test(text[i]!);
}

/**
 * What the gazetteer knows in `run`: 'person' (it opens with a known person), 'other' (a known
 * place or organization stands in it) or null.
 */
function knownIn(ctx: RuleContext, run: NameRun): 'person' | 'other' | null {
  const opening = ctx.gazetteerAt(run.start);
  if (opening && (opening.type === 'PERSON' || ctx.isKnown(run.start, 'PERSON'))) return 'person';
  for (const w of run.words) {
    const known = ctx.gazetteerAt(w.start);
    if (known && known.type !== 'PERSON') return 'other';
  }
  return null;
}

/**
 * `Kevin / Marcus menang` → PERSON `Kevin`, PERSON `Marcus`.
 *
 * @example
 * ```ts
 * ruleMarkup(personPairRule, 'Ganda Zyrtov / Kwortan menang.'); // -> 'Ganda [[PERSON|Zyrtov]] / [[PERSON|Kwortan]] menang.'
 * ```
 */
export const personPairRule = defineRule({
  id: 'person-pair',
  description: 'Two names joined by a slash (a doubles pair): the sides no name list knows are PERSONs.',
  triggers: { words: ['/'], anchor: 'start' },
  pattern: PAIR_SEPARATOR,
  extract: (m, ctx) => {
    const { text } = ctx;
    const rightPos = m.index + m[0].length;
    const left = nameBefore(ctx, m.index);
    const rightWord = wordAt(text, rightPos);
    if (!left || !rightWord || rightWord.upper || isNeverNameStart(ctx, rightWord)) return [];
    // `I / O`: single letters are not names.
    if (left.end - left.start < 2 || rightWord.end - rightWord.start < 2) return [];
    const right = readPersonName(ctx, rightPos, { maxWords: MAX_WORDS }, rightWord);
    if (!right) return [];
    const leftKnown = knownIn(ctx, left);
    const rightKnown = knownIn(ctx, right);
    if (leftKnown === 'other' || rightKnown === 'other') return [];
    const out: Candidate[] = [];
    if (leftKnown === null) out.push({ start: left.start, end: left.end, type: 'PERSON' });
    if (rightKnown === null) out.push({ start: right.start, end: right.end, type: 'PERSON' });
    return out;
  },
  examples: [
    'Ganda [[PERSON|Zyrtov]] / [[PERSON|Kwortan]] menang.',
    'Mereka kalah dari [[PERSON|Budi Sartono]] / [[PERSON|Zyrta Kwortani]] di final.',
    'Pasangan Megawati / [[PERSON|Zyrtov]] menang.',
  ],
  counterexamples: [
    'Biaya SMA / SMK naik.',
    'Penerbangan Jakarta / Zyrtal dibatalkan.',
    'Data masuk lewat I / O utama.',
  ],
});
