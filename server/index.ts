/**
 * Starts the workshop server from the environment:
 * - PORT (default 8787) and HOST (default 0.0.0.0, so phones on the same network can join);
 * - DATABASE_URL: PostgreSQL for the rooms (several instances); unset, an SQLite file at
 *   DATA_DIR/rooms.sqlite (DATA_DIR defaults to ./data);
 * - REDIS_URL: share rooms with the other instances through Redis;
 * - STATIC_DIR: the built app to serve (default ./dist when it exists; "none" serves no app);
 * - ALLOWED_ORIGINS: comma-separated origins of editors hosted elsewhere that may open rooms;
 * - INSTANCE_NAME: this instance's name in logs and in Redis.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { postgresStore, sqliteStore } from './room-store';
import { startWorkshopServer } from './workshop-server';

const env = process.env;
const root = resolve(import.meta.dirname, '..');
const staticDir = env.STATIC_DIR === 'none' ? null : resolve(env.STATIC_DIR ?? join(root, 'dist'));
const store = env.DATABASE_URL
  ? await postgresStore(env.DATABASE_URL)
  : sqliteStore(join(resolve(env.DATA_DIR ?? join(root, 'data')), 'rooms.sqlite'));

const running = await startWorkshopServer({
  port: Number(env.PORT ?? 8787),
  host: env.HOST ?? '0.0.0.0',
  store,
  redisUrl: env.REDIS_URL,
  staticDir: staticDir && existsSync(join(staticDir, 'index.html')) ? staticDir : null,
  allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
  name: env.INSTANCE_NAME,
});

console.log(`Boom is at http://localhost:${running.port}${staticDir ? '' : ' (workshop rooms only: no built app to serve)'}`);

let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  await running.close();
  await store.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
