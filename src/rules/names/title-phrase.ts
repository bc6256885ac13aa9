/**
 * Reads a title phrase and the person it introduces: titles and honorifics, the country or
 * organization they name (`Presiden Rusia`, `Ketua Komisi Urusan Negara Zyrtalia`), a
 * parenthesized short form (`(Sekjen)`), comma-chained titles (`Sekjen, Presiden …, Budi`),
 * then the name. Titles are never part of the person's span.
 */
import type { Candidate, ResolvedCandidate, RuleContext } from '../../types.js';
import { organizationAt, placeAt } from './designated.js';
import { titleFieldEnd } from './title-field.js';
import { isCode, isNeverNameStart, nextWord, phraseAt, readPersonName, skipSpaces, wordAt, wordBefore } from './scan.js';

/** What a title phrase yielded: the person (if any) and the names inside the phrase. */
export interface TitlePhrase {
  person: Candidate | null;
  /** Organizations and places read inside the title phrase (gazetteer names are left to it). */
  inside: Candidate[];
  /** Where the phrase (and the person, when found) ends. */
  end: number;
}

const MAX_STEPS = 10;
/** A minister's title word (`Menteri`, `Menko`, `Mendes`, `Wamen`): an acronym after it is the portfolio. */
const MINISTER = /^(?:Menteri|Menko|Mendes|Wamen)$/u;
/** An Indonesian company's legal form after its name: `Tbk`, `(Persero)`, `(Persero) Tbk`. */
const LEGAL_FORM = /^(?:Tbk\.?|\([\x20\u00A0]*Persero[\x20\u00A0]*\)(?:[\x20\u00A0]+Tbk\.?)?)(?![\p{L}\p{N}])/u;
const ALLOW_ACRONYM = { allowAcronym: true };

/**
 * Reads from `pos`, right after a title, to the person the title introduces.
 *
 * @example
 * ```ts
 * readTitlePhrase(ctx, 9); // on 'Presiden Zyrtalia Budi Sartono tiba' with Zyrtalia a known place
 * // -> { person: { start: 18, end: 30, type: 'PERSON' }, inside: [], end: 30 }
 * ```
 */
export function readTitlePhrase(ctx: RuleContext, pos: number, personPriority: number): TitlePhrase {
  const { text } = ctx;
  const inside: Candidate[] = [];
  // `Dr. Budi`, `Prof. Budi`: the abbreviated title's dot.
  let p = text[pos] === '.' ? pos + 1 : pos;
  // Where the last organization the phrase named ends (a bracketed short form included).
  let orgEnd = -1;
  // Where the last known or designated organization the phrase passed ends.
  let orgPassed = -1;
  for (let step = 0; step < MAX_STEPS; step++) {
    const q = skipSpaces(text, p);
    const ch = text[q];
    // `Direktur PT Zyrtal (Persero) Tbk Budi`: the company's legal form, then the name.
    if (q > p && (orgPassed === p || namedOrganization(ctx, inside, p))) {
      const legal = LEGAL_FORM.exec(text.slice(q, q + 24));
      if (legal) { p = q + legal[0].length; continue; }
    }
    if (ch === '(') {
      // `Sekretaris Jenderal (Sekjen) Budi`: a short form of the title (or acronyms) in brackets.
      const close = text.indexOf(')', q);
      if (close < 0 || close - q > 40) break;
      const innerStart = skipSpaces(text, q + 1);
      const inner = wordAt(text, innerStart);
      // `(Kemenhub)`: the short form of the organization just named.
      const innerOrg = ctx.gazetteerAt(innerStart)?.type === 'ORG';
      if (!inner || !(ctx.titleAt(innerStart) > 0 || inner.upper || innerOrg)) break;
      p = close + 1;
      if (innerOrg) orgEnd = p;
      continue;
    }
    if (ch === ',') {
      const after = skipSpaces(text, q + 1);
      const title = ctx.titleAt(after);
      if (title > 0) { p = after + title; continue; }
      const known = ctx.gazetteerAt(after);
      if (known && known.type !== 'PERSON') {
        // `Deputi PM Zyrtalia, Zyrtalia Budi Sartono`: a repeated qualifier before the name.
        const name = readPersonName(ctx, skipSpaces(text, known.end));
        if (!name || skipSpaces(text, known.end) === known.end) break;
        p = known.end;
        continue;
      }
      if (known?.type === 'PERSON') return knownPerson(ctx, known, inside, personPriority);
      const name = readPersonName(ctx, after);
      if (!name) break;
      return { person: { start: name.start, end: name.end, type: 'PERSON', priority: personPriority }, inside, end: name.end };
    }
    const word = wordAt(text, q);
    if (!word) break;
    const title = ctx.titleAt(q);
    if (title > 0) {
      acronymsInTitle(ctx, q, q + title, inside);
      p = q + title;
      if (text[p] === '.') p++; // `Dr.`, `Prof.`
      continue;
    }
    const known = ctx.gazetteerAt(q);
    if (known) {
      if (known.type === 'PERSON' || ctx.isKnown(q, 'PERSON')) return knownPerson(ctx, known, inside, personPriority);
      if (known.type === 'ORG') {
        // A known organization may open a longer designated name: keep the longer reading.
        const org = organizationAt(ctx, word, true);
        if (org && org.end > known.end) { inside.push(org); p = orgPassed = org.end; continue; }
        orgPassed = known.end;
      }
      // `Kepala BIN Budi`: the title is the context an ambiguous name needs.
      if (known.flags?.includes('ambiguous') && !known.flags.includes('short')) inside.push({ start: known.start, end: known.end, type: known.type });
      p = known.end;
      continue;
    }
    if (!word.capitalized) {
      // `Duta Besar Zyrtalia untuk Kazakhstan Budi`: the posting, then the name.
      // `Anggota Komisi II DPR dari Partai Zyrtal Budi`: the member's party, then the name.
      const from = word.text === 'dari' && p > pos;
      if (word.text !== 'untuk' && word.text !== 'di' && word.text !== 'bidang' && word.text !== 'urusan' && !from) break;
      const target = skipSpaces(text, word.end);
      const place = ctx.gazetteerAt(target);
      if (place && place.type !== 'PERSON' && (!from || place.type === 'ORG')) { p = orgPassed = place.end; continue; }
      if (from) {
        const targetWord = wordAt(text, target);
        const org = targetWord ? organizationAt(ctx, targetWord, true) : null;
        if (org) { inside.push(org); p = orgPassed = org.end; continue; }
      }
      break;
    }
    const org = organizationAt(ctx, word, true);
    if (org) { inside.push(org); p = orgPassed = org.end; continue; }
    const place = placeAt(ctx, word, true);
    if (place) { inside.push(place); p = place.end; continue; }
    // `Direktur Keuangan Zyrtal Air Budi`: the title's field belongs to the title.
    const field = titleFieldEnd(ctx, q);
    if (field > q) { p = field; continue; }
    if (phraseAt(ctx, 'org-framing-words', word) > 0 || phraseAt(ctx, 'embassy-words', word) > 0) break;
    if (isNeverNameStart(ctx, word)) break;
    // `Ketua DPZ Budi Sartono`: an unknown acronym before a name is the organization; after
    // the organization was named, two capitals are the person's initials (`Kepala Biro DPZ JA Budi`).
    if (word.upper && !isCode(word) && !(word.text.length <= 2 && p > pos && (orgEnd === p || namedOrganization(ctx, inside, p)))) {
      const after = nextWord(text, word.end);
      if (after?.capitalized && !after.upper && skipSpaces(text, word.end) > word.end) {
        inside.push({ start: word.start, end: word.end, type: 'ORG' });
        p = word.end;
        continue;
      }
    }
    const name = readPersonName(ctx, q, ALLOW_ACRONYM, word);
    if (!name) break;
    return { person: { start: name.start, end: name.end, type: 'PERSON', priority: personPriority }, inside, end: name.end };
  }
  return { person: null, inside, end: p };
}

