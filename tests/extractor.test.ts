import { describe, expect, it } from 'vitest';
import { createExtractor, defineRule, extract, explain, parsePublished, WartaInputError, type Entity } from '../src/index.js';
import { TEST_GAZETTEERS } from './helpers/test-gazetteer.js';

const ner = createExtractor({ builtins: false, gazetteers: TEST_GAZETTEERS });
const show = (entities: Entity[]) => entities.map((e) => `${e.type}:${e.text}`);

describe('gazetteer matching', () => {
  it.each([
    ['Budi Sartono tiba di Kjwrt.', ['PERSON:Budi Sartono', 'PLACE:Kjwrt']],
    // Diacritics, case and hyphen-vs-space are folded; offsets stay on the caller's text.
    ['Tran Van Khoa dan TRẦN VĂN KHOA', ['PERSON:Tran Van Khoa', 'PERSON:TRẦN VĂN KHOA']],
    ['Tran Van-Khoa berbicara', ['PERSON:Tran Van-Khoa']],
    // An acronym needs capitals; a capitalized alias needs a capital.
    ['RK dan rk dan budi sartono', ['PLACE:RK']],
    // Lower-case aliases (sites) match in any case.
    ['Sumber: vtx.kj', ['ORG:vtx.kj']],
    // The longest name wins: a place that contains a person's name.
    ['di Kota Ho Van hari ini', ['PLACE:Kota Ho Van']],
    ['Republik Kjwrt', ['PLACE:Republik Kjwrt']],
    // Clitic-glued names are not tagged at all.
    ['Kjwrtnya indah', []],
    // Hyphen compounds split into their names.
    ['hubungan Kjwrt-Kjwrt', ['PLACE:Kjwrt', 'PLACE:Kjwrt']],
  ])('%s', (text, expected) => {
    expect(show(ner.extract(text))).toEqual(expected);
  });

  it('keeps a common-word entry only when capitalized mid-sentence', () => {
    expect(show(ner.extract('Pelabuhan itu besar.'))).toEqual([]);
    expect(show(ner.extract('Ia tiba di Pelabuhan kemarin.'))).toEqual(['PLACE:Pelabuhan']);
    expect(show(ner.extract('ia tiba di pelabuhan.'))).toEqual([]);
  });

  it('gives every span its source and entry id', () => {
    const [e] = ner.extract('Budi Sartono');
    expect(e).toEqual({ start: 0, end: 12, text: 'Budi Sartono', type: 'PERSON', source: 'gazetteer:person:xx:budi-sartono', id: 'person:xx:budi-sartono' });
  });
});

describe('second mentions', () => {
  it('keeps a short form only after a full mention', () => {
    expect(show(ner.extract('Khoa tiba. Trần Văn Khoa berbicara. Khoa tersenyum.'))).toEqual(['PERSON:Trần Văn Khoa', 'PERSON:Khoa']);
  });

  it('gives a shared short form to the most recently named entity', () => {
    const entities = ner.extract('Kim Sol Ha bertemu Kim Dae Ro. Kim berkata. Kim Sol Ha menjawab. Kim tertawa.');
    const kims = entities.filter((e) => e.text === 'Kim');
    expect(kims.map((e) => e.id)).toEqual(['person:xx:kim-dae-ro', 'person:xx:kim-sol-ha']);
  });

  it('does not propose a short form before the full mention', () => {
    const { entities, removed } = ner.explain('Sartono tiba. Budi Sartono datang.');
    expect(show(entities)).toEqual(['PERSON:Budi Sartono']);
    expect(removed.filter((r) => r.refiner === 'second-mention')).toEqual([]);
  });

  it('explains why a shared short form went to the other entity', () => {
    const { removed } = ner.explain('Kim Sol Ha bertemu Kim Dae Ro. Kim berkata.');
    const reasons = removed.filter((r) => r.refiner === 'second-mention').map((r) => `${r.candidate.id}: ${r.reason}`);
    expect(reasons).toEqual(['person:xx:kim-sol-ha: short form also of person:xx:kim-dae-ro, named more recently']);
  });
});

describe('ambiguous entries', () => {
  it('drop without context and say why', () => {
    const { entities, removed } = ner.explain('Zyrtal indah.');
    expect(entities).toEqual([]);
    expect(removed.map((r) => r.refiner)).toEqual(['ambiguous', 'ambiguous']);
  });

  it('fire when a rule supports the type', () => {
    const kota = defineRule({ id: 'test-di-place', triggers: { words: ['di'], anchor: 'end' }, pattern: /\s+(?<place>\p{Lu}\p{Ll}+)/uy, emit: { place: 'PLACE' } });
    const withRule = createExtractor({ builtins: false, gazetteers: TEST_GAZETTEERS, rules: [kota] });
    expect(withRule.extract('Ia tinggal di Zyrtal.').map((e) => [e.type, e.text, e.source])).toEqual([['PLACE', 'Zyrtal', 'gazetteer:place:xx:zyrtal']]);
  });
});

