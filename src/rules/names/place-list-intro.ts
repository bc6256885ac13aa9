/**
 * A list introduced by a noun of places: `tiga desa , yaitu Zyrtal , Kwort dan Blav`,
 * `dua pulau yakni Zyrtal dan Kwort`. Each capitalized item the noun introduces is a place.
 */
import { defineRule } from '../define.js';
import type { Candidate, RuleContext } from '../../types.js';
import { SPACE_THEN_CAPITAL } from '../patterns.generated.js';
import { isLowerCode, isNeverNameStart, nextWord, readDesignatedBody, skipSpaces, wordAt, wordBefore, wordIn } from './scan.js';

const PLACE_BODY = { connectors: false, maxWords: 3, atWord: true };
/** Most items read. */
const MAX_ITEMS = 12;

/** An unknown capitalized place name at `pos` (up to three words), or null. */
function itemAt(ctx: RuleContext, pos: number): Candidate | null {
  const first = wordAt(ctx.text, pos);
  if (!first?.capitalized || first.upper || ctx.titleAt(pos) > 0 || isNeverNameStart(ctx, first)) return null;
  const body = readDesignatedBody(ctx, pos, PLACE_BODY);
  return body.words.length === 0 ? null : { start: pos, end: body.end, type: 'PLACE' };
}

/** A count before the noun: a numeral or a quantity word (`4 desa`, `dua desa`, `beberapa desa`). */
const COUNT = /^(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah|banyak)$/u;

/**
 * True when a counted lower-case noun of places stands before `pos`, a comma or colon aside
 * (`empat desa , yaitu`): a count says the list names the places, not a person (`kepala desa yaitu`).
 */
function placeNounBefore(ctx: RuleContext, pos: number): boolean {
  let p = pos;
  while (p > 0 && /[\x20\u00A0,:]/u.test(ctx.text[p - 1]!)) p--;
  const w = wordBefore(ctx.text, p);
  if (w === null || w.capitalized || !wordIn(ctx, 'place-designators-lowercase', w)) return false;
  const count = wordBefore(ctx.text, w.start);
  return count !== null && COUNT.test(count.text);
}

/**
 * `tiga desa yaitu Zyrtal , Kwort dan Blav` → PLACE `Zyrtal`, `Kwort`, `Blav`.
 *
 * @example
 * ```ts
 * ruleMarkup(placeListIntroRule, 'Ada dua desa yaitu Zyrtal dan Kwort.'); // -> 'Ada dua desa yaitu [[PLACE|Zyrtal]] dan [[PLACE|Kwort]].'
 * ```
 */
export const placeListIntroRule = defineRule({
  id: 'place-list-intro',
  description: 'Capitalized names listed after a counted lower-case noun of places and `yaitu`/`yakni` (`empat desa yaitu …`): each a PLACE.',
  triggers: { words: ['yaitu', 'yakni'], anchor: 'end' },
  pattern: SPACE_THEN_CAPITAL,
  extract: (m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    if (!isLowerCode(text.charCodeAt(trigger.start)) || !placeNounBefore(ctx, trigger.start)) return [];
    const out: Candidate[] = [];
    let p = m.index + m[0].length;
    for (let n = 0; n < MAX_ITEMS; n++) {
      const known = ctx.gazetteerAt(p);
      let end: number;
      if (known) {
        if (known.type !== 'PLACE') break;
        end = known.end;
      } else {
        const item = itemAt(ctx, p);
        if (!item) break;
        out.push(item);
        end = item.end;
      }
      // The next item: after a comma, `dan` or `serta`.
      let q = skipSpaces(text, end);
      if (text[q] === ',') q = skipSpaces(text, q + 1);
      const w = nextWord(text, q);
      if (w && (w.text === 'dan' || w.text === 'serta')) q = skipSpaces(text, w.end);
      else if (q === skipSpaces(text, end)) break;
      p = q;
    }
    return out;
  },
  examples: [
    'Desa itu memiliki 4 dusun yaitu [[PLACE|Zyrtal]] , [[PLACE|Kwortan]] , [[PLACE|Blavomu]] dan [[PLACE|Pelbotu]] dengan luas 40 Ha .',
    'Kecamatan itu terdiri atas dua kelurahan , yakni [[PLACE|Zyrtal Baru]] dan [[PLACE|Kwortan]] .',
  ],
  counterexamples: [
    'Ia punya dua anak yaitu Zyrtov dan Kwortan .',
    'Desa itu dipimpin kepala desa yaitu Zyrtov .',
    'Ada dua desa yaitu desa kecil dan desa besar .',
    'Warga desa yaitu Zyrtov dan Kwortan datang .',
  ],
});
