/**
 * A numbered school's name runs to its number and its town: `SMA Negeri 50 Jakarta`, `SMK Negeri
 * 1 Zyrtal`, `SD Inpres 3 Kwortan` are one ORG each (ANNOTATION.md: the largest name). The
 * designator rule reads `SMA Negeri` or `SMA Negeri 1`; this stage extends such an ORG over the
 * number and the one town after it, absorbing the town's PLACE span. Runs after the overlap
 * refiner (the output is flat) and before the document-level refiners.
 */
import type { ResolvedCandidate } from '../types.js';
import type { Refiner } from './refiner.js';

/** The designators of Indonesian schools (`SMA`, `SMP Negeri`, `MTs`, `Sekolah Dasar`). */
const SCHOOL = /^(?:SMA|SMP|SMK|SMU|SMEA|STM|SD|SDN|SMAN|SMPN|SMKN|SLTP|SLTA|MTs|MTsN|MAN|MIN|Sekolah\s+(?:Dasar|Menengah)|Madrasah)(?![\p{L}\p{N}])/u;
/** A school's number right after the span (`Negeri` may stand before it): `50`, `III`, `8 / 22`. */
const NUMBER_AFTER = /^[\x20\u00A0]+(?:(?:Negeri|Swasta|Inpres)[\x20\u00A0]+)?(?:\d{1,3}(?:[\x20\u00A0]*\/[\x20\u00A0]*\d{1,3})?|[IVX]{1,4})(?![\p{L}\p{N}])/u;
/** The span already ends in the school's number. */
const ENDS_IN_NUMBER = /[\x20\u00A0](?:\d{1,3}|[IVX]{1,4})$/u;
/** A second number joined by a slash (`SMA Negeri 8 / 22`: two schools merged). */
const JOINT_NUMBER = /^[\x20\u00A0]*\/[\x20\u00A0]*\d{1,3}(?![\p{L}\p{N}])/u;
/** One capitalized word: the town (`Kawali`, `Jakarta`). */
const TOWN_AFTER = /^[\x20\u00A0]+(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{N}])/u;

/**
 * Extends a school's ORG over its number and its town.
 *
 * @example
 * ```ts
 * // 'lulus dari SMA Negeri 50 Jakarta .' → ORG "SMA Negeri 50 Jakarta" (not ORG "SMA Negeri" + PLACE "Jakarta").
 * ```
 */
export const schoolNameRefiner: Refiner = {
  name: 'school-name',
  why: 'a numbered school is named with its number and town; after overlaps, so it only joins free text and the town\'s own span',
  refine(candidates, doc, drop) {
    const { text } = doc;
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    const absorbed = new Set<ResolvedCandidate>();
    const extended = new Map<ResolvedCandidate, ResolvedCandidate>();
    for (let i = 0; i < sorted.length; i++) {
      const c = sorted[i]!;
      if (c.type !== 'ORG' || !SCHOOL.test(c.text)) continue;
      const next = sorted[i + 1];
      const limit = next ? next.start : text.length;
      let end = c.end;
      if (ENDS_IN_NUMBER.test(c.text)) {
        const joint = JOINT_NUMBER.exec(text.slice(end, end + 12));
        if (joint && end + joint[0].length <= limit) end += joint[0].length;
      } else {
        const number = NUMBER_AFTER.exec(text.slice(end, end + 16));
        if (!number || end + number[0].length > limit) continue;
        end += number[0].length;
      }
      const town = TOWN_AFTER.exec(text.slice(end, end + 40));
      if (town) {
        const townStart = end + town[0].length - town[1]!.length;
        if (next && next.start === townStart && next.type === 'PLACE') {
          end = next.end;
          absorbed.add(next);
        } else if (end + town[0].length <= limit && !doc.inLexicon('capitalized-common-nouns', town[1]!) && !doc.inLexicon('name-stop-words', town[1]!)) {
          end += town[0].length;
        }
      }
      if (end === c.end) continue;
      // A gazetteer's entry named the shorter span: the joined one is the refiner's.
      extended.set(c, c.source.startsWith('gazetteer:') ? { ...c, end, text: text.slice(c.start, end), source: 'refiner:school-name', id: undefined, flags: undefined } : { ...c, end, text: text.slice(c.start, end) });
    }
    if (extended.size === 0) return candidates;
    const out: ResolvedCandidate[] = [];
    for (const c of candidates) {
      if (absorbed.has(c)) {
        drop(c, 'the town of a numbered school, inside its name');
        continue;
      }
      out.push(extended.get(c) ?? c);
    }
    return out;
  },
};
