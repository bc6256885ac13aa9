/**
 * Photo and source credits: `Foto: Tri Dung/ VNA` → PERSON + ORG; `(Foto: VNA)` → ORG;
 * `(Sumber: zyrtal.vn)` → ORG.
 */
import { defineRule } from '../define.js';
import type { Candidate, RuleContext } from '../../types.js';
import { CREDIT_COLON } from '../patterns.generated.js';
import { readPersonName, skipSpaces, wordAt } from './scan.js';

/** Credit labels that name the article's people (a photo or source credit may name an outlet). */
const BYLINE_LABELS = new Set(['reporter', 'editor', 'penulis', 'pewarta', 'redaktur', 'penyunting', 'kontributor']);

/** One `/`-separated part of a credit: an outlet (ORG) or a person. */
function creditPart(ctx: RuleContext, start: number, end: number, last: boolean, parts: number, byline: boolean): Candidate | null {
  const { text } = ctx;
  const s = skipSpaces(text, start);
  let e = end;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (e <= s) return null;
  const first = wordAt(text, s);
  if (!first) return null;
  const known = ctx.gazetteerAt(s);
  if (known && known.end === e && known.type !== 'PLACE') return { start: s, end: e, type: known.type };
  const oneWord = first.end === e;
  // A byline names people: a single capitalized word there is a person (`Pewarta: Zyrtana`).
  if (byline && oneWord && first.capitalized && !first.upper && !first.text.includes('.') && !(last && parts > 1)) {
    return { start: s, end: e, type: 'PERSON' };
  }
  // Outlets are acronyms, web addresses or a single word; people are two words or more.
  if (oneWord && (first.upper || first.text.includes('.') || (last && parts > 1) || parts === 1)) {
    return first.capitalized || first.text.includes('.') ? { start: s, end: e, type: 'ORG' } : null;
  }
  const name = readPersonName(ctx, s, { maxWords: 5 });
  return name && name.end === e ? { start: s, end: e, type: 'PERSON' } : null;
}

/**
 * `Foto: Tri Dung/ VNA` → `[[PERSON|Tri Dung]]/ [[ORG|VNA]]`.
 *
 * @example
 * ```ts
 * ruleMarkup(creditRule, '(Foto: VNA)'); // -> '(Foto: [[ORG|VNA]])'
 * ```
 */
export const creditRule = defineRule({
  id: 'credit',
  description: 'A photo or source credit: the photographer (PERSON) and the outlet (ORG).',
  triggers: { lexicon: 'credit-labels', anchor: 'end' },
  pattern: CREDIT_COLON,
  extract: (m, ctx) => {
    const { text } = ctx;
    const from = m.index + m[0].length;
    // The credit runs to a closing bracket, a line end or a sentence end, within 60 characters.
    let to = from;
    while (to < text.length && to - from < 60 && !/[)\]\n|;]/u.test(text[to]!) && !(text[to] === '.' && /\s/u.test(text[to + 1] ?? ' '))) to++;
    if (to - from >= 60) return [];
    const cuts: Array<[number, number]> = [];
    let s = from;
    for (let i = from; i <= to; i++) {
      if (i === to || text[i] === '/' || (text[i] === ',' && i > from)) { cuts.push([s, i]); s = i + 1; }
    }
    if (cuts.length > 3) return [];
    const trigger = ctx.trigger!;
    const byline = BYLINE_LABELS.has(text.slice(trigger.start, trigger.end).toLowerCase());
    const out: Candidate[] = [];
    cuts.forEach(([a, b], i) => {
      const c = creditPart(ctx, a, b, i === cuts.length - 1, cuts.length, byline);
      if (c) out.push(c);
    });
    return out;
  },
  examples: [
    'Budi berbicara di konferensi. Foto: [[PERSON|Tri Zung]]/ [[ORG|ZNA]]',
    'Para delegasi (Foto: [[ORG|ZNA]])',
    'Para delegasi (foto:[[ORG|zyrtal.vn]])',
    'Para delegasi (Sumber: [[ORG|Zyrtalpress]])',
    'Harga naik lagi.\nPewarta: [[PERSON|Zyrtana]]\nEditor: [[PERSON|Kwort Sartono]]',
    'Harga naik lagi. (Editor: [[PERSON|Zyrtana]]/ [[ORG|ZNA]])',
  ],
  counterexamples: ['Foto bersama dilakukan setelah itu.', 'Foto: dokumen pribadi'],
});
