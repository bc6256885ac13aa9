/**
 * Encyclopedic and profile sentences say of a person what is said of no organization or
 * place: `Zyrtov lahir di …`, `Kwort Barrov meninggal …`, `Zyrtov adalah seorang …`,
 * `Kwort merupakan putra …`, and the bracketed birth note `Kwort Barrov ( lahir di …`.
 * The capitalized words before such a predicate are a PERSON, also without a title or a verb
 * of saying (foreign names in Wikipedia-style text).
 */
import { defineRule } from '../define.js';
import type { Candidate, RuleContext } from '../../types.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { GAZETTEER_PRIORITY } from '../../gazetteer/compile.js';
import { skipBracketNote, capitalizedRunBefore, wordIn, isLowerCode, isNeverNameStart, nextWord, readPersonName, wordBefore, type Word } from './scan.js';

const MAX_NAME_WORDS = 5;
const MAX_ADVERBS = 2;
const MAX_COPULAS = 3;
const NONE: Candidate[] = [];
/** Above the gazetteer's: a brand's name that a biography predicate shows to be its founder's. */
const FOUNDER_PRIORITY = GAZETTEER_PRIORITY + 1;

/** True when a sentence or clause starts right before `pos`: the text's start, a line break, `.`, `!`, `?`, a quote, a colon, a semicolon or a comma. */
function clauseStartsBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00A0')) i--;
  return i < 0 || /[\n.!?"“”:,;]/u.test(text[i]!);
}

/** Position of the `(` right before `pos` (spaces skipped), or -1. */
function openingBracketBefore(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  return text[i] === '(' ? i : -1;
}


/**
 * The PERSON ending right before `end`: a run of capitalized words that opens a clause
 * (or, with `midSentence`, follows a lower-case word), reads as a personal name and is not
 * a place or an organization the gazetteer knows in full. Shared with the kinship rule.
 *
 * @example
 * ```ts
 * subjectBefore(ctx, 12, false); // on 'Kwort Barrov lahir di sana' -> [PERSON 'Kwort Barrov']
 * ```
 */
export function subjectBefore(ctx: RuleContext, end: number, midSentence: boolean): Candidate[] {
  const { text } = ctx;
  const run = capitalizedRunBefore(text, end, MAX_NAME_WORDS);
  if (run.length === 0 || run.length > MAX_NAME_WORDS) return NONE;
  // An opener (`Setelah Zyrtov meninggal`) is not part of the name; the clause opens before it.
  const clauseStart = run[0]!.start;
  while (run.length > 0 && wordIn(ctx, 'sentence-openers', run[0]!)) {
    // `Di Zyrtal , seorang warga …`: after a preposition of place, a place.
    if (wordIn(ctx, 'place-prepositions', run[0]!)) return NONE;
    run.shift();
  }
  if (run.length === 0 || isNeverNameStart(ctx, run[0]!)) return NONE;
  const start = run[0]!.start;
  const nameEnd = run[run.length - 1]!.end;
  if (!clauseStartsBefore(text, clauseStart)) {
    const before = wordBefore(text, start);
    // After `di`, `ke`, `dari` a name is a place (`di Zyrtal , seorang warga …`).
    if (!midSentence || !before || before.capitalized || wordIn(ctx, 'place-prepositions', before)) return NONE;
  }
  // A known place or person read in full is the gazetteer's; a known organization read in
  // full is a brand named after its founder (`Kwortel lahir di …`, `Kwortel adalah seorang …`):
  // the predicate says a person, and wins the tie. A known name that is only the start of
  // the run is no obstacle (`Kwortel Barrov`).
  // A known person's name is said again, so an ambiguous entry (a name that is also a
  // street's or a pope's) finds its support here.
  const known = ctx.gazetteerAt(start);
  if (known && known.end >= nameEnd) {
    if (known.type === 'PERSON' && known.end === nameEnd) return [{ start, end: nameEnd, type: 'PERSON' }];
    if (known.type !== 'ORG' || known.end !== nameEnd) return NONE;
    return [{ start, end: nameEnd, type: 'PERSON', priority: FOUNDER_PRIORITY }];
  }
  const name = readPersonName(ctx, start);
  if (!name) return NONE;
  // A family name that is also a known brand or place ends the run here (`Kwortel Zyrtalia
  // lahir`): the predicate vouches for the whole name, so it runs on over such words.
  if (name.end !== nameEnd && !run.every((w) => w.start < name.end || mayContinueName(ctx, w))) return NONE;
  return [{ start: name.start, end: nameEnd, type: 'PERSON' }];
}

