/**
 * A sentence that opens with a personal name and an adverb of its predicate: `Zyrtov Kwortan
 * tidak gentar`, `Zyrtov Kwortan juga bergabung`. An adverb that stands between a subject and
 * its verb (`juga`, `tidak`, `sudah`) says the words before it are a subject; two or three
 * capitalized words that no list explains (no common noun, opener, designator, title, known
 * place or organization) are then a person's name. One word alone is not enough evidence
 * (`Zyrtal juga …` may be a company or a town).
 */
import { defineRule } from '../define.js';
import type { RuleContext } from '../../types.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { capitalizedRunBefore, isLowerCode, isNeverNameStart, readPersonName, wordBefore, wordIn, type Word } from './scan.js';

const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/**
 * True when a sentence starts right before `pos`: the text's start, a line break, or `.`,
 * `!`, `?` after a lower-case word or a number (not after an initial or an abbreviated title:
 * `Dr . Zyrtov`, `M . Kwortan`).
 */
function sentenceStartsBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00A0')) i--;
  if (i < 0 || text[i] === '\n') return true;
  if (!/[.!?]/u.test(text[i]!)) return false;
  i--;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  return i >= 0 && /[\p{Ll}\p{N})"”]/u.test(text[i]!);
}

/** What may stand between the name and the link word: a bracket (closed or not), a comma. */
const GAP = /^[\x20\u00A0]*(?:\([^()\n]*\)?[\x20\u00A0]*)?(?:,[\x20\u00A0]*)?$/u;

/** Start of the gap before `pos`: the offset after the last capitalized word before a bracket or a comma (or `pos`). */
function gapStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00A0')) i--;
  if (text[i - 1] === ',') i--;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00A0')) i--;
  if (text[i - 1] === ')') {
    const open = text.lastIndexOf('(', i - 1);
    if (open >= 0 && pos - open <= 80 && !text.slice(open, i).includes('\n')) i = open;
  }
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00A0')) i--;
  return GAP.test(text.slice(i, pos)) ? i : pos;
}


/** Indonesian derived nouns and `-kan` verbs (`Pembangunan`, `Kesehatan`, `Diberangkatkan`): common words. */
const DERIVED = /^(?:(?:pe[mnr]?|peng|peny|ke|per)\p{Ll}{3,}an|(?:me[mn]?|meng|meny|di|ber|ter)\p{Ll}{3,}kan)$/u;

/**
 * `Zyrtov Kwortan tidak gentar` → PERSON `Zyrtov Kwortan`.
 *
 * @example
 * ```ts
 * ruleMarkup(sentenceLeadPersonRule, 'Zyrtov Kwortan tidak gentar .'); // -> '[[PERSON|Zyrtov Kwortan]] tidak gentar .'
 * ```
 */
export const sentenceLeadPersonRule = defineRule({
  id: 'sentence-lead-person',
  description: 'A sentence that opens with two or three unexplained capitalized words and an adverb of the predicate (`juga`, `tidak`, `sudah`), a conjunction or a relative `yang` (a comma or a bracket may stand between): a PERSON.',
  triggers: { lexicon: 'lead-subject-links', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    if (!isLowerCode(text.charCodeAt(trigger.start))) return [];
    // `Zyrtov Kwortan , yang …`, `Zyrtov Kwortan ( 1970 ) juga …`: a comma or a bracket may stand between.
    const run = capitalizedRunBefore(ctx.text, gapStart(text, trigger.start), MAX_NAME_WORDS);
    if (run.length < MIN_NAME_WORDS || run.length > MAX_NAME_WORDS) return [];
    const first = run[0]!;
    if (!sentenceStartsBefore(text, first.start)) return [];
    if (first.upper || isNeverNameStart(ctx, first) || ctx.gazetteerAt(first.start)) return [];
    const name = readPersonName(ctx, first.start, { maxWords: MAX_NAME_WORDS }, first);
    if (!name || name.end !== run[run.length - 1]!.end || name.words.length < MIN_NAME_WORDS) return [];
    for (const w of name.words) {
      if (w.text.length < 2 || DERIVED.test(w.text.toLowerCase())) return [];
      if (ctx.isKnown(w.start, 'PLACE') || ctx.isKnown(w.start, 'ORG')) return [];
    }
    // `Zyrtal Records juga …`, `Kwort Heights juga …`: a company's or a place's name.
    const last = name.words[name.words.length - 1]!;
    if (wordIn(ctx, 'org-name-finals', last) || wordIn(ctx, 'foreign-place-finals', last)) return [];
    return [{ start: name.start, end: name.end, type: 'PERSON' }];
  },
  examples: [
    '[[PERSON|Zyrtov Kwortan]] tidak gentar , karena lawannya bukan ahli hukum .',
    'Lagu itu laris . [[PERSON|Kwortana Zyrbek]] juga bergabung dengan grup itu .',
    '[[PERSON|Zyr Min Kwo]] sudah lama tinggal di sana .',
    '[[PERSON|Zyrtov Kwortan]] , yang telah pensiun , kembali ke panggung .',
    '[[PERSON|Zyrtov Kwortan]] ( 1901 - 1970 ) juga menulis puisi .',
  ],
  counterexamples: [
    'Zyrtov tidak gentar .',
    'Pemerintah Daerah juga meminta maaf .',
    'Sekolah Dasar juga libur .',
    'Kota Zyrtal tidak pernah sepi .',
    'Zyrtal Records juga merilis album itu .',
    'Ia bertemu Zyrtov Kwortan juga .',
    'Pembangunan Jalan tidak selesai .',
  ],
});
