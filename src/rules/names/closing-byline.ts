/**
 * The byline that closes a wire article on a line of its own: `(Uu Zyrtana/Kwort)`,
 * `(Xinhua/Budi Sartono)` — people and outlets between slashes — and `Ha Zyrt (VOV5)` —
 * the reporter, then the outlet in brackets.
 */
import { defineRule } from '../define.js';
import type { Candidate, RuleContext } from '../../types.js';
import { LINE_FINAL_PAREN } from '../patterns.generated.js';
import { readPersonName, skipSpaces, wordAt } from './scan.js';

/** True when only short lines (credits, a copyright) follow `pos`: the article's tail. */
function inTail(text: string, pos: number): boolean {
  const rest = text.slice(pos);
  return rest.length < 400 && rest.split('\n').every((line) => line.trim().length <= 60);
}

/** The line start before `pos`, or -1 when the line holds more than `limit` characters before it. */
function lineStart(text: string, pos: number, limit: number): number {
  let i = pos;
  while (i > 0 && text[i - 1] !== '\n') if (pos - --i > limit) return -1;
  return i;
}

/** An outlet: a gazetteer ORG covering exactly [s, e), or one upper-case word (`ZNA`, `VOV5`). */
function outlet(ctx: RuleContext, s: number, e: number): Candidate | null {
  const known = ctx.gazetteerAt(s);
  if (known && known.end === e) return known.type === 'ORG' ? { start: s, end: e, type: 'ORG' } : null;
  const w = wordAt(ctx.text, s);
  return w && w.end === e && w.upper && w.text.length >= 2 ? { start: s, end: e, type: 'ORG' } : null;
}

/** A person's full name covering exactly [s, e), one to four capitalized words, not a known non-person. */
function person(ctx: RuleContext, s: number, e: number): Candidate | null {
  const known = ctx.gazetteerAt(s);
  if (known && known.end === e) return known.type === 'PERSON' ? { start: s, end: e, type: 'PERSON' } : null;
  const part = ctx.text.slice(s, e);
  if (!/^\p{Lu}[\p{Ll}\p{M}’'-]+(?:[\x20\u00A0]+\p{Lu}[\p{Ll}\p{M}’'-]+){0,3}$/u.test(part)) return null;
  const name = readPersonName(ctx, s, { maxWords: 4 });
  if (name && name.end === e) return { start: s, end: e, type: 'PERSON' };
  // The name readers refuse a short first word that folds to an acronym (`Uu` as `UU`, a
  // law); in a byline's slot, a short capitalized word before a name is a given name, unless
  // a title or a designator stands there.
  const words = part.split(/[\x20\u00A0]+/u);
  const first = words[0]!.toLowerCase();
  if (words.length < 2 || first.length > 3 || ctx.titleAt(s) > 0) return null;
  if (ctx.inLexicon('org-designators', first) || ctx.inLexicon('capitalized-common-nouns', first)) return null;
  const rest = readPersonName(ctx, skipSpaces(ctx.text, s + words[0]!.length), { maxWords: 3 });
  return rest && rest.end === e ? { start: s, end: e, type: 'PERSON' } : null;
}

/**
 * `(Uu Zyrtana/Kwort)` → two PERSONs; `Ha Zyrt (ZOV5)` → PERSON + ORG, on the last lines.
 *
 * @example
 * ```ts
 * ruleMarkup(closingBylineRule, 'Harga naik.\n\n(Zyrtal/Budi Kwortana)'); // -> 'Harga naik.\n\n([[ORG|Zyrtal]]/[[PERSON|Budi Kwortana]])'
 * ```
 */
export const closingBylineRule = defineRule({
  id: 'closing-byline',
  description: 'A byline on a line of its own at the end of an article: `(Nama/Nama)`, `(Outlet/Nama)`, `Nama (OUTLET)`.',
  triggers: { words: ['('], anchor: 'start' },
  pattern: LINE_FINAL_PAREN,
  extract: (m, ctx) => {
    const { text } = ctx;
    const open = m.index;
    const close = open + m[0].lastIndexOf(')');
    if (!inTail(text, close + 1)) return [];
    const head = lineStart(text, open, 40);
    if (head < 0) return [];
    const innerStart = skipSpaces(text, open + 1);
    const inner = m.groups!.inner!;
    const innerEnd = open + m[0].indexOf(inner) + inner.length;
    if (text.slice(head, open).trim() === '') {
      // `(A/B)` or `(A/B/C)`: each part an outlet or a person; staff codes (`haf/imk`) are neither.
      if (!inner.includes('/')) return [];
      const cuts: Array<[number, number]> = [];
      let s = innerStart;
      for (let i = innerStart; i <= innerEnd; i++) {
        if (i === innerEnd || text[i] === '/') {
          let a = skipSpaces(text, s);
          let b = i;
          while (b > a && /\s/u.test(text[b - 1]!)) b--;
          cuts.push([a, b]);
          s = i + 1;
        }
      }
      if (cuts.length > 3) return [];
      const out: Candidate[] = [];
      for (const [a, b] of cuts) {
        const c = outlet(ctx, a, b) ?? person(ctx, a, b);
        if (!c) return [];
        out.push(c);
      }
      return out.some((c) => c.type === 'PERSON') ? out : [];
    }
    // `Ha Zyrt (ZOV5)`: a person, then the outlet in brackets.
    const headStart = skipSpaces(text, head);
    let headEnd = open;
    while (headEnd > headStart && /\s/u.test(text[headEnd - 1]!)) headEnd--;
    const org = outlet(ctx, innerStart, innerEnd);
    const who = org && person(ctx, headStart, headEnd);
    return who ? [who, org] : [];
  },
  examples: [
    'Harga naik lagi.\n\n([[PERSON|Uu Zyrtana]]/[[PERSON|Kwort]])',
    'Harga naik lagi.\n\n([[ORG|ZNA]]/[[PERSON|Budi Kwortana Sartono]])',
    'Harga naik lagi.\n\n[[PERSON|Ha Zyrt]] ([[ORG|ZOV5]])',
    'Harga naik lagi.\n\n([[PERSON|Uu Zyrtana]]/[[PERSON|Kwortani]])\nCopyright © ZNA',
  ],
  counterexamples: [
    'Harga naik lagi.\n\n(haf/imk)',
    'Harga naik lagi (Zyrtal/Kwort) kata dia, dan pasar pun bergerak sepanjang hari itu di seluruh negeri.',
    'Harga naik lagi.\n\nPartai Zyrtal (PZ)',
    'Harga naik lagi.\n\n(ZNA)',
    'Harga naik lagi.\n\n(Kementerian Zyrtal/Kwort)',
  ],
});
