import { describe, expect, it } from 'vitest';
import { phraseTokens, tokenize } from '../src/text/tokenize.js';

// The fast path for plain ASCII phrases must agree with the tokenizer.
describe('phraseTokens', () => {
  it.each(['To Lam', 'PKV', 'KS PKV', 'Partai Komunis Vietnam', 'G20', 'A1 Group', 'vtv', 'DPR RI', '2025', 'Xi', 'I', 'McDonald', 'iPhone'])('%s', (phrase) => {
    const t = tokenize(phrase);
    expect(phraseTokens(phrase)).toEqual({ keys: t.keys, shapes: Array.from(t.shapes) });
  });

  it('drops hyphens and folds diacritics on the slow path', () => {
    expect(phraseTokens('Kim Jong-un').keys).toEqual(['kim', 'jong', 'un']);
    expect(phraseTokens('Tô Lâm').keys).toEqual(['to', 'lam']);
  });
});
