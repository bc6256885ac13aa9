/**
 * Prepositions of place: an unknown capitalized name right after `di`, `ke`, `dari`
 * is a PLACE (`tiba di Zyrtal`). Guarded for precision: titles, designators, common nouns,
 * events, acronyms and known names are left to other rules.
 */
import { defineRule } from '../define.js';
import type { Candidate, RuleContext } from '../../types.js';
import { SPACE_THEN_CAPITAL } from '../patterns.generated.js';
import { isNeverNameStart, isLowerCode, nextWord, phraseAt, readDesignatedBody, skipSpaces, spanIn, wordAt, wordBefore } from './scan.js';

const PLACE_BODY = { connectors: false, maxWords: 3, atWord: true };

/**
 * `dari` names a source as often as a place (`gol dari Budi`, `dikutip dari Zyrnet`): it is a
 * place preposition only after a verb of origin or movement (`berasal dari`, `pulang dari`),
 * or where a route goes on (`dari Zyrtal ke …`).
 */
const ORIGIN_WORDS = new Set(['asal', 'berasal', 'datang', 'tiba', 'pulang', 'kembali', 'pindah', 'berangkat', 'terbang', 'mudik', 'warga', 'penduduk', 'pejuang', 'perjalanan']);
const ROUTE_WORDS = new Set(['ke', 'menuju', 'hingga', 'sampai']);

function dariIsPlace(text: string, triggerStart: number, nameEnd: number): boolean {
  const before = wordBefore(text, triggerStart);
  if (before && ORIGIN_WORDS.has(before.text.toLowerCase())) return true;
  const after = nextWord(text, nameEnd);
  return after !== null && ROUTE_WORDS.has(after.text);
}

/** An unknown capitalized place name at `pos` (one to three words), or null. */
function unknownPlaceAt(ctx: RuleContext, pos: number): Candidate | null {
  const first = wordAt(ctx.text, pos);
  if (!first?.capitalized || first.upper || ctx.gazetteerAt(pos) || ctx.titleAt(pos) > 0) return null;
  if (isNeverNameStart(ctx, first) || phraseAt(ctx, 'org-framing-words', first) > 0) return null;
  const body = readDesignatedBody(ctx, pos, PLACE_BODY);
  if (body.words.length === 0) return null;
  // `di Zyrtal State University`: a name ending in a company's or school's final word is an organization's.
  const last = body.words[body.words.length - 1]!;
  if (spanIn(ctx, 'org-name-finals', last.start, last.end)) return null;
  return { start: pos, end: body.end, type: 'PLACE' };
}

/**
 * `tiba di Zyrtal` → PLACE `Zyrtal`; `di Zyrtal, Kwort dan Blav` → three PLACEs.
 *
 * @example
 * ```ts
 * ruleMarkup(placePrepositionRule, 'Delegasi tiba di Zyrtal.'); // -> 'Delegasi tiba di [[PLACE|Zyrtal]].'
 * ```
 */
export const placePrepositionRule = defineRule({
  id: 'place-preposition',
  description: 'An unknown capitalized name right after `di`, `ke` or `dari`: a PLACE (and the places listed after it).',
  triggers: { lexicon: 'place-prepositions', anchor: 'end' },
  pattern: SPACE_THEN_CAPITAL,
  extract: (m, ctx) => {
    const { text } = ctx;
    const trigger = ctx.trigger!;
    // Only the lower-case preposition: `Di` opening a title-case headline says little.
    if (!isLowerCode(text.charCodeAt(trigger.start))) return [];
    const preposition = text.slice(trigger.start, trigger.end);
    const at = m.index + m[0].length;
    // A place name that is also a club's or a person's (`ke Milan`, `di Darwin`) needs context
    // to fire: after `di` or `ke` the preposition is that context.
    if (preposition !== 'dari') {
      const known = ctx.gazetteerAt(at);
      if (known?.type === 'PLACE' && known.flags?.includes('ambiguous')) return [{ start: known.start, end: known.end, type: 'PLACE' }];
    }
    const first = unknownPlaceAt(ctx, at);
    if (!first) return [];
    // A person's name after `dari` (`dari Budi Sartono`) looks the same: only one-word places there.
    if (preposition === 'dari' && first.end - first.start > text.slice(first.start, first.end).split(/\s+/u)[0]!.length) return [];
    if (preposition === 'dari' && !dariIsPlace(text, trigger.start, first.end)) return [];
    const out = [first];
    // A list of places: `di Zyrtal, Kwort dan Blav`.
    let p = first.end;
    for (let n = 0; n < 6; n++) {
      const q = skipSpaces(text, p);
      let r: number;
      if (text[q] === ',') r = skipSpaces(text, q + 1);
      else {
        const w = nextWord(text, q);
        if (w?.text !== 'dan' && w?.text !== 'atau') break;
        r = skipSpaces(text, w.end);
      }
      const known = ctx.gazetteerAt(r);
      if (known) {
        if (known.type !== 'PLACE') break;
        // An ambiguous place in the list (`di Zyrtal , Kwortmil`) finds its context in the list.
        if (known.flags?.includes('ambiguous')) out.push({ start: known.start, end: known.end, type: 'PLACE' });
        p = known.end;
        continue;
      }
      const next = unknownPlaceAt(ctx, r);
      if (!next) break;
      out.push(next);
      p = next.end;
    }
    return out;
  },
  examples: [
    'Delegasi tiba di [[PLACE|Zyrtal]] kemarin.',
    'Ia pergi ke [[PLACE|Kwort Raya]] untuk bekerja.',
    'Pabrik ada di [[PLACE|Zyrtal]], [[PLACE|Kwort]] dan [[PLACE|Blavia]].',
    'Pulau itu terletak di sebelah barat [[PLACE|Zyrtalia]] .',
    'Ia lahir di pulau kecil , selatan [[PLACE|Kwortania]] , tahun itu.',
    'Ia berasal dari [[PLACE|Zyrtal]] di utara.',
    'Bus berangkat dari [[PLACE|Kwortan]] ke [[PLACE|Blavia]].',
  ],
  counterexamples: [
    'Ia berbicara di Konferensi itu.',
    'Surat itu dari Presiden.',
    'Ia belajar di KPZ.',
    'Bantuan datang dari Budi Sartono.',
    'Gol itu lahir dari umpan Zyrtov.',
    'Ia kalah dari Zyrtov di final.',
    'Seperti dikutip dari Zyrnet, harga naik.',
    'Ia hadir di Sidang Umum.',
    'Ia kuliah di Zyrtal State University.',
  ],
});
