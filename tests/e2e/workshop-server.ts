/**
 * The real workshop server for browser tests: `server/index.ts` started as its own process (as
 * `npm start` runs it), serving the built app and its rooms on one free port, with its SQLite file
 * in a fresh folder. It can be killed (SIGKILL, as a crash) and started again on the same port and data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { freePort } from './services';

const ROOT = join(import.meta.dirname, '..', '..');

export interface WorkshopServer {
  url: string;
  /** Ends the process: SIGKILL by default (a crash: nothing is flushed). */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  dispose(): Promise<void>;
}

export async function startWorkshopServer(env: Record<string, string> = {}, given?: { port: number }): Promise<WorkshopServer> {
  const port = given?.port ?? (await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'boom-e2e-workshop-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';

  const start = async () => {
    // One process (tsx as Node's loader, not its own wrapper process), so a kill reaches the server itself.
    child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: join(ROOT, 'dist'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the workshop server exited: ${output}`);
      const up = await fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    throw new Error(`the workshop server did not start: ${output}`);
  };

  const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    await exited;
  };

  await start();
  return {
    url,
    stop,
    start,
    async dispose() {
      await stop('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Browser tests with a workshop server of their own, started before each test and removed after it. */
export const test = base.extend<{ server: WorkshopServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  server: async ({}, give) => {
    const server = await startWorkshopServer();
    await give(server);
    await server.dispose();
  },
});
