#!/usr/bin/env node
/**
 * warta benchmarks (run after `npm run build`): `npm run bench`.
 *  - cold start: a fresh Node process times `import('warta')` + the first `extract` of a
 *    5 kB article, in-process (median of 7 processes);
 *  - throughput: UTF-8 MB per second on one core, every rule on, over articles of ordinary
 *    length and over one long document;
 *  - memory: heap growth during the throughput run;
 *  - bundle: size of dist/index.js (raw and gzip).
 * Options: --mb N (corpus size, default 20), --json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtLibrary, root } from './paths.mjs';

const dist = builtLibrary();
const args = process.argv.slice(2);
const targetMb = Number(args[args.indexOf('--mb') + 1]) || 20;
const asJson = args.includes('--json');

// Articles: the seed fixtures, plus the shared external gold texts when they are beside the clone.
// The external records are sentences; consecutive records are joined into ~5 kB articles so
// the figures are per article, as a user would call extract.
const articles = [];
const seeds = join(root, 'fixtures', 'seeds');
for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) articles.push(readFileSync(join(seeds, f), 'utf8'));
const external = join(root, '..', 'shared', 'external');
if (existsSync(external)) {
  for (const d of readdirSync(external).sort()) {
    const file = join(external, d, 'eval.jsonl');
    if (!existsSync(file)) continue;
    let article = '';
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      article += JSON.parse(line).text + '\n';
      if (article.length >= 5000) { articles.push(article); article = ''; }
    }
    if (article) articles.push(article);
  }
}
const meanKb = articles.reduce((s, a) => s + a.length, 0) / articles.length / 1000;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// 1. Cold start in fresh processes.
const article5k = articles.slice(0, 5).join('\n\n').slice(0, 5000);
const probe = `
  const t0 = performance.now();
  const { extract } = await import(${JSON.stringify(dist)});
  const t1 = performance.now();
  extract(${JSON.stringify(article5k)}, { published: '2025-05-12' });
  const t2 = performance.now();
  console.log(JSON.stringify({ importMs: t1 - t0, firstExtractMs: t2 - t1, totalMs: t2 - t0 }));`;
const cold = [];
for (let i = 0; i < 7; i++) cold.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })));

// 2. Throughput, in this process, after warm-up.
const { createExtractor } = await import(dist);
const ner = createExtractor();
const docs = [];
let bytes = 0;
while (bytes < targetMb * 1e6) {
  for (const a of articles) {
    docs.push(a);
    bytes += Buffer.byteLength(a, 'utf8');
    if (bytes >= targetMb * 1e6) break;
  }
}
for (let i = 0; i < 50; i++) ner.extract(docs[i % docs.length]);
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let entities = 0;
let t0 = performance.now();
for (const d of docs) entities += ner.extract(d, { published: '2025-05-12' }).length;
const articleSeconds = (performance.now() - t0) / 1000;
const heapAfter = process.memoryUsage().heapUsed;

const longDoc = docs.slice(0, Math.ceil(docs.length / 4)).join('\n\n');
const longBytes = Buffer.byteLength(longDoc, 'utf8');
// The warmed-up extractor of the article run: this line measures length, not start-up.
t0 = performance.now();
const longEntities = ner.extract(longDoc, { published: '2025-05-12' }).length;
const longSeconds = (performance.now() - t0) / 1000;

const bundle = readFileSync(dist);
const result = {
  node: process.version,
  coldStartMs: { import: median(cold.map((c) => c.importMs)), firstExtract: median(cold.map((c) => c.firstExtractMs)), total: median(cold.map((c) => c.totalMs)) },
  throughput: {
    articles: { documents: docs.length, mb: bytes / 1e6, seconds: articleSeconds, mbPerSecond: bytes / 1e6 / articleSeconds, entities },
    longDocument: { mb: longBytes / 1e6, seconds: longSeconds, mbPerSecond: longBytes / 1e6 / longSeconds, entities: longEntities },
  },
  heapGrowthMb: (heapAfter - heapBefore) / 1e6,
  bundle: { file: 'dist/index.js', kb: bundle.length / 1024, gzipKb: gzipSync(bundle).length / 1024, chunksKb: readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js') && f !== 'cli.js').reduce((s, f) => s + statSync(join(root, 'dist', f)).size, 0) / 1024 },
};
if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  const f = (n) => n.toFixed(1);
  console.log(`node ${result.node}`);
  console.log(`cold start (median of 7 fresh processes): import ${f(result.coldStartMs.import)} ms + first extract of 5 kB ${f(result.coldStartMs.firstExtract)} ms = ${f(result.coldStartMs.total)} ms`);
  console.log(`throughput, ${docs.length} articles (mean ${f(meanKb)} kB), ${f(bytes / 1e6)} MB: ${f(result.throughput.articles.mbPerSecond)} MB/s (${f(articleSeconds)} s, ${entities} entities)`);
  console.log(`throughput, one ${f(longBytes / 1e6)} MB document: ${f(result.throughput.longDocument.mbPerSecond)} MB/s (${f(longSeconds)} s)`);
  console.log(`heap growth during the article run: ${f(result.heapGrowthMb)} MB`);
  console.log(`bundle: dist/index.js ${f(result.bundle.kb)} kB (${f(result.bundle.gzipKb)} kB gzip); all library chunks ${f(result.bundle.chunksKb)} kB`);
}
