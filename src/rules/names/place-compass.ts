/**
 * A known place and a point of the compass: `Zyrtal Timur`, `Kwort Barat Daya` are one
 * place (a region or a district of it), not a place and a stray word.
 */
import { defineRule } from '../define.js';
import { LETTER_AHEAD } from '../patterns.generated.js';
import { isUpperCode, wordBefore } from './scan.js';

/**
 * `Zyrtal Timur` (with `Zyrtal` a known place) → PLACE `Zyrtal Timur`.
 *
 * @example
 * ```ts
 * ruleMarkup(placeCompassRule, 'Ia tiba di Jakarta Timur.'); // -> 'Ia tiba di [[PLACE|Jakarta Timur]].'
 * ```
 */
export const placeCompassRule = defineRule({
  id: 'place-compass',
  description: 'A known place followed by a capitalized point of the compass: one PLACE.',
  triggers: { lexicon: 'compass-words', anchor: 'start' },
  pattern: LETTER_AHEAD,
  extract: (_m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    if (!isUpperCode(text.charCodeAt(trigger.start))) return [];
    // The known place ends right before the compass word (one or two words back).
    let w = wordBefore(text, trigger.start);
    for (let n = 0; n < 2 && w; n++) {
      const known = ctx.gazetteerAt(w.start);
      if (known && known.type === 'PLACE' && known.end === wordBefore(text, trigger.start)!.end) {
        return [{ start: known.start, end: trigger.end, type: 'PLACE' }];
      }
      w = wordBefore(text, w.start);
    }
    return [];
  },
  examples: ['Rutenya dari Cibubur ke [[PLACE|Bekasi Timur]] .', 'Ia tinggal di [[PLACE|Surabaya Barat]] sejak kecil.'],
  counterexamples: ['Angin bertiup dari arah Timur.', 'Budi Sartono Tengah berpidato.', 'di Zyrtal Timur'],
});
