#!/usr/bin/env node
/**
 * `npm run dev`: the editor with hot reload (Vite, http://127.0.0.1:5173) and a workshop server
 * beside it (WORKSHOP_PORT, default 8788); Vite passes /api and /workshop on to it, so the editor
 * and its rooms share one origin as they do in production.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const workshopPort = process.env.WORKSHOP_PORT ?? '8788';
const children = [
  spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: workshopPort, HOST: '127.0.0.1', STATIC_DIR: 'none' },
  }),
  spawn('npx', ['vite'], { cwd: root, stdio: 'inherit', env: { ...process.env, WORKSHOP_PORT: workshopPort } }),
];
const stop = (signal) => children.forEach((child) => child.kill(signal));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
for (const child of children) child.on('exit', (code) => (stop('SIGTERM'), process.exit(code ?? 0)));
