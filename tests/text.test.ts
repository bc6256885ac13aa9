import { describe, expect, it } from 'vitest';
import { fold } from '../src/text/fold.js';
import { Shape, phraseKeys, tokenize } from '../src/text/tokenize.js';
import { PhraseTrie } from '../src/text/phrase-trie.js';

describe('fold', () => {
  it.each([
    ['Tô Lâm', 'to lam'],
    ['Đà Nẵng', 'da nang'],
    ['NGUYỄN PHÚ TRỌNG', 'nguyen phu trong'],
    ['Dato’', "dato'"],
    // Decomposed input (combining marks) folds like precomposed input.
    ['To\u0302 La\u0302m', 'to lam'],
    ['Moskow', 'moskow'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('tokenize', () => {
  it.each([
    ['Kim Jong-un tiba.', ['kim', 'jong', '-', 'un', 'tiba', '.']],
    ['Sumber: vtv.vn dan REPUBLIKA.CO.ID, JAKARTA', ['sumber', ':', 'vtv.vn', 'dan', 'republika.co.id', ',', 'jakarta']],
    // A final apostrophe is punctuation (it may close a quote); `Dato’` the title is stored the same way.
    ['Tan Sri Dato’ Johari', ['tan', 'sri', 'dato', "'", 'johari']],
    ['Ngo Phu’o’ng Ly', ['ngo', "phu'o'ng", 'ly']],
    ['Senin (26/1).', ['senin', '(', '26', '/', '1', ')', '.']],
    ['Vietnamnya', ['vietnamnya']],
    ['akhir.Kalimat', ['akhir.kalimat']],
    ['1.\u00a0Budi', ['1', '.', 'budi']],
  ])('%j', (input, keys) => {
    expect(tokenize(input).keys).toEqual(keys);
  });

  it('keeps offsets into the original string, also past CRLF, NBSP and combining marks', () => {
    const text = 'A\r\nTo\u0302\u00a0La\u0302m, đi';
    const t = tokenize(text);
    const spans = Array.from({ length: t.count }, (_, i) => text.slice(t.starts[i], t.ends[i]));
    expect(spans).toEqual(['A', 'To\u0302', 'La\u0302m', ',', 'đi']);
    expect(t.keys).toEqual(['a', 'to', 'lam', ',', 'di']);
  });

  it('records the shape of each token', () => {
    const t = tokenize('PKV Budi budi 2025 ,');
    expect(Array.from(t.shapes)).toEqual([Shape.Upper, Shape.Capitalized, Shape.Lower, Shape.Number, Shape.Punct]);
  });

  it('flags hyphens so phrases skip them', () => {
    expect(phraseKeys('Kassym-Jomart Tokayev')).toEqual(['kassym', 'jomart', 'tokayev']);
    expect(Array.from(tokenize('a-b').hyphen)).toEqual([0, 1, 0]);
  });

  it('handles empty and space-only text', () => {
    expect(tokenize('').count).toBe(0);
    expect(tokenize(' \n\t ').count).toBe(0);
  });
});

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.add('Perdana Menteri', 'pm');
  trie.add('Perdana', 'first');
  trie.add('Kim Jong Un', 'kju');

  const hits = (text: string, at = 0): Array<[number, string]> => {
    const out: Array<[number, string]> = [];
    trie.matchAt(tokenize(text), at, (last, v) => out.push([last, v]));
    return out;
  };

  it.each([
    ['Perdana Menteri Budi', [[0, 'first'], [1, 'pm']]],
    ['perdana menteri', [[0, 'first'], [1, 'pm']]],
    ['Kim Jong-un', [[3, 'kju']]],
    ['Kim Jong', []],
    ['Menteri', []],
  ] as Array<[string, Array<[number, string]>]>)('%s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('answers has() on whole phrases only', () => {
    expect(trie.has('perdana menteri')).toBe(true);
    expect(trie.has('Kim Jong')).toBe(false);
    expect(trie.count).toBe(3);
  });
});
