#!/usr/bin/env node
/**
 * Output snapshot for performance work (run after `npm run build`): every span `extract`
 * finds, with `{ published: '2025-05-12' }`, in the seed fixtures, in every record of the
 * shared external sets (eval.jsonl and eval-conventions.jsonl, when beside the clone), in
 * those records joined into ~5 kB articles (as bench/run.mjs reads them), and in one long
 * document of 250 articles. A change that only makes warta faster must leave it identical.
 *
 *   node bench/snapshot.mjs /tmp/before.jsonl            # write
 *   node bench/snapshot.mjs /tmp/after.jsonl /tmp/before.jsonl   # write and compare
 *
 * Prints the number of documents and a SHA-1 of the snapshot; with a second file, the first
 * document that differs (exit code 1).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { builtLibrary, root } from './paths.mjs';

const [outFile, compareFile] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node bench/snapshot.mjs <out.jsonl> [<compare-with.jsonl>]');
  process.exit(2);
}
const { extract } = await import(builtLibrary());

const docs = [];
const seeds = join(root, 'fixtures', 'seeds');
for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) docs.push(readFileSync(join(seeds, f), 'utf8'));
const articles = [];
const external = join(root, '..', 'shared', 'external');
if (existsSync(external)) {
  for (const d of readdirSync(external).sort()) {
    for (const name of ['eval.jsonl', 'eval-conventions.jsonl']) {
      const file = join(external, d, name);
      if (!existsSync(file)) continue;
      let article = '';
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { text } = JSON.parse(line);
        docs.push(text);
        if (name !== 'eval.jsonl') continue;
        article += text + '\n';
        if (article.length >= 5000) { articles.push(article); article = ''; }
      }
      if (article) articles.push(article);
    }
  }
}
docs.push(...articles, articles.slice(0, 250).join('\n\n'));

const lines = docs.map((d) => JSON.stringify(extract(d, { published: '2025-05-12' })
  .map((e) => [e.start, e.end, e.type, e.text, e.source, e.id, e.value, e.flags])));
const snapshot = lines.join('\n');
writeFileSync(outFile, snapshot);
console.log(`${docs.length} documents, sha1 ${createHash('sha1').update(snapshot).digest('hex')}`);
if (compareFile) {
  const before = readFileSync(compareFile, 'utf8').split('\n');
  const at = lines.findIndex((line, i) => line !== before[i]);
  if (at >= 0 || before.length !== lines.length) {
    const i = at >= 0 ? at : Math.min(before.length, lines.length);
    console.log(`differs at document ${i}:\n  before ${before[i]?.slice(0, 400)}\n  after  ${lines[i]?.slice(0, 400)}`);
    process.exit(1);
  }
  console.log('identical');
}