/** True when the phrase named an organization that ends at `end` (read inside it or known). */
function namedOrganization(ctx: RuleContext, inside: readonly Candidate[], end: number): boolean {
  if (inside.some((c) => c.type === 'ORG' && c.end === end)) return true;
  const before = wordBefore(ctx.text, end);
  const known = before ? ctx.gazetteerAt(before.start) : undefined;
  return known?.type === 'ORG' && known.end === end;
}

/**
 * A known person after a title, with the rest of the name when the text goes on with it
 * (`Ketua Budi Sartono` where only `Budi` is known).
 */
function knownPerson(ctx: RuleContext, known: ResolvedCandidate, inside: Candidate[], personPriority: number): TitlePhrase {
  const name = readPersonName(ctx, known.start);
  const end = name && name.end > known.end ? name.end : known.end;
  return { person: { start: known.start, end, type: 'PERSON', priority: personPriority }, inside, end };
}

/**
 * The acronyms a title names (`Menteri ZKPN` → ORG `ZKPN`): all-caps words of three letters
 * or more inside the title that no name list knows.
 * @internal Shared with the title rule.
 */
export function acronymsInTitle(ctx: RuleContext, start: number, end: number, out: Candidate[]): void {
  const { text } = ctx;
  // `Menteri ZKP`, `Mendes ZKP`: the acronym names the minister's portfolio, a part of the title
  // (as `Menteri Hukum dan HAM`), not an organization.
  if (MINISTER.test(wordAt(text, start)?.text ?? '')) return;
  let p = start;
  while (p < end) {
    const w = wordAt(text, p);
    if (!w) { p++; continue; }
    if (w.end <= end && p > start && w.upper && w.text.length >= 3 && !isCode(w) && !/[^\p{Lu}]/u.test(w.text) && !NOT_ORG.has(w.text) && !ctx.gazetteerAt(w.start)) {
      out.push({ start: w.start, end: w.end, type: 'ORG' });
    }
    p = skipSpaces(text, w.end);
    if (p === w.end) p++;
  }
}

/** All-caps words in titles that name a field, not an organization (`Menteri Hukum dan HAM`). */
const NOT_ORG = new Set(['HAM', 'LBBP', 'RT', 'RW']);
