/**
 * Kinship: `ayah Zyrtov`, `Istri Kwort Barrov , …`, `cucu dari Zyrtov` — a capitalized name
 * right after a noun of kinship or marriage is a person's. Above the fallback (which would guess
 * the same), it also reads names the fallback cannot: at a sentence's start (`Ayah Zyrtov
 * adalah …`), and lets the document repeat them (`… Zyrtov lahir …`).
 */
import { defineRule } from '../define.js';
import type { Candidate } from '../../types.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { isLowerCode, nextWord, readPersonName, skipSpaces, wordAt } from './scan.js';
import { subjectBefore } from './biography-person.js';

const NONE: Candidate[] = [];
const THREE_WORDS = { maxWords: 3 };

/** Position of the comma right before `pos` (spaces skipped), or -1. */
function commaBefore(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  return text[i] === ',' ? i : -1;
}

/**
 * `ayah Zyrtov` → PERSON `Zyrtov`.
 *
 * @example
 * ```ts
 * ruleMarkup(kinPersonRule, 'Ayah Zyrtov adalah petani.'); // -> 'Ayah [[PERSON|Zyrtov]] adalah petani.'
 * ```
 */
export const kinPersonRule = defineRule({
  id: 'kin-person',
  description: 'A capitalized name right after a noun of kinship or marriage (`ayah`, `istri`, `putra`, `cucu dari`): a PERSON.',
  triggers: { lexicon: 'kin-nouns', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    // A kin noun inside a capitalized phrase (`Putra Mahkota`, `Putri Indonesia`, a person named
    // `Putra …`) is part of that name: only a lower-case noun, or a capitalized one opening a sentence.
    if (text.charCodeAt(trigger.start) < 0x61 && !/(?:^|[\n.!?"“”:;]\s*)$/u.test(text.slice(Math.max(0, trigger.start - 3), trigger.start))) return NONE;
    let p = skipSpaces(text, trigger.end);
    if (p === trigger.end) return NONE;
    const dari = nextWord(text, trigger.end);
    if (dari?.text === 'dari') p = skipSpaces(text, dari.end);
    const first = wordAt(text, p);
    if (!first?.capitalized || first.upper || ctx.gazetteerAt(p) || ctx.titleAt(p) > 0) return NONE;
    const name = readPersonName(ctx, p, THREE_WORDS, first);
    if (!name) return NONE;
    // A known place or organization right after the name makes it a place's child (`putra Zyrtal Kwortia`).
    const after = skipSpaces(text, name.end);
    if (after > name.end && (ctx.isKnown(after, 'PLACE') || ctx.isKnown(after, 'ORG'))) return NONE;
    const person: Candidate = { start: name.start, end: name.end, type: 'PERSON' };
    // Apposition: `Kwort Barrov , ayah Zyrtov , …` — the name before the comma is a person too.
    const comma = commaBefore(text, trigger.start);
    return comma >= 0 && isLowerCode(text.charCodeAt(trigger.start)) ? [...subjectBefore(ctx, comma, true), person] : [person];
  },
  examples: [
    'Ayah [[PERSON|Zyrtov]] adalah seorang petani .',
    'Istri [[PERSON|Kwort Barrov]] , seorang guru , wafat tahun itu .',
    'Ia adalah cucu dari [[PERSON|Zyd Kwortel]] .',
    'Ia menikah dengan putri [[PERSON|Zyrtov]] pada tahun itu .',
    '[[PERSON|Kwort Barrov]] , ayah [[PERSON|Zyrtov]] , ternyata lemah .',
  ],
  counterexamples: [
    'Ia anak Jakarta asli .',
    'Ia putra daerah .',
    'Gelar Putra Zyrtal diberikan .',
    'Ia anak Presiden .',
    'Ayah dan ibunya petani .',
    'Ia membawa anak KPZ .',
    'Di Zyrtal , anak Jakarta bermain .',
  ],
});
