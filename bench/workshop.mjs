#!/usr/bin/env node
/**
 * `npm run bench:workshop`: live rooms under load. The real workshop server (its own process, as
 * `npm start` runs it) on loopback, and simulated people as Node clients of the real provider:
 *
 * - one room of 30 people, each adding a note every 2 s for a minute;
 * - 200 rooms of 5 people doing the same;
 * - rooms of 30 people on a 300-note canvas, idle: what one more room costs the server's memory;
 * - Boom itself (the production build, in Chromium) facilitating a room of 30 on a 300-note canvas
 *   while the 29 others add notes: what a remote change costs the page, from the WebSocket message
 *   that brings it to the frame that shows it.
 *
 * For each, the time from one person's change to every other person of the room having it in
 * their doc (p50/p95/p99) and the server's CPU; and the same latency for a floor: the same people,
 * docs and notes, each change's Yjs update broadcast as it is by a bare WebSocket relay in its own
 * process. All people share this process (as 30 phones would not): both the server's and the
 * floor's figures carry that. Budgets: p95 ≤ 100 ms for 30 people and within 3× the floor's p95;
 * ≤ 2 MB of server memory per room of 30 at 300 notes; a remote change applied and drawn in one
 * frame (p95 ≤ 16 ms of the page's work).
 *
 *   --check   exit non-zero when a budget fails
 *   --quick   short runs and fewer rooms (for working on the bench)
 *
 * Results: bench/workshop-results.json.
 */
import { fork } from 'node:child_process';
import { BUILD_DIR, buildApp } from './build.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { launchBrowser, openPage } from './browser.mjs';
import { anyFailed, formatTable, generateCanvas, schemaVersionFrom, storageEntries } from './lib.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH_DIR, '..');
const args = new Set(process.argv.slice(2));
const CHECK = args.has('--check');
const QUICK = args.has('--quick');

const EVERY_MS = 2000;
const BIG_ROOM = { rooms: 1, people: 30, seconds: QUICK ? 12 : 60 };
const MANY_ROOMS = { rooms: QUICK ? 20 : 200, people: 5, seconds: QUICK ? 8 : 30 };
const MEMORY = { rooms: QUICK ? 3 : 8, people: 30, notes: 300 };
const IN_BROWSER = { people: 30, notes: 300, seconds: QUICK ? 10 : 40 };
const BUDGETS = { p95: 100, p95Ratio: 3, memoryPerRoomMB: 2, remoteChangeMs: 16 };
const MB = 1024 * 1024;

const log = (message) => process.stderr.write(`[bench:workshop] ${message}\n`);

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** CPU seconds and resident memory of a process, from /proc. */
function processStats(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
  return { cpuSeconds: ticks / 100, rss };
}

/**
 * The real server in its own process (bench/workshop-server.ts), which can report its memory; with
 * `staticDir`, it serves that build of the app too, as `npm start` does.
 */
async function startServer(staticDir = '') {
  const port = await freePort();
  const child = fork(join(BENCH_DIR, 'workshop-server.ts'), [], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), STATIC_DIR: staticDir },
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const reply = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', reject);
        resolve(message);
      };
      child.on('message', onMessage);
      child.once('exit', reject);
    });
  const { url } = await reply('ready');
  return {
    url,
    pid: child.pid,
    /** Resident and heap memory after a full garbage collection, in bytes. */
    async memory() {
      const answer = reply('memory');
      child.send({ type: 'memory' });
      return answer;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' });
      await exited;
    },
  };
}

async function openRoom(url) {
  const response = await fetch(`${url}/api/rooms`, { method: 'POST' });
  return response.json();
}
/**
 * A person's side of a room, whatever carries it: a Yjs doc, the notes they add (each stamped with
 * when it was sent), and the time each note of someone else's reaches their doc.
 */
function person(doc, onNote) {
  doc.getMap('notes').observe((event) => {
    if (event.transaction.local) return;
    const at = now();
    for (const key of event.keysChanged) {
      const note = doc.getMap('notes').get(key);
      if (note instanceof Y.Map) onNote(note.get('sentAt'), at);
    }
  });
  let count = 0;
  return () => {
    count += 1;
    const note = new Y.Map();
    note.set('text', `An idea from a participant, number ${count}`);
    note.set('color', 'yellow');
    note.set('block', 'customerSegments');
    note.set('pos', `a${String(count).padStart(4, '0')}${doc.clientID}`);
    note.set('sentAt', now());
    doc.getMap('notes').set(`n${doc.clientID}x${count}`, note);
  };
}

