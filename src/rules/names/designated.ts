/**
 * Readers for names that open with a designator word: organizations (`Partai …`,
 * `Komite …`) and places (`Kota …`, `Bandara …`). Shared by the designator rules and the
 * title rule (`Presiden Komisi Urusan Negara Zyrtalia Budi` names an organization inside).
 */
import type { Candidate, RuleContext } from '../../types.js';
import { lexiconPhraseAt, nextWord, readDesignatedBody, readPersonName, skipSpaces, wordAt, inLexicon, type DesignatedBody } from './scan.js';

/** Longest lower-case designator phrase (`kota`, `ibu kota`) at `pos`, or 0. */
function lowercaseDesignatorAt(ctx: RuleContext, pos: number): number {
  const w = wordAt(ctx.text, pos);
  if (!w || w.capitalized) return 0;
  return lexiconPhraseAt(ctx, 'place-designators-lowercase', pos, 2);
}

/**
 * Where a designated name ends when a person's name may follow it inside the same run of
 * capitalized words (`Ketua Partai Zyrtal Budi Sartono`). A run that a comma or a lower-case
 * word closes is all name. Otherwise the name ends after its last known name or its last
 * final word (`Selatan`, `Raya`); failing both, the last two words are left for the person.
 */
function endBeforePerson(ctx: RuleContext, body: DesignatedBody, minWords: number): number {
  const { words } = body;
  // Closed by punctuation (`…, Bapak Budi`): the person comes later, the run is all name.
  const after = nextWord(ctx.text, body.end);
  if (!after || after.capitalized || skipSpaces(ctx.text, body.end) === body.end || words.length <= minWords) return body.end;
  let cut = -1;
  words.forEach((w, i) => {
    if (i < words.length - 1 && (w.known || inLexicon(ctx, 'place-name-finals', ctx.text.slice(w.start, w.end)))) cut = i;
  });
  if (cut < 0 && words.length >= minWords + 2) cut = words.length - 3;
  if (cut < minWords - 1) return body.end;
  // What is left must read as a personal name.
  const person = readPersonName(ctx, words[cut + 1]!.start);
  return person && person.end === body.end ? words[cut]!.end : body.end;
}

/**
 * Reads an organization name opening with a capitalized designator at `pos`
 * (`Komite Urusan Luar Negeri Kota Saint Petersburg`). With `beforePerson`, a run of
 * capitalized words after the last known name in the body is left for the person
 * (`Ketua Partai Zyrtal Budi Sartono`: `Zyrtal` known, `Budi Sartono` is the person).
 *
 * @example
 * ```ts
 * readOrganization(ctx, 0); // on 'Komisi Urusan Negara Zyrtalia, …' -> { start: 0, end: 29, type: 'ORG' }
 * ```
 */
export function readOrganization(ctx: RuleContext, pos: number, options: { beforePerson?: boolean } = {}): Candidate | null {
  const { text } = ctx;
  const first = wordAt(text, pos);
  if (!first?.capitalized) return null;
  const length = lexiconPhraseAt(ctx, 'org-designators', pos);
  if (length === 0) return null;
  const designatorEnd = pos + length;
  if (text[designatorEnd] === '-') return null; // `Partai-partai`: a plural, not a name
  const body = readDesignatedBody(ctx, designatorEnd, { connectors: true });
  if (body.words.length === 0) return null;
  const end = options.beforePerson ? endBeforePerson(ctx, body, 1) : body.end;
  return { start: pos, end, type: 'ORG' };
}

/**
 * Reads a place name at `pos`: a capitalized designator with its name (`Kota Zyrtal` →
 * the whole span), or a lower-case designator before a name (`istana Zyrtal` → `Zyrtal`).
 * `beforePerson` as in `readOrganization`.
 *
 * @example
 * ```ts
 * readPlace(ctx, 0); // on 'Bandara Zyrtal Raya tutup' -> { start: 0, end: 19, type: 'PLACE' }
 * ```
 */
export function readPlace(ctx: RuleContext, pos: number, options: { beforePerson?: boolean } = {}): Candidate | null {
  const { text } = ctx;
  const first = wordAt(text, pos);
  if (!first) return null;
  if (first.capitalized) {
    const length = lexiconPhraseAt(ctx, 'place-designators', pos);
    if (length === 0) return null;
    const body = readDesignatedBody(ctx, pos + length, { connectors: false, maxWords: options.beforePerson ? 7 : 5 });
    if (body.words.length === 0) return null;
    return { start: pos, end: options.beforePerson ? endBeforePerson(ctx, body, 1) : body.end, type: 'PLACE' };
  }
  const length = lowercaseDesignatorAt(ctx, pos);
  if (length === 0) return null;
  const nameStart = skipSpaces(text, pos + length);
  const name = nextWord(text, pos + length);
  if (!name?.capitalized || name.upper || nameStart === pos + length) return null;
  if (ctx.gazetteerAt(nameStart) || ctx.titleAt(nameStart) > 0) return null;
  if (inLexicon(ctx, 'capitalized-common-nouns', name.text) || inLexicon(ctx, 'sentence-openers', name.text)) return null;
  const body = readDesignatedBody(ctx, pos + length, { connectors: false, maxWords: 4 });
  if (body.words.length === 0) return null;
  return { start: nameStart, end: body.end, type: 'PLACE' };
}
