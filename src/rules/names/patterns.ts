/**
 * Patterns of the name rules (PERSON, ORG, PLACE), written with the xregexp builder.
 * Rules read names procedurally with the helpers of `scan.ts`; these patterns are the
 * cheap sticky anchors tried at trigger positions, and the word shapes the helpers step by.
 */
import type { PatternBuilder, SharedFragments } from '../pattern-builder.js';

/** Name-rule patterns, by generated constant name. */
export function namePatterns(x: PatternBuilder, { NAME_WORD }: SharedFragments): Record<string, RegExp> {
  return {
    /** Two to four capitalized words: the shape of a personal name. */
    PERSON_NAME: x(String.raw`{{w}} (?: [\x20\u00A0]+ {{w}} ){0,3}`, { w: NAME_WORD }),
    /** Any word, any case: letters, marks, digits, inner apostrophes, inner hyphens and dots (`vtv.vn`). */
    ANY_WORD: x(String.raw`
      [\p{L}\p{M}\p{N}]+
      (?: [’'.] [\p{L}\p{M}]+ )*        # Dato’, Phu’o’ng, vtv.vn, REPUBLIKA.CO.ID
      (?: - [\p{L}\p{M}\p{N}]+ )*       # Jong-un, Selatan-Selatan, ke-14
    `),
    /** Spaces inside one line (names never cross a line break). */
    INLINE_SPACE: x(String.raw`[\x20\t\u00A0\u2009\u202F]+`),
    /** Where a title rule may start: any letter (titles are matched case-insensitively). */
    LETTER_AHEAD: x(String.raw`(?= [\p{L}] )`),
    /** After a trigger word: spaces, then a letter (a preposition may come first). */
    SPACE_THEN_LETTER: x(String.raw`[\x20\t\u00A0]+ (?= \p{L} )`),
    /** After a trigger word: spaces, then a capital letter. */
    SPACE_THEN_CAPITAL: x(String.raw`[\x20\t\u00A0]+ (?= \p{Lu} )`),
    /** Between two names of a pair: a slash, then a capital (`Kevin / Marcus`). */
    PAIR_SEPARATOR: x(String.raw`/ [\x20\t\u00A0]* (?= \p{Lu} )`),
    /** After a credit label: optional spaces and a colon (`Foto: `, `(foto:VNA)`). */
    CREDIT_COLON: x(String.raw`[\x20\t\u00A0]* : [\x20\t\u00A0]*`),
    /** A dateline's parenthesized outlet and dash: `(ANTARA) -`, `(VOVWORLD) -`. */
    DATELINE_PAREN: x(String.raw`
      \( [\x20\t\u00A0]* (?<outlet> \p{Lu} [\p{L}\p{M}.]* (?: [\x20\u00A0] \p{Lu} [\p{L}\p{M}.]* )? ) [\x20\t\u00A0]* \)
      [\x20\t\u00A0]* (?: [-–—]{1,2} | : )
    `),
    /** A bracket that closes its line: `(Zyrtal/Kwort)`, `Budi (ZNA)` at an article's end. */
    LINE_FINAL_PAREN: x(String.raw`
      \( [\x20\t\u00A0]* (?<inner> [^()\n]{1,80}? ) [\x20\t\u00A0]* \) [\x20\t\u00A0]* (?= \r?\n | $ )
    `),
    /** A dateline's comma and second part before a dash: `, Bharata Online -`, `, JAKARTA --`. */
    DATELINE_COMMA: x(String.raw`
      , [\x20\t\u00A0]* (?<second> \p{Lu} [\p{L}\p{M}.]* (?: [\x20\u00A0] \p{Lu} [\p{L}\p{M}.]* ){0,2} )
      [\x20\t\u00A0]* [-–—]{1,2} (?! [\p{L}\p{N}] )
    `),
    /**
     * A capitalized word in mid-sentence: the space before it (the match starts there), after
     * a lower-case letter or a comma. Cheap enough to scan the whole text: a space, then a
     * capital letter, before the lookbehinds are tried at all. The second lookbehind wants
     * the word before to start with a lower-case letter (or a comma before the space); it
     * lets through more than the rule's own check (`afterLowerCaseWord`: at most 29
     * characters back; a character outside the BMP or a long run lets any word through), never
     * less, and spares the rule most capitalized phrases (`Presiden Budi`).
     */
    MID_SENTENCE_CAPITAL: x(String.raw`
      [\x20\u00A0] \p{Lu}
      (?<= [\p{Ll},] [\x20\u00A0] \p{Lu} )
      (?<= (?: ,
             | (?<! [\p{L}\p{M}'’-] ) \p{Ll} [\p{L}\p{M}'’-]*
             | [^\0-\uFFFF] [\p{L}\p{M}'’-]*
             | (?: [\p{L}\p{M}'’-] | [^\0-\uFFFF] ){15}
           ) [\x20\u00A0] \p{Lu} )
      \p{Ll} [\p{L}\p{M}]+
    `),
    /** A VOV photo caption marker glued to the next word: `ảnh 1Sekjen`. */
    CAPTION_MARKER: x(String.raw`(?: ả | a \u0309 ) nh [\x20\u00A0]+ \d{1,2} (?= \p{Lu} )  # precomposed or decomposed`),
  };
}
