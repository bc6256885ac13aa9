/**
 * The first sentence of a biography: `Zyrtov Kwortan ( lahir 1970 ) adalah seorang penyanyi`,
 * `Zyrtov merupakan pemain sepak bola`, `Zyrtov lahir di …`. The capitalized words that open
 * the sentence, before a bracket or a comma, are the person the sentence is about.
 */
import { defineRule } from '../define.js';
import type { RuleContext } from '../../types.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { isLowerCode, isNeverNameStart, nextWord, phraseAt, readPersonName, skipSpaces, wordAt, wordIn, type Word } from './scan.js';

/** Longest stretch (characters) between the sentence's start and the predicate. */
const MAX_SUBJECT = 140;
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/u;
/** What may stand between the name and the predicate: a numeral of a king, a bracket (closed or not), a comma. */
const GAP = /^[\x20\u00A0]*(?:(?:I{1,3}|IV|VI{0,3}|IX|X)[\x20\u00A0]*)?(?:\([^()\n]*\)?[\x20\u00A0]*)?(?:,[\x20\u00A0]*)?$/u;

/**
 * Offset where the sentence holding `pos` starts: after the last `.`, `!`, `?` or line break
 * outside brackets (`( Zyrtal : ? ? )` holds unreadable characters, not a sentence end), or 0.
 */
function sentenceStart(text: string, pos: number): number {
  const from = Math.max(0, pos - MAX_SUBJECT);
  let depth = 0;
  for (let i = pos - 1; i >= from; i--) {
    const ch = text[i]!;
    if (ch === '\n') return skipSpaces(text, i + 1);
    if (ch === ')') depth++;
    else if (ch === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '!' || ch === '?' || (ch === '.' && (i + 1 >= text.length || text[i + 1] === ' ')))) return skipSpaces(text, i + 1);
  }
  return from === 0 ? skipSpaces(text, 0) : -1;
}

/**
 * True when the predicate after `adalah`/`merupakan` says what a person is: `seorang …`,
 * `salah seorang …`, `salah satu personel …`, or a role noun (`pemain`, `aktris`).
 */
function personPredicate(ctx: RuleContext, verbEnd: number): boolean {
  let w = nextWord(ctx.text, verbEnd);
  if (w?.text === 'salah') {
    w = nextWord(ctx.text, w.end);
    if (w?.text === 'seorang') return true;
    if (w?.text !== 'satu') return false;
    w = nextWord(ctx.text, w.end);
  }
  if (w?.text === 'seorang') return true;
  if (w?.text === 'mantan') w = nextWord(ctx.text, w.end);
  return w !== null && !w.capitalized && phraseAt(ctx, 'person-role-nouns', w, 2) > 0;
}

/**
 * `Zyrtov Kwortan ( lahir 1970 ) adalah seorang penyanyi` → PERSON `Zyrtov Kwortan`.
 *
 * @example
 * ```ts
 * ruleMarkup(biographyLeadPersonRule, 'Zyrtov Kwortan adalah seorang penyanyi.'); // -> '[[PERSON|Zyrtov Kwortan]] adalah seorang penyanyi.'
 * ```
 */
export const biographyLeadPersonRule = defineRule({
  id: 'biography-lead-person',
  description: 'A sentence that opens with capitalized words (a bracket or a comma may follow) and `adalah seorang …`, `merupakan <role noun>` or `lahir`: a PERSON.',
  triggers: { lexicon: 'biography-predicates', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    if (!isLowerCode(text.charCodeAt(trigger.start))) return [];
    if (text.slice(trigger.start, trigger.end) !== 'lahir' && !personPredicate(ctx, trigger.end)) return [];
    const start = sentenceStart(text, trigger.start);
    if (start < 0 || start >= trigger.start) return [];
    const first: Word | null = wordAt(text, start);
    if (!first || !first.capitalized || first.upper || isNeverNameStart(ctx, first) || ctx.gazetteerAt(start)) return [];
    const name = readPersonName(ctx, start, { maxWords: 4 }, first);
    if (!name || !GAP.test(text.slice(name.end, trigger.start))) return [];
    // `Zyrtal Records adalah …`, `Kwort Heights merupakan …`: a company's or a place's name.
    const last = name.words[name.words.length - 1]!;
    if (wordIn(ctx, 'org-name-finals', last) || wordIn(ctx, 'foreign-place-finals', last) || ROMAN.test(last.text)) return [];
    return [{ start: name.start, end: name.end, type: 'PERSON' }];
  },
  examples: [
    '[[PERSON|Zyrtov Kwortan]] adalah seorang penyanyi pop .',
    '[[PERSON|Zyrtov Kwortan]] ( ) adalah pemain sepak bola berkebangsaan Zyrtal .',
    'Lagu itu laris . [[PERSON|Kwortana]] merupakan salah seorang adiknya .',
    '[[PERSON|Zyrtov Kwortan]] III , lahir tahun 1935 adalah petugas pompa .',
    '[[PERSON|Kwortana]] lahir sekitar tahun 1812 di pulau itu .',
    '[[PERSON|Zyr Min Kwo]] ( Zyrtal : ? ? ; ) adalah seorang aktris .',
    '[[PERSON|Zyrtov Kwortan]] ( ; adalah seorang aktor dan penari .',
    '[[PERSON|Zyr Kwon]] adalah salah satu personel grup itu .',
  ],
  counterexamples: [
    'Zyrtal adalah salah satu negara terbesar .',
    'Zyrtal Records adalah perusahaan rekaman .',
    'Pemerintah adalah pelayan rakyat .',
    'Kota itu adalah seorang saksi sejarah .',
    'Ia mengatakan Zyrtov adalah seorang penyanyi .',
    'Kwort Heights adalah seorang tetangga kota .',
    'Zyrtal adalah anak perusahaan Kwort .',
  ],
});
