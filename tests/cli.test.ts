/**
 * The CLI, run in-process through `run` with injected streams (fast), plus a few smoke tests
 * of the built `dist/cli.js` as a child process (skipped when it has not been built).
 *
 * These tests check the mechanics (formats, exit codes, messages, streaming, scoring of
 * known predictions), never the extractor's accuracy: annotate output is compared with
 * `extract` itself, and eval scores use hand-written predictions. All data is invented.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { extract } from '../src/extractor.js';
import { parseMarkup } from '../src/markup.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = resolve(ROOT, '../shared/corpus/seeds');
const DIST_CLI = join(ROOT, 'dist/cli.js');

class Sink extends Writable {
  text = '';
  constructor(private readonly delayMs = 0, highWaterMark?: number) {
    super(highWaterMark === undefined ? {} : { highWaterMark });
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    if (this.delayMs) setTimeout(callback, this.delayMs); else callback();
  }
}

interface Result { code: number; stdout: string; stderr: string }

async function cli(argv: string[], stdin = '', options: { progress?: boolean; stdout?: Writable } = {}): Promise<Result> {
  const stdout = options.stdout ?? new Sink();
  const stderr = new Sink();
  const code = await run(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, progress: options.progress ?? false });
  return { code, stdout: (stdout as Sink).text ?? '', stderr: stderr.text };
}

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

let dir: string;
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
};

// Invented articles.
const TEXT_A = 'Menteri Budi Sartono tiba di Jakarta pada Senin (26/1) untuk bertemu Partai Lembah Raya.';
const TEXT_B = 'Delegasi dari Bandung kembali kemarin.';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('warta (top level)', () => {
  it('--help and -h print the commands', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await cli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: warta COMMAND/);
      expect(r.stdout).toContain('annotate');
      expect(r.stdout).toContain('explain');
    }
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('no command: help on stdout, exit 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Usage: warta');
  });

  it.each([
    [['frobnicate'], /warta: unknown command "frobnicate"/],
    [['--frob'], /warta: unknown option "--frob"/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it.each(['annotate', 'eval', 'explain'])('%s --help and -h', async (command) => {
    for (const flag of ['--help', '-h']) {
      const r = await cli([command, flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: warta ${command}`));
    }
    expect((await cli(['help', command])).stdout).toMatch(new RegExp(`^Usage: warta ${command}`));
  });
});

describe('warta annotate', () => {
  it('json: one {file, entities} line per file, equal to extract()', async () => {
    const a = file('a.txt', TEXT_A);
    const b = file('b.txt', `\uFEFF${TEXT_B}`);
    const r = await cli(['annotate', a, b, '--published', '2026-01-27']);
    expect(r.code).toBe(0);
    const out = lines(r.stdout).map((l) => JSON.parse(l) as { file: string; entities: unknown[] });
    expect(out.map((o) => o.file)).toEqual([a, b]);
    expect(out[0]!.entities).toEqual(extract(TEXT_A, { published: '2026-01-27' }));
    expect(out[1]!.entities).toEqual(extract(TEXT_B, { published: '2026-01-27' })); // BOM dropped
  });

  it('reads stdin for "-" and for no file', async () => {
    for (const argv of [['annotate'], ['annotate', '-'], ['annotate', '--format', 'json', '-']]) {
      const r = await cli(argv, TEXT_A);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ file: '-', entities: JSON.parse(JSON.stringify(extract(TEXT_A))) });
    }
  });

  it('markup: the text with inline entities (DATE values included)', async () => {
    const r = await cli(['annotate', '--format', 'markup', '--published', '2026-01-27'], TEXT_A);
    expect(r.code).toBe(0);
    const { text, spans } = parseMarkup(r.stdout.replace(/\n$/, ''));
    expect(text).toBe(TEXT_A);
    const expected = extract(TEXT_A, { published: '2026-01-27' });
    expect(spans.map((s) => [s.start, s.end, s.type, s.value])).toEqual(expected.map((e) => [e.start, e.end, e.type, e.value]));
  });

  it('markup with several files: a header line before each', async () => {
    const a = file('m1.txt', TEXT_A);
    const b = file('m2.txt', TEXT_B);
    const r = await cli(['annotate', '--format', 'markup', a, b]);
    const out = lines(r.stdout);
    expect(out[0]).toBe(`==> ${a} <==`);
    expect(out[2]).toBe(`==> ${b} <==`);
    expect(parseMarkup(out[3]!).text).toBe(TEXT_B);
  });

  it('a missing file: message naming it, the other files still done, exit 1', async () => {
    const a = file('ok.txt', TEXT_B);
    const missing = join(dir, 'nope.txt');
    const r = await cli(['annotate', missing, a]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot read "${missing}"`);
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it.each([
    [['annotate', '--published', '2025-02-30'], /--published must be a YYYY-MM-DD date, found "2025-02-30"/],
    [['annotate', '--published', 'kemarin'], /found "kemarin"/],
    [['annotate', '--format', 'xml'], /--format must be json or markup, found "xml"/],
    [['annotate', '--jsonl', '--format', 'markup'], /cannot be used with --jsonl/],
    [['annotate', '--bogus'], /warta annotate: Unknown option '--bogus'/],
    [['annotate', '--published'], /warta annotate: .*--published/],
    [['annotate', '-', '-'], /stdin/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await cli(argv, TEXT_A);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Try 'warta annotate --help'");
    expect(r.stdout).toBe('');
  });
});

describe('warta annotate --jsonl', () => {
  const input = [
    JSON.stringify({ id: 'r1', text: TEXT_A, published: '2026-01-27', entities: [{ start: 0, end: 1, type: 'PERSON' }], extra: true }),
    '{not json',
    '',
    JSON.stringify({ id: 'r3', text: 42 }),
    '   ',
    JSON.stringify({ id: 'r4', text: TEXT_B, published: '2025-13-01' }),
    JSON.stringify({ id: 5, text: TEXT_B, published: null }),
    JSON.stringify({ text: TEXT_B }),
    JSON.stringify([1, 2]),
  ].join('\n');

  it('one output line per record, in input order; bad lines in place; exit 1', async () => {
    const r = await cli(['annotate', '--jsonl', '--published', '2025-05-12'], input);
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toEqual([
      { id: 'r1', entities: JSON.parse(JSON.stringify(extract(TEXT_A, { published: '2026-01-27' }))) },
      { line: 2, error: 'not valid JSON' },
      { id: 'r3', line: 4, error: expect.stringContaining('"text" must be a string') },
      { id: 'r4', line: 6, error: expect.stringContaining('"published" must be a YYYY-MM-DD date or null, found "2025-13-01"') },
      { id: 5, entities: JSON.parse(JSON.stringify(extract(TEXT_B))) },
      // no "published": the --published default applies; no id: null
      { id: null, entities: JSON.parse(JSON.stringify(extract(TEXT_B, { published: '2025-05-12' }))) },
      { line: 9, error: 'not a JSON object' },
    ]);
    expect(lines(r.stderr)).toEqual([
      'warta annotate: <stdin>:2: not valid JSON',
      expect.stringMatching(/^warta annotate: <stdin>:4: "text" must be a string/),
      expect.stringMatching(/^warta annotate: <stdin>:6: "published"/),
      'warta annotate: <stdin>:9: not a JSON object',
    ]);
  });

  it('reads files, names the file in messages, exit 0 when all lines are good', async () => {
    const good = file('good.jsonl', `${JSON.stringify({ id: 'g1', text: TEXT_B })}\r\n${JSON.stringify({ id: 'g2', text: TEXT_A })}\n`);
    const bad = file('bad.jsonl', `${JSON.stringify({ id: 'b1', text: TEXT_B })}\n{"id":"b2"}\n`);
    const ok = await cli(['annotate', '--jsonl', good]);
    expect(ok.code).toBe(0);
    expect(lines(ok.stdout).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['g1', 'g2']);
    const r = await cli(['annotate', '--jsonl', good, bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`warta annotate: ${bad}:2: "text" must be a string, found none`);
    expect(lines(r.stdout)).toHaveLength(4);
  });

  it('waits for a slow stdout (backpressure) and keeps the order', async () => {
    const records = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: i, text: `Berita ${i}.` })).join('\n');
    const slow = new Sink(1, 16);
    const r = await cli(['annotate', '--jsonl'], records, { stdout: slow });
    expect(r.code).toBe(0);
    expect(lines(slow.text).map((l) => (JSON.parse(l) as { id: number }).id)).toEqual(Array.from({ length: 60 }, (_, i) => i));
  });

  it('stops quietly when stdout is closed (EPIPE)', async () => {
    let writes = 0;
    const closing = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        if (writes > 2) callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        else callback();
      },
    });
    const records = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: 'Berita.' })).join('\n');
    const r = await cli(['annotate', '--jsonl'], records, { stdout: closing });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(writes).toBeLessThan(2000);
  });

  it('progress on stderr only when enabled (a TTY), cleared at the end', async () => {
    const records = Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: i, text: 'Berita.' })).join('\n');
    const quiet = await cli(['annotate', '--jsonl'], records, { progress: false });
    expect(quiet.stderr).toBe('');
    const tty = await cli(['annotate', '--jsonl'], records, { progress: true });
    expect(tty.stderr).toMatch(/^\r1 records…/);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(lines(tty.stdout)).toHaveLength(5);
  });
});

describe('warta eval', () => {
  // Gold: two documents with invented text and offsets.
  const GOLD_TEXT_1 = 'Kemarin Budi Sartono tiba di Kota Zyrtal bersama Partai Lembah Raya.';
  const GOLD_TEXT_2 = 'Pada 9 Maret 2025 Ratna Wulandari membuka pameran.';
  const gold1 = { id: 'doc-1', published: '2025-05-12', text: GOLD_TEXT_1, entities: [
    { start: 0, end: 7, type: 'DATE', text: 'Kemarin', value: '2025-05-11' },
    { start: 8, end: 20, type: 'PERSON', text: 'Budi Sartono' },
    { start: 29, end: 40, type: 'PLACE', text: 'Kota Zyrtal' },
    { start: 49, end: 67, type: 'ORG', text: 'Partai Lembah Raya' },
  ] };
  const gold2 = { id: 'doc-2', published: '2025-03-10', text: GOLD_TEXT_2, entities: [
    { start: 5, end: 17, type: 'DATE', text: '9 Maret 2025', value: '2025-03-09' },
    { start: 18, end: 33, type: 'PERSON', text: 'Ratna Wulandari' },
  ], other: [{ start: 42, end: 49, text: 'pameran', orig: 'EVT' }] };
  const pred = [
    { id: 'doc-1', entities: [
      { start: 0, end: 7, type: 'DATE', value: '2025-05-11' },
      { start: 8, end: 20, type: 'PERSON' },
      { start: 34, end: 40, type: 'PLACE' }, // boundary
      // ORG missed
    ] },
    { id: 'doc-2', entities: [
      { start: 5, end: 12, type: 'DATE', value: '2025-03-XX' }, // boundary, value wrong
      { start: 18, end: 33, type: 'PERSON' },
      { start: 42, end: 49, type: 'ORG' }, // on an "other" span: neutral
      { start: 0, end: 4, type: 'PLACE' }, // false alarm
    ] },
  ];
  let goldDir: string;
  let goldJsonl: string;
  let predFile: string;
  beforeAll(() => {
    goldDir = join(dir, 'gold');
    file('gold/doc-1.json', JSON.stringify(gold1, null, 1));
    file('gold/doc-2.json', JSON.stringify(gold2, null, 1));
    file('gold/doc-1.txt', 'ignored');
    goldJsonl = file('gold.jsonl', `${JSON.stringify(gold1)}\n\n${JSON.stringify(gold2)}\n`);
    predFile = file('pred.jsonl', pred.map((p) => JSON.stringify(p)).join('\n'));
  });

  const table = (stdout: string): string[][] => lines(stdout).slice(-7).map((l) => l.split(/\s+/));

  it.each(['folder', 'jsonl'])('scores --pred against a gold %s: the table is last', async (kind) => {
    const r = await cli(['eval', kind === 'folder' ? goldDir : goldJsonl, '--pred', predFile]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout);
    expect(out[0]).toMatch(/\(2 documents\); predictions: .*pred\.jsonl$/);
    expect(r.stdout).toContain('neutral predictions (on gold "other" spans only): 1');
    const t = table(r.stdout);
    expect(t[0]).toEqual(['type', 'gold', 'pred', 'strict-P', 'strict-R', 'strict-F1', 'lenient-P', 'lenient-R', 'lenient-F1']);
    expect(t[1]).toEqual(['PERSON', '2', '2', '100.0', '100.0', '100.0', '100.0', '100.0', '100.0']);
    expect(t[2]).toEqual(['ORG', '1', '0', '0.0', '0.0', '0.0', '0.0', '0.0', '0.0']);
    expect(t[3]).toEqual(['PLACE', '1', '2', '0.0', '0.0', '0.0', '50.0', '100.0', '66.7']);
    expect(t[4]).toEqual(['DATE', '2', '2', '50.0', '50.0', '50.0', '100.0', '100.0', '100.0']);
    // micro: strict tp 3 / pred 6 / gold 6; lenient tp 5
    expect(t[5]).toEqual(['micro', '6', '6', '50.0', '50.0', '50.0', '83.3', '83.3', '83.3']);
    expect(out.at(-1)).toBe('date value accuracy 50.0 (1/2 gold DATE values; 2 matched leniently, 50.0 of those)');
  });

  it('--types filters gold and predictions (case-insensitive)', async () => {
    const r = await cli(['eval', goldJsonl, '--pred', predFile, '--types', 'person,place']);
    expect(r.code).toBe(0);
    const t = lines(r.stdout).slice(-4).map((l) => l.split(/\s+/)[0]);
    expect(t).toEqual(['type', 'PERSON', 'PLACE', 'micro']);
    expect(lines(r.stdout).at(-1)!.split(/\s+/)).toEqual(['micro', '3', '4', '50.0', '66.7', '57.1', '75.0', '100.0', '85.7']);
  });

  it('--errors N lists up to N errors with context, before the table', async () => {
    const r = await cli(['eval', goldJsonl, '--pred', predFile, '--errors', '3']);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    const at = out.findIndex((l) => l.startsWith('errors: '));
    expect(out[at]).toBe('errors: 3 of 4');
    expect(out[at + 1]).toMatch(/^ {2}boundary +doc-1 +PLACE +29-40 +"Kota Zyrtal" predicted 34-40 "Zyrtal" +…Kemarin Budi Sartono tiba di «Kota Zyrtal» bersama Partai Lembah Raya\.…$/);
    expect(out[at + 2]).toMatch(/^ {2}miss +doc-1 +ORG +49-67 +"Partai Lembah Raya"/);
    expect(out[at + 3]).toMatch(/^ {2}false-alarm +doc-2 +PLACE +0-4 +"Pada"/);
    expect(out[at + 4]).toMatch(/^type /); // a blank line, then the table
  });

  it('--json prints the score object', async () => {
    const r = await cli(['eval', goldDir, '--pred', predFile, '--json', '--errors', '1']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { documents: number; micro: { lenient: { tp: number } }; dateValue: unknown; neutral: number; errors: unknown[]; errorCount: number };
    expect(s).toMatchObject({ documents: 2, neutral: 1, micro: { lenient: { tp: 5 } }, dateValue: { gold: 2, matched: 2, correct: 1, accuracy: 0.5 }, errorCount: 4 });
    expect(s.errors).toHaveLength(1);
  });

  it('a gold document without a prediction counts as all misses, said on stderr', async () => {
    const partial = file('partial.jsonl', `${JSON.stringify(pred[0])}\n${JSON.stringify({ id: 'doc-9', entities: [] })}\n{"line":3,"error":"not valid JSON"}\n`);
    const r = await cli(['eval', goldJsonl, '--pred', partial]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`1 gold document had no prediction in ${partial} (counted as misses): doc-2`);
    expect(r.stderr).toContain('1 prediction');
    expect(r.stderr).toContain('skipped 1 error line');
    expect(lines(r.stdout).at(-2)!.split(/\s+/).slice(0, 3)).toEqual(['micro', '6', '3']);
  });

  it('without --pred runs the extractor on each document (mechanics only)', async () => {
    const r = await cli(['eval', goldDir]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0]).toMatch(/predictions: default extractor$/);
    const t = table(r.stdout);
    expect(t[0]![0]).toBe('type');
    expect(t.slice(1, 6).map((row) => row[0])).toEqual(['PERSON', 'ORG', 'PLACE', 'DATE', 'micro']);
    // The prediction counts equal what extract() finds on the gold texts.
    const predicted = extract(GOLD_TEXT_1, { published: '2025-05-12' }).length + extract(GOLD_TEXT_2, { published: '2025-03-10' }).length;
    const neutral = extract(GOLD_TEXT_2, { published: '2025-03-10' }).filter((e) => e.start < 49 && e.end > 42 && !gold2.entities.some((g) => e.start < g.end && e.end > g.start)).length;
    expect(Number(t[5]![2])).toBe(predicted - neutral);
    expect(t[5]![1]).toBe('6');
  });

  it('reads gold JSONL from stdin', async () => {
    const r = await cli(['eval', '-', '--pred', predFile], readFileSync(goldJsonl, 'utf8'));
    expect(r.code).toBe(0);
    expect(lines(r.stdout).at(-2)!.split(/\s+/)[0]).toBe('micro');
  });

  it.each([
    [['eval'], 2, /warta eval: missing GOLD/],
    [['eval', 'a', 'b'], 2, /expected one GOLD, found 2/],
    [['eval', 'x', '--types', 'PERSON,FOO'], 2, /--types: unknown type "FOO" in "PERSON,FOO"/],
    [['eval', 'x', '--errors', 'many'], 2, /--errors must be a non-negative integer, found "many"/],
    [['eval', 'x', '--frob'], 2, /warta eval: Unknown option '--frob'/],
    [['eval', '/nonexistent/gold'], 1, /cannot read gold "\/nonexistent\/gold": no such file or directory/],
  ])('%j -> exit %i', async (argv, code, message) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it('bad data: messages name the file and line (exit 1)', async () => {
    const badGold = file('bad-gold.jsonl', `${JSON.stringify(gold1)}\n${JSON.stringify({ id: 'x', text: 'abc', entities: [{ start: 0, end: 9, type: 'PERSON' }] })}\n`);
    let r = await cli(['eval', badGold, '--pred', predFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-gold\.jsonl:2: entities\[0\]: "end" 9 is past the end of the text/);
    const badPred = file('bad-pred.jsonl', `${JSON.stringify(pred[0])}\n${JSON.stringify({ id: 'doc-2', entities: [{ start: 0, end: 3, type: 'MISC' }] })}\n`);
    r = await cli(['eval', goldJsonl, '--pred', badPred]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-pred\.jsonl:2: entities\[0\]: "type" must be one of PERSON, ORG, PLACE, DATE, found "MISC"/);
    r = await cli(['eval', goldJsonl, '--pred', join(dir, 'missing.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read predictions ".*missing\.jsonl": no such file/);
    const dupPred = file('dup-pred.jsonl', `${JSON.stringify(pred[0])}\n${JSON.stringify(pred[0])}\n`);
    r = await cli(['eval', goldJsonl, '--pred', dupPred]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dup-pred\.jsonl:2: duplicate prediction id "doc-1"/);
    file('badfolder/a.json', '{"id": "a", "text": 1}');
    r = await cli(['eval', join(dir, 'badfolder')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/badfolder\/a\.json: "text" must be a string/);
    file('badpub/a.json', JSON.stringify({ id: 'a', published: 'soon', text: 'abc', entities: [] }));
    r = await cli(['eval', join(dir, 'badpub')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/document "a":.*published/);
  });

  it('on ../shared/corpus/seeds: prints the table', async ({ skip }) => {
    skip(!existsSync(SEEDS), `${SEEDS} is absent (the shared corpus is not checked out next to the repo)`);
    const r = await cli(['eval', SEEDS]);
    expect(r.code).toBe(0);
    const t = table(r.stdout.split('\n').filter((l) => !l.startsWith('date value accuracy')).join('\n'));
    expect(t.slice(-6).map((row) => row[0])).toEqual(['type', 'PERSON', 'ORG', 'PLACE', 'DATE', 'micro']);
    console.log(`warta eval ${SEEDS}\n${lines(r.stdout).slice(-7).join('\n')}`);
  });
});

describe('warta explain', () => {
  it('lists entities with sources, then removed candidates with refiner and reason', async () => {
    const r = await cli(['explain', TEXT_A, '--published', '2026-01-27']);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    const explanation = (await import('../src/extractor.js')).explain(TEXT_A, { published: '2026-01-27' });
    expect(out[0]).toBe(`entities (${explanation.entities.length}):`);
    explanation.entities.forEach((e, i) => {
      expect(out[1 + i]).toContain(`${e.start}-${e.end}`);
      expect(out[1 + i]).toContain(JSON.stringify(e.text));
      expect(out[1 + i]!.endsWith(e.source)).toBe(true);
    });
    const at = out.indexOf(`removed (${explanation.removed.length}):`);
    expect(at).toBe(1 + explanation.entities.length);
    for (const removal of explanation.removed) {
      expect(r.stdout).toContain(`[${removal.refiner}] ${removal.reason}`);
    }
  });

  it('joins several TEXT words; reads --file and --file - (stdin); --json', async () => {
    const words = await cli(['explain', 'Delegasi', 'dari', 'Bandung']);
    const joined = await cli(['explain', 'Delegasi dari Bandung']);
    expect(words.stdout).toBe(joined.stdout);
    const f = file('explain.txt', TEXT_B);
    const fromFile = await cli(['explain', '--file', f]);
    const fromStdin = await cli(['explain', '--file', '-'], TEXT_B);
    const direct = await cli(['explain', TEXT_B]);
    expect(fromFile.stdout).toBe(direct.stdout);
    expect(fromStdin.stdout).toBe(direct.stdout);
    const json = await cli(['explain', '--json', TEXT_B]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify((await import('../src/extractor.js')).explain(TEXT_B))));
  });

  it.each([
    [['explain'], 2, /missing TEXT/],
    [['explain', 'x', '--file', 'y'], 2, /either TEXT or --file/],
    [['explain', 'x', '--published', '2025-1-1'], 2, /--published must be a YYYY-MM-DD date, found "2025-1-1"/],
    [['explain', '--file', '/nonexistent/a.txt'], 1, /cannot read "\/nonexistent\/a\.txt": no such file/],
    [['explain', '--nope', 'x'], 2, /warta explain: Unknown option '--nope'/],
  ])('%j -> exit %i', async (argv, code, message) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });
});

describe('the CLI does not load xregexp', () => {
  it('no module reachable from src/cli/main.ts imports xregexp', () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (path: string): void => {
      if (seen.has(path)) return;
      seen.add(path);
      const source = readFileSync(path, 'utf8');
      for (const m of source.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        if (m[2]) continue; // type-only imports are erased
        const spec = m[3] ?? m[4]!;
        if (spec === 'xregexp') offenders.push(path);
        if (spec.startsWith('.')) {
          const target = resolve(dirname(path), spec.replace(/\.js$/, '.ts'));
          if (existsSync(target) && target.endsWith('.ts')) visit(target);
        }
      }
    };
    visit(join(ROOT, 'src/cli/main.ts'));
    expect(seen.size).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });

  it.skipIf(!existsSync(DIST_CLI))('dist/cli.js does not bundle or import xregexp', () => {
    const bundle = readFileSync(DIST_CLI, 'utf8');
    expect(bundle).not.toMatch(/xregexp/i);
  });
});

describe.skipIf(!existsSync(DIST_CLI))('dist/cli.js (built) smoke tests', () => {
  it('has a shebang, prints the version and annotates stdin', () => {
    expect(readFileSync(DIST_CLI, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    expect(execFileSync('node', [DIST_CLI, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/);
    const out = execFileSync('node', [DIST_CLI, 'annotate', '--jsonl'], { input: `${JSON.stringify({ id: 'a', text: TEXT_B })}\n`, encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ id: 'a', entities: expect.any(Array) });
  });

  it('exits 2 with a message on a usage error', () => {
    const r = spawnSync('node', [DIST_CLI, 'eval', '--types', 'FOO', 'x'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--types: unknown type "FOO"');
  });

  it('handles EPIPE: `annotate --jsonl | head -n 2` ends cleanly', () => {
    const records = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: i, text: TEXT_B })).join('\n');
    const input = file('many.jsonl', records);
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(DIST_CLI)} annotate --jsonl ${JSON.stringify(input)} | head -n 2`], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  });
});
