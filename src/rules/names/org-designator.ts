/**
 * Organization designators: `Partai …`, `Komite …`, `Kementerian …`, `Universitas …`,
 * `Kantor Berita …` with the capitalized words (and the country or city qualifier) that
 * follow: the largest name is one ORG.
 */
import { defineRule } from '../define.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { followsTitle, insideTitle, phraseAt, wordAt } from './scan.js';
import { organizationAt } from './designated.js';
import { followsTitleField } from './title-field.js';

/**
 * `Komite Urusan Luar Negeri Kota Zyrtal` → one ORG.
 *
 * @example
 * ```ts
 * ruleMarkup(orgDesignatorRule, 'Partai Buruh Zyrtal menang.'); // -> '[[ORG|Partai Buruh Zyrtal]] menang.'
 * ```
 */
export const orgDesignatorRule = defineRule({
  id: 'org-designator',
  description: 'A capitalized organization designator and the capitalized name after it: one ORG.',
  triggers: { lexicon: 'org-designators', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    // After a title the title rule reads the name (it knows a person may follow it).
    if (followsTitle(ctx, ctx.trigger!.start) || insideTitle(ctx, ctx.trigger!.start) || followsTitleField(ctx, ctx.trigger!.start)) return [];
    const trigger = ctx.trigger!;
    // Inside an embassy's name only the place is tagged (`Kedutaan Besar …`).
    const first = wordAt(ctx.text, trigger.start);
    const org = first && organizationAt(ctx, first, false);
    if (!org) return [];
    // A name that is all event head (`Liga Champions`, `Kongres Nasional`), or that opens with
    // an event head longer than the designator (`Forum Bisnis Zyrtal-Kwortia`), names an event.
    const eventHead = phraseAt(ctx, 'event-document-heads', first);
    if (eventHead >= org.end - org.start || eventHead > trigger.end - trigger.start) return [];
    return [org];
  },
  examples: [
    '[[ORG|Partai Buruh Zyrtal]] memenangkan pemilu.',
    'Ia diperiksa [[ORG|Kejati Zyrtalia]] kemarin.',
    // A parliament's special committee and a campaign team are organizations.
    'Rapat [[ORG|Pansus Angket Zyrtal]] berlangsung.',
    'Kemudian [[ORG|Tim Pemenangan Kwort]] bekerja.',
    'Ia bertemu [[ORG|Komite Tingkat Tinggi tentang Kerjasama Kwort-Kwort]] angkatan ke-17.',
    'Delegasi [[ORG|Komite Urusan Luar Negeri Kota Zyrtal]] tiba kemarin.',
    'Menurut [[ORG|Kantor Berita Zyrtal]], angka itu naik.',
    'Ia kuliah di [[ORG|Universitas Zyrtal]].',
    // A connector joins the words of one name, but a designator after it opens a second name.
    'Ia memimpin [[ORG|Kementerian Kwortan dan Zyrtal]] sejak lama.',
    'Kerja sama antara [[ORG|Komisi Urusan Zyrtal]] dan [[ORG|Komisi Urusan Kwortan Raya]].',
    'Ia memimpin [[ORG|Kelompok Anggota Parlemen Persahabatan Zyrtal-Kwort]] dan [[ORG|Kelompok Kerja Zyrtal]].',
    // A person after a known place inside the run is not part of the name.
    'Sekretaris Komite [[ORG|Partai Provinsi Quang Ninh]] Zyrt Kwortan memimpin rapat.',
    'Laporan dari [[ORG|Komisi Zyrtal]] dan Dana Moneter Internasional terbit.',
    'Forum itu digelar oleh [[ORG|Kamar Dagang dan Industri Zyrtal]] tahun ini.',
    'Ia berbicara di [[ORG|Forum Ekonomi Kwortia]].',
    'Mahasiswa [[ORG|Universitas Zyrtal L.N. Kwortanov]] berdialog dengannya.',
  ],
  counterexamples: [
    'Partai-partai Politik Perkuat Kerja Sama.',
    'Partai memimpin dengan garis politik.',
    'Komite ke-17 itu bersidang.',
    'Final Liga Champions digelar di sana.',
    'Ia menghadiri Forum Bisnis Zyrtal-Kwortia di sana.',
  ],
});
