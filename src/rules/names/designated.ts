/**
 * Readers for names that open with a designator word: organizations (`Partai …`,
 * `Komite …`) and places (`Kota …`, `Bandara …`). Shared by the designator rules and the
 * title rule (`Presiden Komisi Urusan Negara Zyrtalia Budi` names an organization inside).
 */
import type { Candidate, RuleContext } from '../../types.js';
import { nextWord, phraseAt, readDesignatedBody, readPersonName, skipSpaces, spanIn, wordAt, wordIn, type DesignatedBody, type Word } from './scan.js';


/**
 * Where a designated name ends when a person's name may follow it inside the same run of
 * capitalized words (`Ketua Partai Zyrtal Budi Sartono`). A run that a comma or a lower-case
 * word closes is all name. Otherwise the name ends after its last known name or its last
 * final word (`Selatan`, `Raya`); failing both, the last two words are left for the person.
 */
function endBeforePerson(ctx: RuleContext, body: DesignatedBody, minWords: number, knownOnly = false): number {
  const { words } = body;
  // Closed by punctuation (`…, Bapak Budi`): the person comes later, the run is all name —
  // unless what follows is no name at all (`… Budi Sartono, Rabu (23/3)`, `… Budi Sartono.`).
  const after = nextWord(ctx.text, body.end);
  if (after?.capitalized || words.length <= minWords) return body.end;
  if (!after || skipSpaces(ctx.text, body.end) === body.end) {
    const mark = ctx.text[skipSpaces(ctx.text, body.end)];
    if (mark !== ',' && mark !== '.' && mark !== undefined) return body.end;
    const next = nextWord(ctx.text, skipSpaces(ctx.text, body.end) + 1);
    if (mark === ',' && (!next || (next.capitalized && (ctx.titleAt(next.start) > 0 || readPersonName(ctx, next.start) !== null)))) return body.end;
  }
  let cut = -1;
  words.forEach((w, i) => {
    if (i < words.length - 1 && (w.known || (!knownOnly && spanIn(ctx, 'place-name-finals', w.start, w.end)))) cut = i;
  });
  // After a known name, one word more is more likely the name's own (`Universitas Negeri
  // Zyrtal Kwortanov`) than a person's: a person needs two words there.
  if (knownOnly && (cut < 0 || cut > words.length - 3)) return body.end;
  if (cut < 0 && words.length >= minWords + 2) cut = words.length - 3;
  if (cut < minWords - 1) return body.end;
  // What is left must read as a personal name.
  const person = readPersonName(ctx, words[cut + 1]!.start);
  return person && person.end === body.end ? words[cut]!.end : body.end;
}

const BODY_ORG = { connectors: true };

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
  const first = wordAt(ctx.text, pos);
  return first ? organizationAt(ctx, first, options.beforePerson === true) : null;
}

/**
 * `readOrganization` at a word already read.
 * @internal
 */
export function organizationAt(ctx: RuleContext, first: Word, beforePerson: boolean): Candidate | null {
  const { text } = ctx;
  if (!first.capitalized) return null;
  const pos = first.start;
  const length = phraseAt(ctx, 'org-designators', first, 4);
  if (length === 0) return null;
  const designatorEnd = pos + length;
  if (text[designatorEnd] === '-') return null; // `Partai-partai`: a plural, not a name
  const body = readDesignatedBody(ctx, designatorEnd, BODY_ORG);
  if (body.words.length === 0) return null;
  // Without a title before it, a person may still follow a known name inside the run
  // (`Komite Partai Provinsi Zyrtal Budi Sartono memimpin`): cut only after a known name.
  return { start: pos, end: endBeforePerson(ctx, body, 1, !beforePerson), type: 'ORG' };
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
  const first = wordAt(ctx.text, pos);
  return first ? placeAt(ctx, first, options.beforePerson === true) : null;
}

const BODY_BEFORE_PERSON = { connectors: false, maxWords: 7 };
const BODY_PLACE = { connectors: false, maxWords: 5 };
const BODY_LOWERCASE = { connectors: false, maxWords: 4 };
const BODY_STREET = { connectors: false, maxWords: 5, people: true };
/** Facilities often named after a person, titles included (`Bandara Internasional Dr. Zyrt Kwortan`, `Taman Ho Chi Minh`). */
const NAMED_AFTER_PEOPLE = new Set(['Bandara', 'Stadion', 'Monumen', 'Taman', 'Makam', 'Mausoleum', 'Museum', 'Patung', 'Jembatan']);
const BODY_NAMED_AFTER_PEOPLE = { connectors: false, maxWords: 6, people: true };
/** Street designators (capitalized): the name after them may be a person's, titles included. */
const STREET = new Set(['Jalan', 'Jl', 'Jln', 'JL', 'JLN']);
/** Words of an address after a street's name (`Jalan Zyrtal No 5`, `Kav 12`, `Blok C`). */
const STREET_STOPS = new Set(['No', 'Nomor', 'Nomer', 'Kav', 'Kavling', 'Blok', 'RT', 'RW', 'Lt', 'Lantai', 'Gedung', 'Kelurahan', 'Kecamatan', 'Kota', 'Kabupaten']);

/**
 * `readPlace` at a word already read.
 * @internal
 */
export function placeAt(ctx: RuleContext, first: Word, beforePerson: boolean): Candidate | null {
  const { text } = ctx;
  const pos = first.start;
  if (first.capitalized) {
    const length = phraseAt(ctx, 'place-designators', first);
    if (length === 0) return null;
    if (STREET.has(first.text)) {
      // A street is mostly named after a person, with titles (`Jl. Sultan Budi Sartono`).
      const from = text.charCodeAt(pos + length) === 0x2e ? pos + length + 1 : pos + length;
      const body = readDesignatedBody(ctx, from, BODY_STREET);
      let end = from;
      for (const w of body.words) {
        if (STREET_STOPS.has(text.slice(w.start, w.end))) break;
        end = w.end;
      }
      return end === from ? null : { start: pos, end, type: 'PLACE' };
    }
    const named = NAMED_AFTER_PEOPLE.has(first.text);
    const body = readDesignatedBody(ctx, pos + length, beforePerson ? BODY_BEFORE_PERSON : named ? BODY_NAMED_AFTER_PEOPLE : BODY_PLACE);
    if (body.words.length === 0) return null;
    // Without a title before it, a person may still follow a known place
    // (`Komite Rakyat Provinsi Zyrtal Budi Sartono hadir`): cut only after a known name.
    return { start: pos, end: endBeforePerson(ctx, body, 1, !beforePerson), type: 'PLACE' };
  }
  // A lower-case designator phrase (`kota`, `ibu kota`).
  const length = phraseAt(ctx, 'place-designators-lowercase', first, 2);
  if (length === 0) return null;
  const nameStart = skipSpaces(text, pos + length);
  const name = nextWord(text, pos + length);
  if (!name?.capitalized || name.upper || nameStart === pos + length) return null;
  if (ctx.gazetteerAt(nameStart) || ctx.titleAt(nameStart) > 0) return null;
  if (wordIn(ctx, 'capitalized-common-nouns', name) || wordIn(ctx, 'sentence-openers', name)) return null;
  const body = readDesignatedBody(ctx, pos + length, BODY_LOWERCASE);
  if (body.words.length === 0) return null;
  return { start: nameStart, end: body.end, type: 'PLACE' };
}