/** A capitalized word that may end a name the predicate vouches for: a known name, not a title, common noun or stop word. */
function mayContinueName(ctx: RuleContext, w: Word): boolean {
  return !w.upper && !isNeverNameStart(ctx, w) && (ctx.isKnown(w.start, 'ORG') || ctx.isKnown(w.start, 'PLACE'));
}

/** Position of the comma right before `seorang` at `[start, end)`, or -1 (only `seorang` stands in apposition). */
function seorangAfterComma(text: string, start: number, end: number): number {
  if (text.slice(start, end) !== 'seorang') return -1;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  return text[i] === ',' ? i : -1;
}


/** Skips the adverbs (`juga`, `kemudian`) before `end`; returns the new end. */
function skipAdverbs(ctx: RuleContext, end: number): number {
  let e = end;
  for (let n = 0; n < MAX_ADVERBS; n++) {
    const w = wordBefore(ctx.text, e);
    if (!w || w.capitalized || !wordIn(ctx, 'subject-adverbs', w)) break;
    e = w.start;
  }
  return e;
}

/** `lahir` tells of a birth only before a place or a date (`lahir di`, `lahir 3 Mei`), not in `lahir dari gerakan …`. */
function isBirthNote(text: string, triggerEnd: number): boolean {
  // `Zyrtalnet lahir pada 1999 oleh tiga mahasiswa`: founded by someone, not born.
  if (/^[^,.;()\n]{0,60}[\x20\u00A0]oleh[\x20\u00A0]/u.test(text.slice(triggerEnd, triggerEnd + 70))) return false;
  const next = nextWord(text, triggerEnd);
  if (next === null) return /^[\x20\u00A0]*[,;]/u.test(text.slice(triggerEnd, triggerEnd + 4));
  if (/^\p{N}/u.test(next.text)) return true;
  return ['di', 'pada', 'tahun', 'tanggal', 'sekitar'].includes(next.text) || /^[\x20\u00A0]*[,;]/u.test(text.slice(triggerEnd, next.start));
}

/**
 * `Zyrtov lahir di Kwort` → PERSON `Zyrtov`; `… Kwort Barrov ( lahir di …` → PERSON `Kwort Barrov`.
 *
 * @example
 * ```ts
 * ruleMarkup(biographyVerbPersonRule, 'Zyrtov lahir di Kwort.'); // -> '[[PERSON|Zyrtov]] lahir di Kwort.'
 * ```
 */
export const biographyVerbPersonRule = defineRule({
  id: 'biography-verb-person',
  description: 'Capitalized words that open a clause before a verb of a life (born, died, married, raised, schooled), or stand before a bracketed birth note: a PERSON.',
  triggers: { lexicon: 'biography-verbs', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    if (!isLowerCode(text.charCodeAt(trigger.start))) return NONE;
    const verb = text.slice(trigger.start, trigger.end);
    if (verb === 'lahir' && !isBirthNote(text, trigger.end)) return NONE;
    // `Kwort Barrov ( lahir di …`: the bracketed note follows the name wherever it stands.
    const bracket = openingBracketBefore(text, trigger.start);
    if (bracket >= 0) return subjectBefore(ctx, bracket, true);
    return subjectBefore(ctx, skipBracketNote(text, skipAdverbs(ctx, trigger.start), 40), false);
  },
  examples: [
    '[[PERSON|Zyrtov]] lahir di sebuah desa kecil.',
    'Sekolah itu ditutup . [[PERSON|Kwort Barrov]] kemudian meninggal pada usia 80 tahun .',
    'Ia dikenal sebagai [[PERSON|Zyd Kwortel]] ( lahir di sebuah desa , 3 Mei 1901 ) .',
    '[[PERSON|Zyrtov]] lahir 3 Mei 1901 .',
    'Harga naik . Setelah [[PERSON|Kwort]] meninggal , tanahnya dijual .',
    'Pada tahun itu , [[PERSON|Kwort]] menikah dengan seorang guru .',
    '[[PERSON|Kwort Barrov]] menjabat sebagai gubernur sejak 2010 .',
    'Harga naik . [[PERSON|Zyrtov]] diangkat sebagai letnan gubernur tahun itu .',
    '[[PERSON|Kwort Barrov]] mengundurkan diri sebagai ketua pada 2000 .',
    // A family name that is also a country's name: the birth note vouches for the whole name.
    '[[PERSON|Zyd Rusia]] ( lahir di Moskwa ) .',
  ],
  counterexamples: [
    'Ia lahir di sebuah desa kecil.',
    'Ia diangkat sebagai letnan gubernur .',
    'Partai itu lahir dari sebuah gerakan.',
    'Zyrtalindo lahir dari sebuah gerakan mahasiswa.',
    'Pemerintah Zyrtal ( lahir dari revolusi ) berdiri.',
    'Mereka menikah tahun lalu.',
    'Desa itu dibesarkan oleh warganya .',
    'Zyrtalnet lahir pada tanggal 6 Mei 1999 oleh tiga mahasiswa .',
    'Ayah Zyrtov meninggal tahun lalu .',
  ],
});

