/**
 * The inline markup of ANNOTATION.md: `[[TYPE|text]]`, or `[[DATE|text|value]]` with a
 * date value. A literal `[[` is written `\[[`.
 */
import { ENTITY_TYPES, type Entity, type EntityType } from './types.js';
import { WartaInputError } from './gazetteer/validate.js';

/**
 * A span parsed from markup.
 *
 * @example
 * ```ts
 * const span: MarkupSpan = parseMarkup('[[PLACE|Hanoi]]').spans[0]!; // { start: 0, end: 5, type: 'PLACE', text: 'Hanoi' }
 * ```
 */
export interface MarkupSpan {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  value?: string;
}

/**
 * Parses markup into plain text and spans. Throws `WartaInputError` naming the position of
 * malformed markup.
 *
 * @example
 * ```ts
 * parseMarkup('Presiden [[PLACE|Rusia]] [[PERSON|Vladimir Putin]] tiba.');
 * // -> { text: 'Presiden Rusia Vladimir Putin tiba.', spans: [
 * //      { start: 9, end: 14, type: 'PLACE', text: 'Rusia' },
 * //      { start: 15, end: 29, type: 'PERSON', text: 'Vladimir Putin' } ] }
 * ```
 */
export function parseMarkup(markup: string): { text: string; spans: MarkupSpan[] } {
  let text = '';
  const spans: MarkupSpan[] = [];
  let i = 0;
  while (i < markup.length) {
    if (markup.startsWith('\\[[', i)) { text += '[['; i += 3; continue; }
    if (!markup.startsWith('[[', i)) { text += markup[i]; i++; continue; }
    const close = markup.indexOf(']]', i + 2);
    if (close < 0) throw new WartaInputError(`warta: markup: "[[" at ${i} is never closed: ${JSON.stringify(markup.slice(i, i + 40))}`);
    const parts = markup.slice(i + 2, close).split('|');
    const type = parts[0] as EntityType;
    if (!ENTITY_TYPES.includes(type) || parts.length < 2 || parts.length > 3 || parts[1] === '') {
      throw new WartaInputError(`warta: markup: expected [[TYPE|text]] or [[DATE|text|value]] at ${i}, found ${JSON.stringify(markup.slice(i, close + 2))}`);
    }
    const span: MarkupSpan = { start: text.length, end: text.length + parts[1]!.length, type, text: parts[1]! };
    if (parts[2] !== undefined) span.value = parts[2];
    spans.push(span);
    text += parts[1];
    i = close + 2;
  }
  return { text, spans };
}

/**
 * Writes entities into text as markup (DATE values included).
 *
 * @example
 * ```ts
 * toMarkup('Xi tiba.', [{ start: 0, end: 2, text: 'Xi', type: 'PERSON', source: 'rule:x' }]);
 * // -> '[[PERSON|Xi]] tiba.'
 * ```
 */
export function toMarkup(text: string, entities: ReadonlyArray<Pick<Entity, 'start' | 'end' | 'type'> & { value?: string }>): string {
  let out = '';
  let pos = 0;
  const escape = (s: string): string => s.replaceAll('[[', '\\[[');
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    if (e.start < pos) continue; // overlapping input: keep the first
    out += escape(text.slice(pos, e.start));
    out += `[[${e.type}|${text.slice(e.start, e.end)}${e.value !== undefined ? `|${e.value}` : ''}]]`;
    pos = e.end;
  }
  return out + escape(text.slice(pos));
}