/** A person in a room through the real provider and server. */
function participant(url, room, secret, onNote) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `${url.replace('http', 'ws')}/workshop`,
    WebSocketPolyfill: WebSocket,
    delay: 1000,
    minDelay: 1000,
    maxDelay: 5000,
  });
  let synced;
  const ready = new Promise((resolve) => (synced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token: secret,
    document: doc,
    onSynced: () => synced(),
  });
  provider.attach();
  return {
    doc,
    ready,
    addNote: person(doc, onNote),
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/**
 * The floor's person: the same doc and notes, each change's Yjs update sent as it is through a bare
 * relay and applied on arrival. What the floor leaves out is what the server adds: the sync
 * protocol, authentication, hooks, the server's own copy of the doc, storing it, presence.
 */
function relayParticipant(port, room, onNote) {
  const doc = new Y.Doc();
  const socket = new WebSocket(`ws://127.0.0.1:${port}/${room}`);
  doc.on('update', (update, origin) => {
    if (origin !== socket) socket.send(update);
  });
  socket.on('message', (data) => Y.applyUpdate(doc, new Uint8Array(data), socket));
  return {
    ready: new Promise((resolve) => socket.once('open', resolve)),
    addNote: person(doc, onNote),
    close: () => socket.close(),
  };
}

/** A room of people on the real server. */
const throughServer = (server) => async (index, people, onNote) => {
  const { room, secrets } = await openRoom(server.url);
  return Array.from({ length: people }, (_, index) => participant(server.url, room, index === 0 ? secrets.host : secrets.edit, onNote));
};

/** The floor: a bare WebSocket relay (bench/workshop-relay.mjs), in its own process as the server is. */
async function startRelay() {
  const port = await freePort();
  const child = fork(join(BENCH_DIR, 'workshop-relay.mjs'), [], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', reject);
  });
  return {
    join: async (index, people, onNote) => Array.from({ length: people }, () => relayParticipant(port, `room${index}`, onNote)),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' });
      await exited;
    },
  };
}

/** People adding a note every 2 s, staggered, for a while; the latency of every delivery. */
async function runRooms({ rooms, people, seconds }, join, serverPid = null) {
  const latencies = [];
  const clients = [];
  const onNote = (sentAt, at) => latencies.push(at - sentAt);
  for (let index = 0; index < rooms; index += 1) clients.push(...(await join(index, people, onNote)));
  await Promise.all(clients.map((client) => client.ready));
  await sleep(500);
  const before = serverPid && processStats(serverPid);
  const started = now();
  const timers = clients.map((client, index) =>
    setTimeout(
      () => {
        client.addNote();
        timers.push(setInterval(() => client.addNote(), EVERY_MS));
      },
      (index / clients.length) * EVERY_MS,
    ),
  );
  await sleep(seconds * 1000);
  for (const timer of timers) clearInterval(timer);
  await sleep(1000); // the last deliveries
  const after = serverPid && processStats(serverPid);
  const elapsed = (now() - started) / 1000;
  for (const client of clients) client.close();
  await sleep(500);
  return {
    deliveries: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    serverCpuPercent: serverPid ? (100 * (after.cpuSeconds - before.cpuSeconds)) / elapsed : null,
  };
}

/**
 * The server's memory per room of 30 people on a 300-note canvas, after a full garbage collection:
 * - what one more room holds (JS heap and buffers): a first batch of rooms is opened and kept open
 *   before measuring, so code compiled on first use is not counted against every room; then a
 *   second batch, measured;
 * - the process's resident memory grown over both batches, from an empty server, per room: an
 *   upper bound (the heap's spare room and the first batch's start-up costs count too). Resident
 *   memory does not shrink, so it cannot tell one more room's cost on its own.
 */
