#!/usr/bin/env node
/**
 * `npm run bench:workshop`: live rooms under load. The real workshop server (its own process, as
 * `npm start` runs it) on loopback, and simulated people as Node clients of the real provider:
 *
 * - one room of 30 people, each adding a note every 2 s for a minute;
 * - 200 rooms of 5 people doing the same;
 * - 10 rooms of 30 people on a 300-note canvas, idle: the server's memory per room.
 *
 * For each, the time from one person's change to every other person of the room having it
 * (p50/p95/p99) and the server's CPU; and the same latency for a floor, a bare WebSocket relay
 * that broadcasts messages of the same size to the room. Budgets: p95 ≤ 100 ms for 30 people and
 * within 3× the floor's p95; ≤ 2 MB of server memory per room of 30 at 300 notes.
 *
 *   --check   exit non-zero when a budget fails
 *   --quick   short runs and fewer rooms (for working on the bench)
 *
 * Results: bench/workshop-results.json.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket, { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { anyFailed, formatTable } from './lib.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH_DIR, '..');
const args = new Set(process.argv.slice(2));
const CHECK = args.has('--check');
const QUICK = args.has('--quick');

const EVERY_MS = 2000;
const BIG_ROOM = { rooms: 1, people: 30, seconds: QUICK ? 12 : 60 };
const MANY_ROOMS = { rooms: QUICK ? 20 : 200, people: 5, seconds: QUICK ? 8 : 30 };
const MEMORY = { rooms: QUICK ? 3 : 10, people: 30, notes: 300 };
const BUDGETS = { p95: 100, p95Ratio: 3, memoryPerRoomMB: 2 };
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

async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'boom-bench-workshop-'));
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: 'none' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 200; tries += 1) {
    if (
      await fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    await sleep(100);
  }
  return {
    url,
    pid: child.pid,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function openRoom(url) {
  const response = await fetch(`${url}/api/rooms`, { method: 'POST' });
  return response.json();
}

/** A person in a room: the real provider, its doc, and when each note of others arrived. */
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
  doc.getMap('notes').observe((event) => {
    if (event.transaction.local) return;
    const at = now();
    for (const key of event.keysChanged) {
      const note = doc.getMap('notes').get(key);
      if (note instanceof Y.Map) onNote(note.get('sentAt'), at);
    }
  });
  let count = 0;
  return {
    doc,
    ready,
    addNote() {
      count += 1;
      const note = new Y.Map();
      note.set('text', `An idea from a participant, number ${count}`);
      note.set('color', 'yellow');
      note.set('block', 'customerSegments');
      note.set('pos', `a${String(count).padStart(4, '0')}${doc.clientID}`);
      note.set('sentAt', now());
      doc.getMap('notes').set(`n${doc.clientID}x${count}`, note);
      return Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)).byteLength;
    },
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** People adding a note every 2 s, staggered, for a while; the latency of every delivery. */
async function runRooms(server, { rooms, people, seconds }) {
  const latencies = [];
  const clients = [];
  for (let index = 0; index < rooms; index += 1) {
    const { room, secrets } = await openRoom(server.url);
    for (let person = 0; person < people; person += 1) {
      clients.push(participant(server.url, room, person === 0 ? secrets.host : secrets.edit, (sentAt, at) => latencies.push(at - sentAt)));
    }
  }
  await Promise.all(clients.map((client) => client.ready));
  await sleep(500);
  const before = processStats(server.pid);
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
  const after = processStats(server.pid);
  for (const client of clients) client.close();
  const elapsed = (now() - started) / 1000;
  return {
    deliveries: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    serverCpuPercent: (100 * (after.cpuSeconds - before.cpuSeconds)) / elapsed,
    serverRssMB: after.rss / MB,
  };
}

/** The floor: a bare WebSocket relay, each message broadcast to the others of its room. */
async function runFloor({ rooms, people, seconds }, messageBytes) {
  const port = await freePort();
  const relay = new WebSocketServer({ port, host: '127.0.0.1' });
  const byRoom = new Map();
  relay.on('connection', (socket, request) => {
    const room = request.url;
    if (!byRoom.has(room)) byRoom.set(room, new Set());
    byRoom.get(room).add(socket);
    socket.on('message', (data) => {
      for (const other of byRoom.get(room)) if (other !== socket && other.readyState === 1) other.send(data);
    });
  });
  const latencies = [];
  const sockets = [];
  for (let index = 0; index < rooms; index += 1) {
    for (let person = 0; person < people; person += 1) {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/room${index}`);
      socket.on('message', (data) => latencies.push(now() - data.readDoubleLE(0)));
      sockets.push(new Promise((resolve) => socket.once('open', () => resolve(socket))));
    }
  }
  const open = await Promise.all(sockets);
  const payload = Buffer.alloc(Math.max(8, messageBytes));
  const timers = open.map((socket, index) =>
    setTimeout(
      () => {
        const send = () => {
          payload.writeDoubleLE(now(), 0);
          socket.send(payload);
        };
        send();
        timers.push(setInterval(send, EVERY_MS));
      },
      (index / open.length) * EVERY_MS,
    ),
  );
  await sleep(seconds * 1000);
  for (const timer of timers) clearInterval(timer);
  await sleep(500);
  for (const socket of open) socket.close();
  relay.close();
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

/** The server's memory per room of 30 people on a 300-note canvas (resident memory, after a settle). */
async function measureMemory(server, { rooms, people, notes }) {
  await sleep(1000);
  const base = processStats(server.pid).rss;
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
    for (let person = 1; person < people; person += 1) clients.push(participant(server.url, room, secrets.edit, () => {}));
  }
  await Promise.all(clients.map((client) => client.ready));
  await sleep(3000);
  const loaded = processStats(server.pid).rss;
  for (const client of clients) client.close();
  return { perRoomMB: (loaded - base) / MB / rooms, perConnectionKB: (loaded - base) / 1024 / (rooms * people) };
}

async function main() {
  const loadAtStart = loadavg()[0];
  const server = await startServer();
  let big;
  let many;
  let memory;
  try {
    log(`one room of ${BIG_ROOM.people}, a note each every 2 s for ${BIG_ROOM.seconds} s`);
    big = await runRooms(server, BIG_ROOM);
    log(`${MANY_ROOMS.rooms} rooms of ${MANY_ROOMS.people} for ${MANY_ROOMS.seconds} s`);
    many = await runRooms(server, MANY_ROOMS);
    log(`memory: ${MEMORY.rooms} rooms of ${MEMORY.people} on ${MEMORY.notes} notes`);
    memory = await measureMemory(server, MEMORY);
  } finally {
    await server.stop();
  }
  // A note's update is about this size on the wire.
  const probe = new Y.Doc();
  const note = new Y.Map();
  probe.getMap('notes').set('n0', note);
  note.set('text', 'An idea from a participant, number 1');
  const messageBytes = Y.encodeStateAsUpdate(probe).byteLength + 40;
  log('floor: a bare WebSocket relay, same rooms and message size');
  const bigFloor = await runFloor(BIG_ROOM, messageBytes);
  const manyFloor = await runFloor(MANY_ROOMS, messageBytes);

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
    scenarios: { bigRoom: BIG_ROOM, manyRooms: MANY_ROOMS, memory: MEMORY },
    budgets: BUDGETS,
    bigRoom: { ...big, floor: bigFloor },
    manyRooms: { ...many, floor: manyFloor },
    memory,
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
