import { describe, expect, it } from 'vitest';
import { parseMarkup, toMarkup, WartaInputError } from '../src/index.js';

describe('parseMarkup', () => {
  it.each([
    ['Presiden [[PLACE|Rusia]] tiba.', 'Presiden Rusia tiba.', [{ start: 9, end: 14, type: 'PLACE', text: 'Rusia' }]],
    ['Pada [[DATE|Senin (26/1)|2026-01-26]].', 'Pada Senin (26/1).', [{ start: 5, end: 17, type: 'DATE', text: 'Senin (26/1)', value: '2026-01-26' }]],
    ['Literal \\[[ tetap.', 'Literal [[ tetap.', []],
    ['tanpa entitas', 'tanpa entitas', []],
  ])('%s', (markup, text, spans) => {
    expect(parseMarkup(markup)).toEqual({ text, spans });
  });

  it.each([
    ['[[PLACE|Rusia', /never closed/],
    ['[[THING|Rusia]]', /expected \[\[TYPE\|text\]\]/],
    ['[[PLACE|]]', /expected/],
  ])('rejects %s', (markup, message) => {
    expect(() => parseMarkup(markup)).toThrow(WartaInputError);
    expect(() => parseMarkup(markup)).toThrow(message);
  });
});

describe('toMarkup', () => {
  it('round-trips with parseMarkup, escaping literal [[', () => {
    const markup = 'A \\[[ b [[PERSON|Budi]] [[DATE|1945|1945]]';
    const { text, spans } = parseMarkup(markup);
    expect(toMarkup(text, spans)).toBe(markup);
  });
});