async function measureMemory(server, { rooms, people, notes }) {
  const open = async () => {
    const clients = [];
    for (let index = 0; index < rooms; index += 1) {
      const { room, secrets } = await openRoom(server.url);
      const host = participant(server.url, room, secrets.host, () => {});
      await host.ready;
      host.doc.transact(() => {
        for (let note = 0; note < notes; note += 1) {
          const map = new Y.Map();
          map.set('text', `A note of a real canvas, with a sentence of ordinary length: ${note}`);
          map.set('color', 'yellow');
          map.set('block', 'customerSegments');
          map.set('pos', `a${String(note).padStart(4, '0')}`);
          host.doc.getMap('notes').set(`n${note}`, map);
        }
      });
      clients.push(host);
      for (let index = 1; index < people; index += 1) clients.push(participant(server.url, room, secrets.edit, () => {}));
    }
    await Promise.all(clients.map((client) => client.ready));
    await sleep(3000); // stored, and every presence exchanged
    return clients;
  };
  const empty = await server.memory();
  const warm = await open();
  const before = await server.memory();
  const measured = await open();
  const after = await server.memory();
  for (const client of [...warm, ...measured]) client.close();
  const held = (memory) => memory.heapUsed + memory.external;
  return {
    perRoomMB: (held(after) - held(before)) / MB / rooms,
    perConnectionKB: (held(after) - held(before)) / 1024 / (rooms * people),
    residentPerRoomMB: (after.rss - empty.rss) / MB / (2 * rooms),
  };
}

/**
 * Runs in Boom's page before its own scripts: notes whose text begins with `marker` are timed from
 * the WebSocket message that brings them (found in the message's bytes: a Yjs update carries a new
 * note's text as it is) to the DOM holding them (applied), and from the start of the next frame to
 * the task after it, once it is drawn (drawn).
 */
function watchRemoteNotes(marker) {
  const arrivals = new Map();
  const pattern = new RegExp(`${marker}[0-9a-z-]+`, 'g');
  const decoder = new TextDecoder();
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (!(event.data instanceof ArrayBuffer)) return;
        const at = performance.now();
        for (const text of decoder.decode(event.data).match(pattern) ?? []) if (!arrivals.has(text)) arrivals.set(text, at);
      });
    }
  };
  window.__remoteNotes = [];
  const timed = new Set();
  new MutationObserver((records) => {
    const applied = performance.now();
    const found = [];
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const text of node.matches('.note-text') ? [node] : node.querySelectorAll('.note-text')) {
          const value = text.textContent ?? '';
          if (arrivals.has(value) && !timed.has(value)) {
            timed.add(value);
            found.push(arrivals.get(value));
          }
        }
      }
    if (found.length === 0) return;
    requestAnimationFrame(() => {
      const frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const drawn = performance.now();
        for (const arrival of found)
          window.__remoteNotes.push({ applied: applied - arrival, drawn: drawn - frame, toFrame: drawn - arrival });
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true });
}

/** The app's English names the scenario uses (from the locales, as the tests take them). */
function appLabels() {
  const app = JSON.parse(readFileSync(join(ROOT, 'locales/en/app.json'), 'utf8'));
  const workshop = JSON.parse(readFileSync(join(ROOT, 'locales/en/workshop.json'), 'utf8'));
  return {
    canvas: app.app.canvasLabel,
    addNote: 'Add note',
    workshop: app.room.button,
    hostName: workshop.hostName,
    start: workshop.start,
    joinLink: workshop.joinLink,
  };
}

/**
 * Boom in Chromium facilitates a room of `people` on a `notes`-note canvas (started from its own
 * Workshop dialog, as a facilitator does); the others are Node clients of the real provider, each
 * adding a note every 2 s, staggered. Returns p50/p95 of the page's work per remote note (applied
 * + drawn), of each part, and of the time from arrival to the drawn frame (which also waits for
 * the frame to come).
 */