describe('overlap policy: longest, then priority, then earliest, then first found', () => {
  const rule = (id: string, pattern: RegExp, priority = 0) => defineRule({ id, pattern, emit: { $0: 'ORG' }, priority });
  const run = (rules: ReturnType<typeof rule>[], text: string) => createExtractor({ builtins: false, rules }).explain(text);

  it('longest wins', () => {
    const { entities, removed } = run([rule('short-span', /Alfa Beta/u, 9), rule('long-span', /Alfa Beta Gama/u)], 'Alfa Beta Gama');
    expect(entities.map((e) => e.source)).toEqual(['rule:long-span']);
    expect(removed[0]!.reason).toMatch(/\(longer\)/);
  });

  it('equal length: higher priority wins', () => {
    const { entities, removed } = run([rule('low', /Alfa Beta/u, 1), rule('high', /Beta Gama/u, 5)], 'Alfa Beta Gama');
    expect(entities.map((e) => e.source)).toEqual(['rule:high']);
    expect(removed[0]!.reason).toMatch(/higher priority/);
  });

  it('equal length and priority: earliest start wins (the tie test)', () => {
    const { entities, removed } = run([rule('later', /Beta Gama/u), rule('earlier', /Alfa Beta/u)], 'Alfa Beta Gama');
    expect(entities.map((e) => e.source)).toEqual(['rule:earlier']);
    expect(removed[0]!.reason).toMatch(/earlier/);
  });

  it('identical spans: the one found first wins, the other is recorded', () => {
    const { entities, removed } = run([rule('first', /Alfa/u), rule('second', /Alfa/u)], 'Alfa');
    expect(entities.map((e) => e.source)).toEqual(['rule:first']);
    expect(removed[0]!.reason).toMatch(/same span/);
  });

  it('never returns overlapping spans', () => {
    const { entities } = run([rule('a', /Alfa Beta/u), rule('b', /Beta Gama Delta/u), rule('c', /Delta Eko/u)], 'Alfa Beta Gama Delta Eko');
    for (let i = 1; i < entities.length; i++) expect(entities[i]!.start).toBeGreaterThanOrEqual(entities[i - 1]!.end);
    expect(entities.map((e) => e.text)).toEqual(['Beta Gama Delta']);
  });
});

describe('rules', () => {
  it('triggered rules run only at their trigger words (anchor end)', () => {
    const r = defineRule({ id: 'after-kota', triggers: { words: ['Kota'], anchor: 'end' }, pattern: /\s+(?<n>\p{Lu}\p{Ll}+)/uy, emit: { n: 'PLACE' } });
    const x = createExtractor({ builtins: false, rules: [r] });
    expect(show(x.extract('Kota Zorba dan Zorba dan kota Lumo'))).toEqual(['PLACE:Zorba', 'PLACE:Lumo']);
  });

  it('lexicon triggers: titles from the gazetteer', () => {
    const r = defineRule({ id: 'after-title', triggers: { lexicon: 'titles', anchor: 'end' }, pattern: /\s+(?<n>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*)/uy, emit: { n: 'PERSON' } });
    const x = createExtractor({ builtins: false, gazetteers: TEST_GAZETTEERS, rules: [r] });
    expect(show(x.extract('Perdana Menteri Lumo Zorba tiba; PM Aro menyusul.'))).toEqual(['PERSON:Lumo Zorba', 'PERSON:Aro']);
  });

  it('extract functions get the context and the published date', () => {
    const r = defineRule({
      id: 'ctx-probe',
      pattern: /Zyrtal/u,
      extract: (m, ctx) => [{ start: m.index, end: m.index + 6, type: 'DATE', value: String(ctx.published?.year), flags: ctx.isKnown(m.index, 'PLACE') ? ['known'] : [] }],
    });
    const x = createExtractor({ builtins: false, gazetteers: TEST_GAZETTEERS, rules: [r] });
    expect(x.extract('Zyrtal', { published: '2024-02-29' })).toEqual([
      { start: 0, end: 6, text: 'Zyrtal', type: 'DATE', source: 'rule:ctx-probe', value: '2024', flags: ['known'] },
    ]);
  });

  it('a rule span outside the text is an error naming the rule', () => {
    const r = defineRule({ id: 'bad-span', pattern: /a/u, extract: () => [{ start: 0, end: 99, type: 'ORG' }] });
    expect(() => createExtractor({ builtins: false, rules: [r] }).extract('a')).toThrow(/rule "bad-span".*outside the text/);
  });
});

