/**
 * Title + name: a title or honorific (the `titles` lexicon), optionally the country or
 * organization it names, then a capitalized name → PERSON, without the title.
 */
import { defineRule } from '../define.js';
import type { Candidate, RuleContext } from '../../types.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { lexiconPhraseAt } from './scan.js';
import { acronymsInTitle, readTitlePhrase } from './title-phrase.js';

/** Rule spans after a title beat a gazetteer reading of equal length (`Presiden Ho Chi Minh`). */
export const TITLE_PERSON_PRIORITY = 25;

/**
 * The candidates of a title phrase whose title spans `[titleStart, titleEnd)`.
 * @internal Shared with the caption rule.
 */
export function titlePhraseCandidates(ctx: RuleContext, titleStart: number, titleEnd: number): Candidate[] {
  // `Ibu Kota`, `Kepala Negara`: a common noun that begins with a title word.
  if (lexiconPhraseAt(ctx, 'capitalized-common-nouns', titleStart) > titleEnd - titleStart) return [];
  const phrase = readTitlePhrase(ctx, titleEnd, TITLE_PERSON_PRIORITY);
  const inside: Candidate[] = [];
  acronymsInTitle(ctx, titleStart, titleEnd, inside);
  inside.push(...phrase.inside);
  return phrase.person ? [...inside, phrase.person] : inside;
}

/**
 * `Presiden Rusia Vladimir Putin` → PERSON `Vladimir Putin` (the gazetteer tags `Rusia`);
 * `Wakil Ketua Komite Urusan Luar Negeri Kota Zyrtal, Bapak Budi Sartono` → ORG + PERSON.
 *
 * @example
 * ```ts
 * ruleMarkup(titlePersonRule, 'Gubernur Budi Sartono tiba.'); // -> 'Gubernur [[PERSON|Budi Sartono]] tiba.'
 * ```
 */
export const titlePersonRule = defineRule({
  id: 'title-person',
  description: 'A title or honorific, its country or organization, then a name: the name is a PERSON, the title is not part of it.',
  triggers: { lexicon: 'titles', anchor: 'start' },
  pattern: LETTER_AHEAD,
  priority: TITLE_PERSON_PRIORITY,
  extract: (_m, ctx) => {
    const trigger = ctx.trigger!;
    return titlePhraseCandidates(ctx, trigger.start, trigger.end);
  },
  examples: [
    'Gubernur [[PERSON|Budi Sartono]] tiba di sana.',
    'Wakil Gubernur [[PLACE|Provinsi Kjwrt Selatan]] [[PERSON|Budi Sartono]] hadir.',
    'Ketua [[ORG|Dewan Rakyat Zyrtalia]], Tan Sri Dato’ [[PERSON|Johari bin Abdul]] berpidato.',
    'Sekjen, Presiden [[ORG|Komisi Urusan Negara Zyrtalia]], [[PERSON|Kwon Jong Bak]] menegaskan.',
    'Wakil Ketua [[ORG|Komite Urusan Luar Negeri Kota Zyrtal]], Bapak [[PERSON|Vicheslav Gennadevich Kalzanov]], menekankan:',
    'Sekretaris Jenderal (Sekjen) [[PERSON|Budi Sartono]] memimpin.',
    'mantan presiden [[PERSON|Sartono]] wafat.',
    'Ketua [[ORG|DPZ]] [[PERSON|Kwortan Zyrbek]] mengatakan hal itu.',
    'Kinerja Menteri [[ORG|BUMZ]] [[PERSON|Zyrta Kwortani]] disorot.',
    // The field of a title belongs to the title (listed, or a pe-…-an / ke-…-an noun).
    'Direktur Pemasaran [[PERSON|Kwortan Zyrbek]] hadir.',
    'Menteri Koordinator Politik, Hukum dan Keamanan [[PERSON|Budi Sartono]] tiba.',
    'Ketua Bidang Kaderisasi [[PERSON|Zyrta Kwortani]] berpidato.',
    'Manajer Divre V [[PERSON|Budi Zyrtov]] hadir.',
    'Direktur Keuangan [[ORG|PT Zyrtal]] [[PERSON|Budi Sartono]] ditetapkan.',
    // A date after the comma is no name: the run before it ends with the person.
    'Anggota [[ORG|Fraksi Zyrtal]] [[PERSON|Budi Sartono]], Rabu (23/3), berkata.',
    'Rektor Prof. [[PERSON|Zyrta Kwortani]] hadir.',
    'Wali Kota [[PLACE|Provinsi Zyrtal]] [[PERSON|Budi Sartono]] hadir.',
    'Kepala Biro Humas Kemenhub [[PERSON|JA Sartono]] berkata.',
    'Kapuskom Kementerian Perhubungan (Kemenhub) [[PERSON|JA Sartono]] berkata.',
    // A known company's legal form stands between it and the name.
    'Direktur Utama PT Pertamina (Persero) [[PERSON|Budi Sartono]] membantah.',
    'Direktur PT Indofood Sukses Makmur Tbk [[PERSON|Zyrta Kwortani]] hadir.',
    // A minister's title names the portfolio, acronym included: no ORG inside it.
    'Menteri ESDM [[PERSON|Budi Sartono]] hadir.',
    // A member's party after `dari`, then the name.
    'Anggota DPR dari PDIP [[PERSON|Budi Sartono]] hadir.',
    'Wakil Ketua [[ORG|DPRD]] dari [[ORG|Fraksi Zyrtal]] [[PERSON|Zyrta Kwortani]] berkata.',
    // A title is the context an ambiguous known name needs (`BIN` is also `bin` in names).
    'Kepala [[ORG|BIN]] [[PERSON|Budi Sartono]] hadir.',
  ],
  counterexamples: [
    'Presiden mengatakan bahwa rakyat harus bersatu.',
    'Ibu Kota baru akan dibangun.',
    'Kedua Pemimpin sepakat.',
    'Ketua Komite tiba.',
    'Presiden Senin lalu tiba.',
    'Menteri Hukum dan HAM hadir.',
    'Direktur Pembinaan hadir.',
    'Wakil Presiden Kreatif tiba.',
    'Deputi Penindakan dan Ketenagakerjaan menolak.',
    'Direktur Utama PT Pertamina (Persero) Tbk membantah.',
    // `dari` + a place is where the official comes from, not a party: no name is read.
    'Anggota DPR dari Jakarta Budi Sartono hadir.',
    'Presiden dari Zyrtalia tiba.',
  ],
});