async function remoteChangesInBrowser(server, { people, notes, seconds }) {
  const MARKER = 'Remote idea ';
  const labels = appLabels();
  const canvas = generateCanvas({ notes, seed: notes });
  const schemaVersion = schemaVersionFrom(JSON.parse(readFileSync(join(BUILD_DIR, 'schema/boom-canvas.schema.json'), 'utf8')));
  const browser = await launchBrowser();
  const others = [];
  try {
    const { context, page } = await openPage(browser, {
      url: `${server.url}/`,
      labels,
      entries: storageEntries(canvas, schemaVersion),
      expectedNotes: notes,
      beforeNavigation: (page) => page.addInitScript(watchRemoteNotes, MARKER),
    });
    await page.getByRole('button', { name: labels.workshop, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: labels.workshop });
    await dialog.getByRole('textbox', { name: labels.hostName }).fill('Facilitator');
    await dialog.getByRole('button', { name: labels.start }).click();
    const link = new URL(await dialog.getByRole('textbox', { name: labels.joinLink }).inputValue());
    await page.keyboard.press('Escape');
    const fragment = new URLSearchParams(link.hash.slice(1));
    for (let index = 1; index < people; index += 1)
      others.push(participant(server.url, fragment.get('room'), fragment.get('join'), () => {}));
    await Promise.all(others.map((other) => other.ready));
    await sleep(2000);
    const timers = others.map((other, index) =>
      setTimeout(
        () => {
          let count = 0;
          const add = () => {
            count += 1;
            const note = new Y.Map();
            note.set('text', new Y.Text(`${MARKER}${other.doc.clientID.toString(36)}-${count}`));
            note.set('color', 'green');
            note.set('block', 'customerSegments');
            note.set('pos', `a${String(count).padStart(4, '0')}${other.doc.clientID}`);
            note.set('rev', `${other.doc.clientID.toString(36)}.${count}`);
            other.doc.getMap('notes').set(`r${other.doc.clientID.toString(36)}x${count}`, note);
          };
          add();
          timers.push(setInterval(add, EVERY_MS));
        },
        (index / others.length) * EVERY_MS,
      ),
    );
    await sleep(seconds * 1000);
    for (const timer of timers) clearInterval(timer);
    await sleep(1500);
    const samples = await page.evaluate(() => window.__remoteNotes);
    await context.close();
    const of = (pick) => samples.map(pick);
    return {
      changes: samples.length,
      workP50: percentile(
        of((s) => s.applied + s.drawn),
        50,
      ),
      workP95: percentile(
        of((s) => s.applied + s.drawn),
        95,
      ),
      appliedP95: percentile(
        of((s) => s.applied),
        95,
      ),
      drawnP95: percentile(
        of((s) => s.drawn),
        95,
      ),
      toFrameP95: percentile(
        of((s) => s.toFrame),
        95,
      ),
    };
  } finally {
    for (const other of others) other.close();
    await browser.close();
  }
}