describe('types option', () => {
  it('limits the output and explains the rest', () => {
    const x = createExtractor({ builtins: false, gazetteers: TEST_GAZETTEERS, types: ['PLACE'] });
    const { entities, removed } = x.explain('Budi Sartono tiba di Kjwrt.');
    expect(show(entities)).toEqual(['PLACE:Kjwrt']);
    expect(removed.filter((r) => r.refiner === 'types').map((r) => r.candidate.text)).toEqual(['Budi Sartono']);
  });
});

describe('user gazetteers', () => {
  it('override a built-in entry by id, or disable it', () => {
    const base = createExtractor({ builtins: false, gazetteers: TEST_GAZETTEERS });
    expect(show(base.extract('Kjwrt'))).toEqual(['PLACE:Kjwrt']);
    const disabled = createExtractor({ builtins: false, gazetteers: [...TEST_GAZETTEERS, { category: 'place', entries: [{ id: 'place:xx:kjwrt', name: 'Kjwrt', type: 'PLACE', flags: ['disabled'] }] }] });
    expect(show(disabled.extract('Kjwrt'))).toEqual([]);
    const renamed = createExtractor({ builtins: false, gazetteers: [...TEST_GAZETTEERS, { category: 'place', entries: [{ id: 'place:xx:kjwrt', name: 'Kjwirt', type: 'PLACE' }] }] });
    expect(show(renamed.extract('Kjwrt Kjwirt'))).toEqual(['PLACE:Kjwirt']);
  });
});

describe('input errors name the input', () => {
  it.each([
    [() => extract(42 as unknown as string), TypeError, /extract expects a string, found number/],
    [() => explain(null as unknown as string), TypeError, /found null/],
    [() => ner.extract('x', { published: '2025-02-30' }), RangeError, /"published".*"2025-02-30"/],
    [() => ner.extract('x', { published: 'kemarin' }), RangeError, /"kemarin"/],
    [() => createExtractor({ gazetteers: [{ category: 'place', entries: [{ id: 'bad id', name: 'X', type: 'PLACE' }] }] as never }), WartaInputError, /gazetteers\[0\] entry 0 \(bad id\): "id" must match/],
    [() => createExtractor({ gazetteers: [{ category: 'place', entries: [{ id: 'place:xx:a', name: ' A', type: 'PLACE' }] }] as never }), WartaInputError, /"name" has leading or trailing space/],
    [() => createExtractor({ gazetteers: [{ category: 'place', entries: [{ id: 'place:xx:a', name: 'A', type: 'ORG' }] }] as never }), WartaInputError, /"type" must be "PLACE"/],
    [() => createExtractor({ rules: [{ id: 'x', pattern: /x/ }] as never }), WartaInputError, /rules\[0\] was not made by defineRule/],
    [() => createExtractor({ types: ['PERSONS'] as never }), WartaInputError, /"types".*"PERSONS"/],
    [() => defineRule({ id: 'Bad_Id', pattern: /x/, emit: { $0: 'ORG' } }), WartaInputError, /"id" must be a kebab-case/],
    [() => defineRule({ id: 'no-output', pattern: /x/ }), WartaInputError, /rule "no-output": needs "emit"/],
    [() => defineRule({ id: 'bad-type', pattern: /x/, emit: { $0: 'THING' as never } }), WartaInputError, /"emit.\$0" must be one of/],
    [() => defineRule({ id: 'bad-group', pattern: /x/, emit: { name: 'ORG' } }), WartaInputError, /"emit.name" names a group the pattern does not have/],
    [() => createExtractor({ builtins: false, rules: [defineRule({ id: 'lex', pattern: /x/, triggers: { lexicon: 'nope' }, emit: { $0: 'ORG' } })] }), WartaInputError, /unknown list "nope"/],
  ] as Array<[() => unknown, new (...args: never[]) => Error, RegExp]>)('%#', (fn, errorClass, message) => {
    expect(fn).toThrow(errorClass);
    expect(fn).toThrow(message);
  });
});

describe('parsePublished', () => {
  it.each([
    ['2026-01-26', { year: 2026, month: 1, day: 26 }],
    ['2024-02-29T10:00:00Z', { year: 2024, month: 2, day: 29 }],
    [new Date(Date.UTC(2019, 2, 22)), { year: 2019, month: 3, day: 22 }],
    [null, null],
    [undefined, null],
  ])('%s', (input, expected) => {
    expect(parsePublished(input)).toEqual(expected);
  });
});

