/**
 * Ships are named after cities and provinces (`kapal induk Shandong`, `kapal perusak
 * Urumqi`): after a vessel word the name is the ship's, which is no entity type. A country
 * there is a modifier (`kapal perang Rusia`, a PLACE as ANNOTATION.md says) and stays.
 * Runs last: the consistency refiner would re-add a place name the document repeats.
 */
import type { ResolvedCandidate } from '../types.js';
import type { Refiner } from './refiner.js';

/** `kapal` and a class of warship or vessel, ending right before a name. */
const VESSEL_BEFORE = /(?<![\p{L}\p{M}])[Kk]apal[\x20\u00A0]+(?:perusak|induk|selam|fregat|korvet|patroli|perang|tanker|pesiar|riset|latih|pendarat|penjelajah)(?:[\x20\u00A0]+(?:rudal|berpeluru kendali|amfibi|nuklir))?[\x20\u00A0]+$/u;
/** Between two ship names of one list: `Shaoxing dan Urumqi`, `Shaoxing, Urumqi`. */
const LIST_GAP = /^(?:[\x20\u00A0]*,[\x20\u00A0]*(?:dan[\x20\u00A0]+)?|[\x20\u00A0]+(?:dan|serta)[\x20\u00A0]+)$/u;

const isCountry = (c: ResolvedCandidate): boolean => c.id?.startsWith('place:country:') === true;

/**
 * Drops the PLACE or PERSON that names a ship after a vessel word, and the ones listed with it.
 *
 * @example
 * ```ts
 * // 'Kapal perusak Zyrtal dan Kwort berlayar' → neither ship name is tagged;
 * // 'kapal perang Rusia' keeps PLACE 'Rusia'.
 * ```
 */
export const vesselNameRefiner: Refiner = {
  name: 'vessel-name',
  why: 'a ship named after a city is no place; last, so the consistency refiner cannot re-add it',
  refine(candidates, doc, drop) {
    const { text } = doc;
    let lastShipEnd = -1;
    const kept: ResolvedCandidate[] = [];
    for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
      const nameLike = (c.type === 'PLACE' || c.type === 'PERSON') && !isCountry(c);
      const afterVessel = VESSEL_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start));
      const listed = lastShipEnd >= 0 && LIST_GAP.test(text.slice(lastShipEnd, c.start));
      if (nameLike && (afterVessel || listed)) {
        lastShipEnd = c.end;
        drop(c, () => 'the name of a ship after a vessel word');
        continue;
      }
      lastShipEnd = -1;
      kept.push(c);
    }
    return kept.length === candidates.length ? candidates : kept;
  },
};
