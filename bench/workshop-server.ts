/**
 * The workshop server as `npm start` runs it (SQLite store, same hooks and limits, and the built
 * app when STATIC_DIR names it), started by `bench/workshop.mjs` in its own process. Two
 * differences, both for measuring: one address may open
 * as many rooms as the benchmark needs (it opens hundreds from loopback), and the parent can ask for
 * the server's memory after a full garbage collection, so that garbage waiting to be collected is
 * not counted as memory a room holds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteStore } from '../server/room-store';
import { startWorkshopServer } from '../server/workshop-server';

const dataDir = mkdtempSync(join(tmpdir(), 'boom-bench-workshop-'));
const store = sqliteStore(join(dataDir, 'rooms.sqlite'));
const running = await startWorkshopServer({
  port: Number(process.env.PORT),
  host: '127.0.0.1',
  store,
  staticDir: process.env.STATIC_DIR || null,
  limits: { roomsPerMinute: Number.POSITIVE_INFINITY },
  quiet: true,
});

const collect = () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('start with --expose-gc');
  gc();
  gc();
};

process.on('message', (message: { type: string }) => {
  if (message.type === 'memory') {
    collect();
    process.send?.({ type: 'memory', ...process.memoryUsage() });
  } else if (message.type === 'stop') {
    void running
      .close()
      .then(() => store.close())
      .then(() => {
        rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
      });
  }
});
process.send?.({ type: 'ready', url: running.url });