describe('rule context: lexiconAt', () => {
  const lexicons = [{ category: 'lexicon' as const, name: 'test-heads', words: ['Kantor Berita', 'Bank', 'Jong-un'] }];
  const probe = (list: string) => defineRule({
    id: 'lexicon-probe',
    pattern: /\p{L}+/u,
    extract: (m, ctx) => {
      const length = ctx.lexiconAt(list, m.index);
      return length ? [{ start: m.index, end: m.index + length, type: 'ORG' }] : [];
    },
  });
  it.each([
    ['Kantor Berita Zyrtal', 'Kantor Berita'],
    ['KANTOR BERITA', 'KANTOR BERITA'],
    ['Bank Zyrtal', 'Bank'],
    ['Jong un', 'Jong un'],
    ['Kantor pos', ''],
  ])('%s', (text, expected) => {
    const x = createExtractor({ builtins: false, lexicons, rules: [probe('test-heads')] });
    expect(x.extract(text).map((e) => e.text).join('')).toBe(expected);
  });

  it('throws for an unknown list, naming it', () => {
    const x = createExtractor({ builtins: false, lexicons, rules: [probe('no-such-list')] });
    expect(() => x.extract('Bank')).toThrow(/unknown word list "no-such-list"/);
  });
});

describe('overriding built-in entries (indexed at build time)', () => {
  const text = 'Presiden Rusia tiba di Moskow.';
  it('a built-in entry is found by default', () => {
    expect(createExtractor().extract(text).map((e) => e.id)).toContain('place:country:ru');
  });

  it('disabled by id, it is gone', () => {
    const x = createExtractor({ gazetteers: [{ category: 'place', entries: [{ id: 'place:country:ru', name: 'Rusia', type: 'PLACE', flags: ['disabled'] }] }] });
    expect(x.extract(text).map((e) => e.id)).not.toContain('place:country:ru');
  });

  it('replaced by id, the user entry and its names apply', () => {
    const x = createExtractor({ gazetteers: [{ category: 'place', entries: [{ id: 'place:country:ru', name: 'Negeri Beruang', type: 'PLACE' }] }] });
    const found = x.extract('Negeri Beruang dan Rusia').filter((e) => e.id === 'place:country:ru').map((e) => e.text);
    expect(found).toEqual(['Negeri Beruang']);
  });
});

describe('entry ids survive a rule win', () => {
  it('a rule span equal to a gazetteer span keeps the entry id', () => {
    const r = defineRule({ id: 'title-probe', triggers: { lexicon: 'titles', anchor: 'end' }, pattern: /\s+(?<n>\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+)/uy, emit: { n: 'PERSON' }, priority: 50 });
    const x = createExtractor({ builtins: false, gazetteers: TEST_GAZETTEERS, rules: [r] });
    const [e] = x.extract('Presiden Budi Sartono tiba.');
    expect(e).toMatchObject({ text: 'Budi Sartono', source: 'rule:title-probe', id: 'person:xx:budi-sartono' });
  });
});

describe('lower-case-only text', () => {
  it('matches full names regardless of case, not short or ambiguous forms', () => {
    const shown = show(ner.extract('budi sartono tiba di republik kjwrt. sartono senang. zyrtal indah.'));
    expect(shown).toEqual(['PERSON:budi sartono', 'PLACE:republik kjwrt']);
  });

  it('keeps case checks when the text has any capital', () => {
    expect(show(ner.extract('budi sartono tiba di Kjwrt.'))).toEqual(['PLACE:Kjwrt']);
  });
});

describe('ambiguous aliases', () => {
  const orgs = { category: 'org' as const, entries: [{ id: 'org:xx:mahkamah-zyrtal', name: 'Mahkamah Zyrtal', type: 'ORG' as const, aliases: ['MZ'], ambiguousAliases: ['MZ'] }] };
  const x = createExtractor({ builtins: false, gazetteers: [orgs] });
  it('the full name needs no context; the ambiguous alias does', () => {
    expect(show(x.extract('Putusan MZ dibacakan.'))).toEqual([]);
    expect(show(x.extract('Mahkamah Zyrtal bersidang. Putusan MZ dibacakan.'))).toEqual(['ORG:Mahkamah Zyrtal', 'ORG:MZ']);
  });

  it('must name one of the aliases', () => {
    expect(() => createExtractor({ builtins: false, gazetteers: [{ category: 'org', entries: [{ id: 'org:xx:a', name: 'A Org', type: 'ORG', ambiguousAliases: ['AO'] }] }] })).toThrow(/"ambiguousAliases" lists "AO", which is not one of its "aliases"/);
  });
});

describe('built-in lexicon regressions', () => {
  it.each([
    ['Ia bermain di Premier League musim lalu.', 'PERSON'],
    ['Laga Liga Champions digelar Rabu.', 'PERSON'],
  ])('%s has no %s', (text, type) => {
    expect(extract(text).filter((e) => e.type === type)).toEqual([]);
  });

  it('knows the nicknames reporters use alone', () => {
    expect(extract('Menurut JK, rapat itu penting.').map((e) => `${e.type}:${e.text}`)).toContain('PERSON:JK');
  });
});