async function main() {
  const loadAtStart = loadavg()[0];
  const server = await startServer();
  let big;
  let many;
  let memory;
  try {
    log(`one room of ${BIG_ROOM.people}, a note each every 2 s for ${BIG_ROOM.seconds} s`);
    big = await runRooms(BIG_ROOM, throughServer(server), server.pid);
    log(`${MANY_ROOMS.rooms} rooms of ${MANY_ROOMS.people} for ${MANY_ROOMS.seconds} s`);
    many = await runRooms(MANY_ROOMS, throughServer(server), server.pid);
  } finally {
    await server.stop();
  }
  // Memory in a server of its own: the latency runs' thousand connections leave the heap grown.
  log(`memory: ${MEMORY.rooms} rooms of ${MEMORY.people} on ${MEMORY.notes} notes, then ${MEMORY.rooms} more, measured`);
  const fresh = await startServer();
  try {
    memory = await measureMemory(fresh, MEMORY);
  } finally {
    await fresh.stop();
  }
  buildApp(log);
  log(
    `Boom in Chromium facilitating a room of ${IN_BROWSER.people} on ${IN_BROWSER.notes} notes, the others adding notes for ${IN_BROWSER.seconds} s`,
  );
  const withApp = await startServer(BUILD_DIR);
  let inBrowser;
  try {
    inBrowser = await remoteChangesInBrowser(withApp, IN_BROWSER);
  } finally {
    await withApp.stop();
  }
  log('floor: a bare WebSocket relay, the same people, rooms and notes');
  const relay = await startRelay();
  const bigFloor = await runRooms(BIG_ROOM, relay.join);
  const manyFloor = await runRooms(MANY_ROOMS, relay.join);
  await relay.stop();

  const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
  const lines = [
    ['Room of 30: change to everyone, p50', big.p50, 'ms', '—', bigFloor.p50, '—'],
    [
      'Room of 30: change to everyone, p95',
      big.p95,
      'ms',
      `≤ ${BUDGETS.p95} ms, ≤ ${BUDGETS.p95Ratio}× floor`,
      bigFloor.p95,
      verdict(big.p95 <= BUDGETS.p95 && big.p95 <= BUDGETS.p95Ratio * bigFloor.p95),
    ],
    ['Room of 30: change to everyone, p99', big.p99, 'ms', '—', bigFloor.p99, '—'],
    ['Room of 30: server CPU', big.serverCpuPercent, '%', '—', null, '—'],
    [`${MANY_ROOMS.rooms} rooms of 5: change to everyone, p50`, many.p50, 'ms', '—', manyFloor.p50, '—'],
    [`${MANY_ROOMS.rooms} rooms of 5: change to everyone, p95`, many.p95, 'ms', '—', manyFloor.p95, '—'],
    [`${MANY_ROOMS.rooms} rooms of 5: change to everyone, p99`, many.p99, 'ms', '—', manyFloor.p99, '—'],
    [`${MANY_ROOMS.rooms} rooms of 5: server CPU`, many.serverCpuPercent, '%', '—', null, '—'],
    [
      'Server memory per room of 30 at 300 notes',
      memory.perRoomMB,
      'MB',
      `≤ ${BUDGETS.memoryPerRoomMB} MB`,
      null,
      verdict(memory.perRoomMB <= BUDGETS.memoryPerRoomMB),
    ],
    ['Server memory per connection', memory.perConnectionKB, 'KB', '—', null, '—'],
    ['Server resident memory per room (upper bound)', memory.residentPerRoomMB, 'MB', '—', null, '—'],
    ['In the browser, room of 30 at 300 notes: a remote note applied and drawn, p50', inBrowser.workP50, 'ms', '—', null, '—'],
    [
      'In the browser, room of 30 at 300 notes: a remote note applied and drawn, p95',
      inBrowser.workP95,
      'ms',
      `≤ ${BUDGETS.remoteChangeMs} ms`,
      null,
      verdict(inBrowser.changes > 0 && inBrowser.workP95 <= BUDGETS.remoteChangeMs),
    ],
    ['In the browser: applied (message to DOM), p95', inBrowser.appliedP95, 'ms', '—', null, '—'],
    ['In the browser: drawn (frame start to drawn), p95', inBrowser.drawnP95, 'ms', '—', null, '—'],
    ['In the browser: message to drawn frame, waiting for it included, p95', inBrowser.toFrameP95, 'ms', '—', null, '—'],
    ['In the browser: remote notes timed', inBrowser.changes, 'count', '—', null, '—'],
  ];
  const number = (value) => (value === null ? '' : value >= 100 ? String(Math.round(value)) : value.toFixed(1));
  console.log(
    formatTable(
      ['Metric', 'Value', 'Unit', 'Budget', 'Floor', 'Verdict'],
      lines.map(([label, value, unit, budget, floor, result]) => [label, number(value), unit, budget, number(floor), result]),
      [1, 4],
    ),
  );
  const failed = anyFailed(lines.map((line) => line[5]));
  const results = {
    date: new Date().toISOString(),
    quick: QUICK,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cpus: cpus().length,
      loadAverage: { start: loadAtStart, end: loadavg()[0] },
      node: process.version,
    },
    scenarios: { bigRoom: BIG_ROOM, manyRooms: MANY_ROOMS, memory: MEMORY, inBrowser: IN_BROWSER },
    budgets: BUDGETS,
    bigRoom: { ...big, floor: bigFloor },
    manyRooms: { ...many, floor: manyFloor },
    memory,
    inBrowser,
    verdict: failed ? 'FAIL' : 'PASS',
  };
  writeFileSync(join(BENCH_DIR, 'workshop-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${failed ? 'Some budgets FAIL' : 'All budgets PASS'}; results in bench/workshop-results.json`);
  if (CHECK && failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