/**
 * `Zyrtov adalah seorang …`, `Kwort merupakan putra …`, `…, Kwort Barrov , seorang petani` → PERSON.
 *
 * @example
 * ```ts
 * ruleMarkup(biographyNounPersonRule, 'Zyrtov adalah seorang pelukis.'); // -> '[[PERSON|Zyrtov]] adalah seorang pelukis.'
 * ```
 */
export const biographyNounPersonRule = defineRule({
  id: 'biography-noun-person',
  description: 'Capitalized words that open a clause, a copula (`adalah`, `merupakan`, `termasuk salah`) and a noun only people are (`seorang`, `putra`, `anak`, `istri`): a PERSON.',
  triggers: { lexicon: 'biography-nouns', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    if (!isLowerCode(text.charCodeAt(trigger.start))) return NONE;
    // `anak perusahaan`, `anak usaha`: a subsidiary, not a child.
    const next = nextWord(text, trigger.end);
    if (text.slice(trigger.start, trigger.end) === 'anak' && next && (next.text === 'perusahaan' || next.text === 'usaha')) return NONE;
    // Apposition: `…, Kwort Barrov , seorang petani , …` (the comma stands for the copula).
    const comma = seorangAfterComma(text, trigger.start, trigger.end);
    if (comma >= 0) return subjectBefore(ctx, comma, true);
    let end = trigger.start;
    let copulas = 0;
    for (let n = 0; n < MAX_COPULAS; n++) {
      const w = wordBefore(text, end);
      if (!w || w.capitalized || !wordIn(ctx, 'biography-copulas', w)) break;
      copulas++;
      end = w.start;
    }
    if (copulas === 0) return NONE;
    return subjectBefore(ctx, skipBracketNote(text, skipAdverbs(ctx, end), 40), false);
  },
  examples: [
    '[[PERSON|Zyrtov]] adalah seorang pelukis.',
    'Harga naik . [[PERSON|Kwort Barrov]] merupakan putra kedua dari lima bersaudara .',
    '[[PERSON|Zyrtov]] juga merupakan anak bungsu .',
    '[[PERSON|Kwort]] termasuk salah seorang pengusaha terkaya .',
    '[[PERSON|Zyrtov]] dianggap sebagai salah seorang penemu terbesar .',
    'Video itu dilihat [[PERSON|Kwort Barrov]] , seorang agen pencari bakat .',
    '[[PERSON|Zyrtov]] ( 45 ) adalah seorang petani .',
  ],
  counterexamples: [
    'Ia adalah seorang pelukis.',
    'Zyrtalindo adalah anak perusahaan Kwort .',
    'Zyrtov seorang pelukis.',
    'Pemerintah adalah seorang pelayan rakyat .',
    'Menurut Kepala Desa Zyrtal , seorang warga hilang .',
    'Di Zyrtal , seorang warga hilang .',
    'Sementara itu di Zyrtal , seorang warga hilang .',
  ],
});
