/**
 * The production build both benchmarks measure (bench/run.mjs, bench/workshop.mjs): built afresh
 * into bench/.build, so what is measured is the tree as it is.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));

export const BUILD_DIR = join(BENCH_DIR, '.build');

export function buildApp(log) {
  log('building the production app into bench/.build');
  const result = spawnSync('npx', ['vite', 'build', '--outDir', BUILD_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: dirname(BENCH_DIR),
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) throw new Error('vite build failed');
}
