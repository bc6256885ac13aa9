/**
 * A defining sentence types its subject: `Zyrtalindo adalah sebuah perusahaan …` (ORG),
 * `Kwort Raya merupakan kota …` (PLACE), `Zyrtans adalah grup musik …` (ORG). The
 * capitalized words that open the clause before the copula are named by the noun after it:
 * an organization's head noun (`perusahaan`, `klub`, `band`, `partai`) or a place's
 * designator (`kota`, `desa`, `pulau`, `negara`).
 */
import { defineRule } from '../define.js';
import type { Candidate, EntityType, RuleContext } from '../../types.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { skipBracketNote, isLowerCode, isNeverNameStart, lexiconPhraseAt, nextWord, skipSpaces, wordBefore, wordIn, type Word } from './scan.js';

const NONE: Candidate[] = [];
const MAX_WORDS = 6;

/** Articles between the copula and the noun: `adalah sebuah …`, `merupakan salah satu …`. */
const ARTICLES = new Set(['sebuah', 'suatu', 'satu', 'salah']);

/** The type the noun at `pos` gives a name defined by it, or null. */
function kindAt(ctx: RuleContext, pos: number): EntityType | null {
  const { text } = ctx;
  let p = pos;
  for (let n = 0; n < 2; n++) {
    const w = nextWord(text, p);
    if (!w || !ARTICLES.has(w.text)) break;
    p = w.end;
  }
  const head = skipSpaces(text, p);
  if (!isLowerCode(text.charCodeAt(head))) return null;
  if (lexiconPhraseAt(ctx, 'definition-non-heads', head, 1) > 0) return null;
  if (lexiconPhraseAt(ctx, 'org-head-nouns', head, 3) > 0) return 'ORG';
  if (lexiconPhraseAt(ctx, 'place-designators-lowercase', head, 2) > 0) return 'PLACE';
  return null;
}

/** True when a sentence or clause starts right before `pos`. */
function clauseStartsBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00A0')) i--;
  return i < 0 || /[\n.!?"“”:;]/u.test(text[i]!);
}


/**
 * `Zyrtalindo adalah sebuah perusahaan` → ORG `Zyrtalindo`.
 *
 * @example
 * ```ts
 * ruleMarkup(definitionTypeRule, 'Zyrtalindo adalah sebuah perusahaan rokok.'); // -> '[[ORG|Zyrtalindo]] adalah sebuah perusahaan rokok.'
 * ```
 */
export const definitionTypeRule = defineRule({
  id: 'definition-type',
  description: 'Capitalized words that open a clause, a copula (`adalah`, `merupakan`) and a noun of an organization or a place (`sebuah perusahaan`, `kota`): an ORG or a PLACE.',
  triggers: { lexicon: 'definition-copulas', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    if (!isLowerCode(text.charCodeAt(trigger.start))) return NONE;
    const type = kindAt(ctx, trigger.end);
    if (type === null) return NONE;
    const end = skipBracketNote(text, trigger.start, 80);
    const run: Word[] = [];
    let p = end;
    while (run.length <= MAX_WORDS) {
      const w = wordBefore(text, p);
      if (!w || !w.capitalized) break;
      run.unshift(w);
      p = w.start;
    }
    if (run.length === 0 || run.length > MAX_WORDS || !clauseStartsBefore(text, run[0]!.start)) return NONE;
    while (run.length > 0 && wordIn(ctx, 'sentence-openers', run[0]!)) run.shift();
    if (run.length === 0) return NONE;
    const start = run[0]!.start;
    const nameEnd = run[run.length - 1]!.end;
    // A pronoun, a title or a common noun (`Ia adalah …`, `Pemerintah adalah …`) names nothing.
    if (isNeverNameStart(ctx, run[0]!) && !(type === 'ORG' && wordIn(ctx, 'org-designators', run[0]!)) && !(type === 'PLACE' && wordIn(ctx, 'place-designators', run[0]!))) return NONE;
    // A known name read in full keeps its own type.
    const known = ctx.gazetteerAt(start);
    if (known && known.end >= nameEnd) return NONE;
    return [{ start, end: nameEnd, type }];
  },
  examples: [
    '[[ORG|Zyrtalindo]] adalah sebuah perusahaan rokok .',
    'Harga naik . [[ORG|Kwort Zyrtans]] merupakan grup musik asal kota itu .',
    '[[PLACE|Kwortania]] adalah kota terbesar di pulau itu .',
    '[[ORG|Zyrtal Raya]] ( ZR ) adalah salah satu klub tertua .',
  ],
  counterexamples: [
    'Ia adalah perusahaan keluarga .',
    'Zyrtal adalah stasiun kereta tertua .',
    'Kwort adalah kelompok etnis terbesar .',
    'Menurut Zyrtov , itu adalah perusahaan lama .',
    'Zyrtov adalah pendiri perusahaan itu .',
  ],
});
