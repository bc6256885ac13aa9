/**
 * VOV photo captions glue the marker `ảnh N` to the caption's first word
 * (`… - ảnh 1Sekjen Budi Sartono berbicara`): read the caption as if it started there.
 */
import { defineRule } from '../define.js';
import { CAPTION_MARKER } from '../patterns.generated.js';
import { lexiconPhraseAt, readPersonName } from './scan.js';
import { readOrganization, readPlace } from './designated.js';
import { titlePhraseCandidates, TITLE_PERSON_PRIORITY } from './title-person.js';

/**
 * `ảnh 1Sekjen Budi Sartono` → PERSON `Budi Sartono`; `ảnh 2Budi Sartono berbicara` → PERSON.
 *
 * @example
 * ```ts
 * ruleMarkup(captionPersonRule, 'Judul - ảnh 1Sekjen Budi Sartono berbicara'); // -> 'Judul - ảnh 1Sekjen [[PERSON|Budi Sartono]] berbicara'
 * ```
 */
export const captionPersonRule = defineRule({
  id: 'caption-person',
  description: 'A VOV caption glued to its marker (`ảnh 1Sekjen …`): the title, organization or name that opens it.',
  triggers: { words: ['ảnh'], anchor: 'start' },
  pattern: CAPTION_MARKER,
  priority: TITLE_PERSON_PRIORITY,
  extract: (m, ctx) => {
    const pos = m.index + m[0].length;
    const title = lexiconPhraseAt(ctx, 'titles', pos);
    if (title > 0) return titlePhraseCandidates(ctx, pos, pos + title);
    const designated = readOrganization(ctx, pos) ?? readPlace(ctx, pos);
    if (designated) return [designated];
    const name = readPersonName(ctx, pos);
    // One capitalized word opening a caption is as likely a common noun (`Panorama`).
    return name && name.words.length >= 2 ? [{ start: name.start, end: name.end, type: 'PERSON' }] : [];
  },
  examples: [
    'Kunjungan ke Zyrtal - ảnh 1Sekjen [[PERSON|Budi Sartono]] berbicara pada konferensi.',
    'Kunjungan ke Zyrtal - ảnh 2[[PERSON|Budi Sartono]] berbicara.',
    'Kunjungan ke Zyrtal - ảnh 3[[ORG|Komite Urusan Zyrtal]] bersidang.',
  ],
  counterexamples: ['Kunjungan ke Zyrtal - ảnh 1Panorama pembicaraan tersebut.'],
});
