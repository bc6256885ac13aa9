/**
 * Name rules, table-driven: every rule's examples and counterexamples (invented names, so
 * they prove the rule and not the word list).
 */
import { describe, expect, it } from 'vitest';
import { testRules } from '../src/testing.js';
import { NAME_RULES } from '../src/rules/names/index.js';

testRules(NAME_RULES);

describe('NAME_RULES', () => {
  it('every rule has examples and counterexamples', () => {
    for (const rule of NAME_RULES) {
      expect(rule.examples?.length, rule.id).toBeGreaterThan(0);
      expect(rule.counterexamples?.length, rule.id).toBeGreaterThan(0);
    }
  });
  it('every rule runs on triggers, but the one fallback whose cheap pattern scans the text', () => {
    const scanning = NAME_RULES.filter((rule) => rule.triggers === undefined).map((rule) => rule.id);
    expect(scanning).toEqual(['unknown-capitalized']);
    // Its pattern opens with a space and a capital letter: it fails at once almost everywhere,
    // and the lookbehind (a lower-case letter or a comma before the space) is tried only there.
    expect(NAME_RULES.find((rule) => rule.id === 'unknown-capitalized')!.pattern.source.startsWith('[\\x20\\u00A0]\\p{Lu}(?<=')).toBe(true);
  });
});

describe('scan: lexicon look-ups by word facts and by the document trie', () => {
  // The fast paths (word facts, `ctx.lexiconAt`) must answer exactly what folded strings
  // answer, also on spellings where a word and the tokenizer's tokens part ways.
  const LISTS = [
    'capitalized-common-nouns', 'org-designators', 'place-designators', 'place-designators-lowercase', 'event-document-heads',
    'embassy-words', 'sentence-openers', 'name-stop-words', 'name-particles', 'org-name-finals', 'org-framing-words',
    'place-name-finals', 'compass-words', 'titles',
  ];
  const TEXTS = [
    'Kantor Berita Zyrtal melaporkan. Kantor - Berita Zyrtal. Kantor\nBerita Zyrtal. Kota-kota di Tanah Air.',
    'Wakil-Presiden Kim Jong-un’s tiba di Ibu Kota. Dato’s2 Daʼud, Zyrtalʼs vtv.vn 3.Kota A1.B (Sekjen) Bandar Udara.',
    'Sementara itu, Kedutaan Besar Zyrtal di Negara Bagian Kwort dan Pengadilan Negeri Barat Daya; ibu kota Zyrtal.',
    'Presiden Budi bin Sartono dan al-Zyrt de Gaulle, Konferensi Tingkat Tinggi 𝐀bc 😀 Sidang Umum Kedua Pemimpin.',
    'Para Presiden-presiden dan Menteri-menteri bertemu Wakil Presiden Zyrtal.',
    'Pidato Wakil-Presiden’s itu, kata Wakil-Presiden.Zyrtal dan Ibu-Kota’s warga.',
  ];
  it('lexiconPhraseAt and wordIn agree with folded strings at every word', async () => {
    const { defineRule, createExtractor } = await import('../src/index.js');
    const { lexiconPhraseAt, lexiconPhraseAtByStrings, wordAt, wordIn } = await import('../src/rules/names/scan.js');
    const mismatches: string[] = [];
    let checked = 0;
    const probe = defineRule({
      id: 'scan-probe',
      pattern: /[\p{L}\p{N}]+/u,
      extract: (m, ctx) => {
        const w = wordAt(ctx.text, m.index);
        if (w === null || w.start !== m.index) return [];
        for (const list of LISTS) {
          for (const maxWords of [1, 2, 3]) {
            checked++;
            const fast = lexiconPhraseAt(ctx, list, m.index, maxWords);
            const slow = lexiconPhraseAtByStrings(ctx, list, m.index, maxWords);
            if (fast !== slow) mismatches.push(`${list} ${maxWords} ${JSON.stringify(w.text)}: ${fast} ≠ ${slow}`);
          }
          if (wordIn(ctx, list, w) !== ctx.inLexicon(list, w.text)) mismatches.push(`wordIn ${list} ${JSON.stringify(w.text)}`);
        }
        return [];
      },
    });
    const ner = createExtractor({ rules: [probe] });
    for (const text of TEXTS) ner.extract(text);
    expect(checked).toBeGreaterThan(1000);
    expect(mismatches).toEqual([]);
  });
});

describe('biography rules and known organizations', () => {
  // A brand named after its founder: the gazetteer knows the brand, the predicate says a person.
  const KWORTELIX: import('../src/types.js').GazetteerFile = {
    category: 'org',
    entries: [{ id: 'org:xx:kwortelix', name: 'Kwortelix', type: 'ORG' }],
  };
  it.each([
    ['[[PERSON|Kwortelix]] adalah seorang penemu .'],
    ['[[PERSON|Kwortelix]] ( lahir di sebuah desa , [[DATE|1901]] ) membuka bengkel .'],
    ['Saham [[ORG|Kwortelix]] naik . [[ORG|Kwortelix]] adalah perusahaan mobil .'],
    ['[[ORG|Kwortelix]] merupakan anak perusahaan asing .'],
  ])('%s', async (markup) => {
    const { createExtractor } = await import('../src/index.js');
    const { expectMarkup } = await import('../src/testing.js');
    expectMarkup(createExtractor({ gazetteers: [KWORTELIX] }), markup);
  });
});

describe('a company final word never opens a personal name', () => {
  it.each([
    ['Situs itu dimiliki Zyrtalix , Inc . , yang berbasis di sana .', 'Inc'],
    ['Ia ikut mendirikan Kwortel Productions bersama kakaknya .', 'Productions'],
  ])('%s', async (text, word) => {
    const { createExtractor } = await import('../src/index.js');
    const people = createExtractor().extract(text).filter((e) => e.type === 'PERSON').map((e) => e.text);
    expect(people.some((p) => p.split(' ')[0] === word)).toBe(false);
  });
});

describe('place-preposition and ambiguous places', () => {
  // A city that is also a club's name: `di` and `ke` are the context it needs; `dari` is not.
  const KWORTMIL: import('../src/types.js').GazetteerFile = {
    category: 'place',
    entries: [{ id: 'place:xx:kwortmil', name: 'Kwortmil', type: 'PLACE', flags: ['ambiguous'] }],
  };
  it.each([
    ['Ia pindah ke [[PLACE|Kwortmil]] untuk bekerja .'],
    ['Pabrik itu ada di [[PLACE|Kwortmil]] .'],
    ['Ia lahir di [[PLACE|Zyrtabad]] , [[PLACE|Kwortmil]] , tahun itu .'],
    ['Ia pergi dari Kwortmil dengan kereta .'],
    ['Kwortmil menang dua gol .'],
  ])('%s', async (markup) => {
    const { createExtractor } = await import('../src/index.js');
    const { expectMarkup } = await import('../src/testing.js');
    expectMarkup(createExtractor({ gazetteers: [KWORTMIL] }), markup);
  });
});
