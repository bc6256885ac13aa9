/**
 * A role in quotation marks after `sebagai` or `memerankan`: `tampil sebagai " Zyrtov Kwortan "
 * dalam serial itu`, `memerankan " Zyrtov Kwortan / Zyrtoman "`. Two or three capitalized words
 * that no list explains, filling the quotation (an alter ego after `/` aside), are the name of
 * the character, a person.
 */
import { defineRule } from '../define.js';
import { INLINE_SPACE } from '../patterns.generated.js';
import { isNeverNameStart, readPersonName, skipSpaces, wordAt, wordBefore, wordIn } from './scan.js';

const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;
const OPENING = new Set(['"', '“']);
const CLOSING = new Set(['"', '”', '/']);

/** Verbs before `sebagai` that give a nickname or a title, not a role: `dikenal sebagai " … "`, `dinobatkan sebagai " … "`. */
const NAMING_VERBS = new Set(['dikenal', 'terkenal', 'disebut', 'dijuluki', 'dinobatkan', 'dinamai', 'dinamakan', 'terpilih', 'ditetapkan', 'diangkat', 'dilantik', 'menjadi']);

/** Indonesian derived nouns and `-kan` verbs (`Pemenang`, `Kesatria`, `Pembawa`): roles, not names. */
const DERIVED = /^(?:(?:pe[mnr]?|peng|peny|ke|per)\p{Ll}{3,}an?|(?:me[mn]?|meng|meny|di|ber|ter)\p{Ll}{3,}kan)$/u;

/**
 * `sebagai " Zyrtov Kwortan "` → PERSON `Zyrtov Kwortan`.
 *
 * @example
 * ```ts
 * ruleMarkup(quotedRolePersonRule, 'Ia tampil sebagai " Zyrtov Kwortan " dalam serial itu .'); // -> 'Ia tampil sebagai " [[PERSON|Zyrtov Kwortan]] " dalam serial itu .'
 * ```
 */
export const quotedRolePersonRule = defineRule({
  id: 'quoted-role-person',
  description: 'Two or three unexplained capitalized words filling a quotation after `sebagai` or `memerankan`: a character\'s name, a PERSON.',
  triggers: { lexicon: 'role-quote-intros', anchor: 'end' },
  pattern: INLINE_SPACE,
  extract: (m, ctx) => {
    const { text } = ctx;
    const before = wordBefore(text, ctx.trigger!.start);
    if (before !== null && NAMING_VERBS.has(before.text)) return [];
    const open = m.index + m[0].length;
    if (!OPENING.has(text[open]!)) return [];
    const start = skipSpaces(text, open + 1);
    const first = wordAt(text, start);
    if (!first || !first.capitalized || first.upper || isNeverNameStart(ctx, first) || ctx.gazetteerAt(start)) return [];
    const name = readPersonName(ctx, start, { maxWords: MAX_NAME_WORDS }, first);
    if (!name || name.words.length < MIN_NAME_WORDS) return [];
    if (!CLOSING.has(text[skipSpaces(text, name.end)]!)) return [];
    for (const w of name.words) {
      if (DERIVED.test(w.text.toLowerCase()) || ctx.isKnown(w.start, 'PLACE') || ctx.isKnown(w.start, 'ORG')) return [];
    }
    const last = name.words[name.words.length - 1]!;
    if (wordIn(ctx, 'org-name-finals', last) || wordIn(ctx, 'foreign-place-finals', last)) return [];
    return [{ start: name.start, end: name.end, type: 'PERSON' }];
  },
  examples: [
    'Ia tampil sebagai " [[PERSON|Zyrtov Kwortan]] " dalam serial itu .',
    'Ia juga memerankan " [[PERSON|Kwo Zyrtama]] / Zyrtoman " dalam film itu .',
  ],
  counterexamples: [
    'Ia tampil sebagai " Zyrtov " dalam serial itu .',
    'Ia dikenal sebagai " Kota Zyrtal " oleh warga .',
    'Ia tampil sebagai " Zyrtov Kwortan dan kawan - kawan " .',
    'Ia bekerja sebagai " Zyrtal Records " selama setahun .',
    'Ia tampil sebagai Zyrtov Kwortan dalam serial itu .',
    'Ia dinobatkan sebagai " Zyrtal Kwortan " dalam acara itu .',
    'Demam itu dikenal sebagai " Zyrtov Fever " di mana - mana .',
  ],
});
