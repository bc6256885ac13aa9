/**
 * The generated modules (built-in data, native patterns) must match their sources: a stale
 * file would ship old gazetteers or patterns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinsSource, patternsSource } from '../scripts/codegen.js';

const root = join(__dirname, '..');

describe('codegen', () => {
  it('src/data/builtins.generated.ts is up to date (run `npm run codegen`)', () => {
    expect(readFileSync(join(root, 'src/data/builtins.generated.ts'), 'utf8') === builtinsSource()).toBe(true);
  });

  it('src/rules/patterns.generated.ts is up to date (run `npm run codegen`)', async () => {
    expect(readFileSync(join(root, 'src/rules/patterns.generated.ts'), 'utf8')).toBe(await patternsSource());
  });

  it('the runtime never imports xregexp', () => {
    const runtime = ['src/index.ts', 'src/extractor.ts', 'src/rules/run.ts', 'src/rules/patterns.generated.ts'];
    for (const file of runtime) expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/from 'xregexp'/);
  });
});
