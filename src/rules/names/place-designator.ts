/**
 * Place designators: `Kota …`, `Provinsi …`, `Kabupaten …`, `Bandara …`, `Istana …`,
 * `Lapangan …` with the name after them: the designator belongs to the place. Written in
 * lower case (`istana Zyrtal`), the designator is left out.
 */
import { defineRule } from '../define.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { followsTitle, insideTitle, nextWord, phraseAt, wordAt } from './scan.js';
import { readPlace } from './designated.js';

/**
 * `Kota Zyrtal` → PLACE `Kota Zyrtal`; `istana Zyrtal` → PLACE `Zyrtal`.
 *
 * @example
 * ```ts
 * ruleMarkup(placeDesignatorRule, 'Ia tiba di Bandara Zyrtal.'); // -> 'Ia tiba di [[PLACE|Bandara Zyrtal]].'
 * ```
 */
export const placeDesignatorRule = defineRule({
  id: 'place-designator',
  description: 'A place designator and the capitalized name after it (the designator is part of the name when capitalized).',
  triggers: { lexicon: 'place-designators', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    // After a title the title rule reads the name (it knows a person may follow it).
    if (followsTitle(ctx, ctx.trigger!.start) || insideTitle(ctx, ctx.trigger!.start)) return [];
    // `Gedung DPR`, `Gedung Kementerian Zyrtal`: the building of an organization is not
    // tagged, the organization is (its own rule or list tags it).
    const first = wordAt(ctx.text, ctx.trigger!.start);
    if (first?.text === 'Gedung') {
      const next = nextWord(ctx.text, first.end);
      if (next && (ctx.gazetteerAt(next.start)?.type === 'ORG' || phraseAt(ctx, 'org-designators', next) > 0)) return [];
    }
    const place = readPlace(ctx, ctx.trigger!.start);
    return place ? [place] : [];
  },
  examples: [
    'Ia tiba di [[PLACE|Bandara Zyrtal Raya]] kemarin.',
    'Rakyat [[PLACE|Provinsi Kjwrt Selatan]] menyambut.',
    'Sekjen meletakkan bunga di istana [[PLACE|Krwt]].',
    'Proyek itu meliputi pelabuhan [[PLACE|Zyrt Kwang]] di utara.',
    'Pabrik itu ada di [[PLACE|Kabupaten Pulau Zyrtal]].',
    'Kantornya di [[PLACE|Jl. Sultan Zyrtal Kwortan]] , dekat pasar.',
    'Rumahnya di [[PLACE|Jalan Zyrtal]] No 5 .',
    'Ia tinggal di [[PLACE|Jl Kwortan Raya]] Blok C .',
    // A person after a known place, with no title right before the designator.
    'Wakil Ketua Komite Rakyat [[PLACE|Provinsi Quang Ninh]] Zyrt Kwortan hadir.',
    // At a sentence's end, too, the person after a known place is not part of it.
    'Ia menerima Wakil Menteri Luar Negeri [[PLACE|Republik Korea]] Zyrt Kwortan.',
    // Airports and stadiums are mostly named after people, titles included.
    'Ia tiba di [[PLACE|Bandara Internasional Dr. Zyrt Kwortan]], ibu kota negeri itu.',
    // A known person's name inside a monument's or park's name belongs to the place.
    'Rombongan meletakkan karangan bunga di [[PLACE|Monumen Fidel Castro]] kemarin.',
    'Acara itu digelar di [[PLACE|Gedung Zyrtal]] , Kwortan.',
  ],
  counterexamples: ['Ia tiba di kota itu.', 'Kota tersebut indah.', 'di kota Presiden', 'Ia berjalan kaki.', 'Jalan itu rusak.', 'Rapat digelar di Gedung Kementerian Zyrtal.', 'Rapat digelar di Gedung DPR.'],
});
