/**
 * Where the benchmarks find the repository and the built library.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Path of dist/index.js; exits with a message when the library is not built. */
export function builtLibrary() {
  const dist = join(root, 'dist', 'index.js');
  if (!existsSync(dist)) {
    console.error('bench: dist/index.js is missing; run `npm run build` first');
    process.exit(1);
  }
  return dist;
}
