/**
 * Datelines that open an article: `Zyrtal, Bharata Online -`, `Zyrtal (ANTARA) -`,
 * `(VOVWORLD) -`, `REPUBLIKA.CO.ID, ZYRTAL --`. The place is a PLACE, the outlet an ORG.
 */
import { defineRule } from '../define.js';
import type { Candidate, RuleContext } from '../../types.js';
import { DATELINE_COMMA, DATELINE_PAREN } from '../patterns.generated.js';

/** Start of the line holding `pos`, when only capitalized words stand between; else -1. */
function lineHead(ctx: RuleContext, pos: number): number {
  const { text } = ctx;
  let i = pos;
  while (i > 0 && text[i - 1] !== '\n' && pos - i < 40) i--;
  if (i > 0 && text[i - 1] !== '\n') return -1;
  while (i < pos && /\s/u.test(text[i]!)) i++;
  const head = text.slice(i, pos).trimEnd();
  // The place, and in wire copy the date after a comma (`Zyrtal, 14 Oktober (ZNA) -`).
  return head === '' || /^\p{Lu}[\p{L}\p{M}.]*(?:[\x20\u00A0]+\p{Lu}[\p{L}\p{M}.]*){0,2}(?:,[\x20\u00A0]*\d{1,2}[\x20\u00A0]+\p{Lu}\p{Ll}+(?:[\x20\u00A0]+\d{4})?)?$/u.test(head) ? i : -1;
}

function headSpan(ctx: RuleContext, start: number, pos: number, type: Candidate['type']): Candidate[] {
  const head = ctx.text.slice(start, pos).trimEnd();
  if (head === '') return [];
  const known = ctx.gazetteerAt(start);
  return [{ start, end: start + head.length, type: known && known.end === start + head.length ? known.type : type }];
}

/**
 * `Zyrtal (ANTARA) -` → PLACE + ORG.
 *
 * @example
 * ```ts
 * ruleMarkup(datelineParenRule, 'Zyrtal (ZNTARA) - Presiden tiba.'); // -> '[[PLACE|Zyrtal]] ([[ORG|ZNTARA]]) - Presiden tiba.'
 * ```
 */
export const datelineParenRule = defineRule({
  id: 'dateline-paren',
  description: 'A dateline with the outlet in brackets at the start of a line: `Zyrtal (ANTARA) -`, `(VOVWORLD) -`.',
  triggers: { words: ['('], anchor: 'start' },
  pattern: DATELINE_PAREN,
  extract: (m, ctx) => {
    const head = lineHead(ctx, m.index);
    if (head < 0) return [];
    const outlet = m.groups!.outlet!;
    const start = m.index + m[0].indexOf(outlet);
    const comma = ctx.text.indexOf(',', head);
    const placeEnd = comma >= 0 && comma < m.index ? comma : m.index;
    return [...headSpan(ctx, head, placeEnd, 'PLACE'), { start, end: start + outlet.length, type: 'ORG' }];
  },
  examples: [
    '[[PLACE|Zyrtal]] ([[ORG|ZNTARA]]) - Presiden tiba.',
    '([[ORG|ZOVWORLD]]) - Pada tanggal itu.',
    '[[PLACE|Zyrtal]], 14 Oktober ([[ORG|Zyrtapress]]) - Presiden tiba.',
  ],
  counterexamples: ['Ia tiba di kota (ZNTARA) dan pulang.', 'Partai itu (PKZ) - katanya - menang.'],
});

/**
 * `Zyrtal, Bharata Online -` → PLACE + ORG; `ZYRTAL.CO.ID, ZYRTAL --` → ORG + PLACE.
 *
 * @example
 * ```ts
 * ruleMarkup(datelineCommaRule, 'Zyrtal, Zyrtal Online - Presiden tiba.'); // -> '[[PLACE|Zyrtal]], [[ORG|Zyrtal Online]] - Presiden tiba.'
 * ```
 */
export const datelineCommaRule = defineRule({
  id: 'dateline-comma',
  description: 'A dateline of two parts at the start of a line: `Zyrtal, Bharata Online -` or `REPUBLIKA.CO.ID, ZYRTAL --`.',
  triggers: { words: [','], anchor: 'start' },
  pattern: DATELINE_COMMA,
  extract: (m, ctx) => {
    const head = lineHead(ctx, m.index);
    if (head < 0 || head === m.index) return [];
    const headText = ctx.text.slice(head, m.index);
    const second = m.groups!.second!;
    const start = m.index + m[0].indexOf(second);
    // A web address leads (`REPUBLIKA.CO.ID, JAKARTA --`): outlet first, then the place.
    const outletFirst = headText.includes('.');
    const known = ctx.gazetteerAt(start);
    const secondType = known && known.end === start + second.length ? known.type : outletFirst ? 'PLACE' : 'ORG';
    return [...headSpan(ctx, head, m.index, outletFirst ? 'ORG' : 'PLACE'), { start, end: start + second.length, type: secondType }];
  },
  examples: [
    '[[PLACE|Zyrtal]], [[ORG|Zyrtal Online]] - Presiden tiba.',
    '[[ORG|ZYRTAL.CO.ID]], [[PLACE|KWORT]] -- Presiden tiba.',
  ],
  counterexamples: ['Ia tiba di Zyrtal, Kwort - lalu pulang.'],
});
