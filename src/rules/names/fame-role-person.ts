/**
 * What a name is known as: `Zyrtov dikenal sebagai pemain …`, `Kwort terkenal sebagai
 * produser film`, `Zyrtov dianggap sebagai salah satu penemu …`. Being known or regarded as
 * a person's role (`person-role-nouns`) says the name before is a person, also a brand's name
 * borne by its founder. Plain `adalah pemain` is left to the definition rules: companies are
 * `pemain` of a market too, but not known *as* one in these frames before a role noun.
 */
import { defineRule } from '../define.js';
import type { Candidate } from '../../types.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { isLowerCode, wordBefore, wordIn } from './scan.js';
import { subjectBefore } from './biography-person.js';

const NONE: Candidate[] = [];
/** Words of the frame, read backwards from the role noun. */
const FRAME = new Set(['dikenal', 'terkenal', 'dianggap', 'dipandang', 'sebagai', 'salah', 'satu', 'seorang']);
/** The frame must say the name is known or regarded as something. */
const KNOWN_AS = new Set(['dikenal', 'terkenal', 'dianggap', 'dipandang']);
/** Role nouns a company is also known as (`dikenal sebagai pemain utama pasar`). */
const CORPORATE_ROLES = new Set(['pemain', 'pemenang', 'pelopor']);
const MAX_FRAME = 5;
const MAX_ADVERBS = 2;

/**
 * `Zyrtov dikenal sebagai pemain bertahan` → PERSON `Zyrtov`.
 *
 * @example
 * ```ts
 * ruleMarkup(fameRolePersonRule, 'Kwort Barrov dikenal sebagai pelukis .'); // -> '[[PERSON|Kwort Barrov]] dikenal sebagai pelukis .'
 * ```
 */
export const fameRolePersonRule = defineRule({
  id: 'fame-role-person',
  description: 'Capitalized words that open a clause, `dikenal` / `terkenal` / `dianggap sebagai (salah satu)` and a person role noun: a PERSON.',
  triggers: { lexicon: 'person-role-nouns', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    if (!isLowerCode(text.charCodeAt(trigger.start))) return NONE;
    let end = trigger.start;
    let knownAs = false;
    let sebagai = false;
    for (let n = 0; n < MAX_FRAME; n++) {
      const w = wordBefore(text, end);
      if (!w || w.capitalized || !FRAME.has(w.text)) break;
      if (KNOWN_AS.has(w.text)) knownAs = true;
      if (w.text === 'sebagai') sebagai = true;
      end = w.start;
    }
    if (!knownAs || !sebagai) return NONE;
    for (let n = 0; n < MAX_ADVERBS; n++) {
      const w = wordBefore(text, end);
      if (!w || w.capitalized || !wordIn(ctx, 'subject-adverbs', w)) break;
      end = w.start;
    }
    const found = subjectBefore(ctx, end, false);
    // A known company `dikenal sebagai pemain …` is a market player, not a person.
    if (found.length > 0 && found[0]!.priority !== undefined && CORPORATE_ROLES.has(text.slice(trigger.start, trigger.end))) return NONE;
    return found;
  },
  examples: [
    '[[PERSON|Kwort Barrov]] dikenal sebagai pelukis .',
    '[[PERSON|Zyrtov]] terkenal sebagai produser film dan pelawak .',
    'Harga naik . [[PERSON|Zyrtov]] dianggap sebagai salah satu penemu terpenting .',
    '[[PERSON|Zyrtov Kwortan]] juga dikenal sebagai pemain yang cepat .',
  ],
  counterexamples: [
    'Zyrtov adalah kota yang dikenal sebagai pusat batik .',
    'Ia dikenal sebagai pelukis .',
    'Zyrtov sebagai pelukis tampil kemarin .',
    'Zyrtalindo dikenal sebagai produsen mobil .',
  ],
});
