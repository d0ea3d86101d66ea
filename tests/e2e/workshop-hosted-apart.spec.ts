import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { addNote, block } from './helpers';
import { joinAs, LABELS, person, startAsFacilitator } from './workshop-helpers';
import { startWorkshopServer, type WorkshopServer } from './workshop-server';
import { holdPort } from './services';

/**
 * The editor hosted on its own (any static host), built for a workshop server elsewhere
 * (`VITE_WORKSHOP_SERVER`), which lets that editor's origin in (`ALLOWED_ORIGINS`). The built
 * page's policy lets it connect to that server and to no other.
 */
const ROOT = join(import.meta.dirname, '..', '..');

let rooms: WorkshopServer;
let editor: ChildProcess;
let editorUrl: string;
let roomsUrl: string;
let outDir: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Both addresses go into the build, which takes a minute: the ports are held meanwhile (on a
  // busy machine one was once taken by then, and the editor never started).
  const [editorPort, roomsPort] = [await holdPort(), await holdPort()];
  editorUrl = `http://127.0.0.1:${editorPort.port}`;
  roomsUrl = `http://127.0.0.1:${roomsPort.port}`;
  outDir = mkdtempSync(join(tmpdir(), 'boom-e2e-apart-'));
  const env = { ...process.env, VITE_WORKSHOP_SERVER: roomsUrl };
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: ROOT, env });
  expect(build.status, build.stderr.toString()).toBe(0);
  await roomsPort.release();
  rooms = await startWorkshopServer({ STATIC_DIR: 'none', ALLOWED_ORIGINS: editorUrl }, { port: roomsPort.port });
  await editorPort.release();
  editor = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(editorPort.port), '--strictPort'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  editor.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  editor.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(
      () =>
        fetch(editorUrl).then(
          (response) => response.ok,
          () => false,
        ),
      { timeout: 60_000, message: 'the editor to answer' },
    )
    .toBe(true)
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\nvite preview said: ${output || '(nothing)'}`);
    });
});

test.afterAll(async () => {
  editor?.kill();
  await rooms?.dispose();
  rmSync(outDir, { recursive: true, force: true });
});

test('an editor hosted apart from its workshop server runs rooms there, and may connect nowhere else', async ({ browser }) => {
  const l = LABELS.en;
  const host = await person(browser, 'en', `${editorUrl}/`);
  await addNote(host, l.segments, 'Coffee lovers', l.addNote);
  const { joinLink } = await startAsFacilitator(host, 'en', 'Mina');
  // People are invited to the editor; the editor takes them to the room.
  expect(joinLink.startsWith(`${editorUrl}/#room=`)).toBe(true);
  const guest = await joinAs(browser, 'en', joinLink, 'Sara');
  await expect(block(guest, l.segments).getByRole('listitem', { name: 'Coffee lovers' })).toBeVisible();
  await addNote(guest, l.partners, 'Roastery', l.addNote);
  await expect(block(host, l.partners).getByRole('listitem', { name: 'Roastery' })).toBeVisible();

  // Any other origin (here the same server under another name) is refused by the page's policy.
  const blocked = await host.evaluate(
    async (elsewhere) => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.blockedURI), { once: true }),
      );
      await fetch(`${elsewhere}/api/health`).catch(() => null);
      return violation;
    },
    roomsUrl.replace('127.0.0.1', 'localhost'),
  );
  expect(blocked).toContain('localhost');
});
