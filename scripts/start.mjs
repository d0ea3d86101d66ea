#!/usr/bin/env node
/**
 * `npm start`: builds the app if the build is missing or older than its sources, then serves it
 * and the workshop server on one port (PORT, default 8787; HOST, default 0.0.0.0 so phones on the
 * same Wi-Fi can join). See server/index.ts for the rest of its settings.
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'index.html');
const SOURCES = ['src', 'locales', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

const stale =
  !existsSync(built) || SOURCES.some((source) => existsSync(join(root, source)) && newest(join(root, source)) > statSync(built).mtimeMs);
if (stale) {
  console.log('Building Boom (once, and again after a change)…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
