// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sqliteStore, type RoomStore } from '../room-store';
import { acceptsEncoding, startWorkshopServer, type RunningServer } from '../workshop-server';
import { connect, until, type RoomClient } from './clients';

let dir: string;
let store: RoomStore;
let server: RunningServer;
const clients: RoomClient[] = [];

async function start() {
  store = sqliteStore(join(dir, 'rooms.sqlite'));
  server = await startWorkshopServer({ port: 0, host: '127.0.0.1', store, quiet: true });
}

async function stop() {
  for (const client of clients.splice(0)) client.close();
  await server.close();
  await store.close();
}

/** A request to the server's API and its JSON answer (a connection of its own each time: servers here come and go on reused ports). */
function requestJson<Body>(
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Body }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.url}${path}`, { ...options, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Body }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** Asks the server for a room. */
const openRoom = (headers: Record<string, string> = {}) =>
  requestJson<{ room: string; secrets: { host: string; edit: string; view: string } }>('/api/rooms', { method: 'POST', headers });

/** What a room's invitation says (the app asks before the person gives their name). */
const about = (room: string, secret: string) =>
  requestJson<Record<string, unknown>>(`/api/rooms/${room}`, { headers: { Authorization: `Bearer ${secret}` } });

function join_(room: string, secret: string, options?: { origin?: string }) {
  const client = connect(server.url, room, secret, options);
  clients.push(client);
  return client;
}

const notes = (client: RoomClient) => client.doc.getMap<string>('notes');

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'boom-workshop-'));
  await start();
});

afterEach(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the workshop server', () => {
  it('opens a room and hands out its secrets once; keeps only their hashes', async () => {
    const { status, body } = await openRoom();
    expect(status).toBe(201);
    expect(body.room).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const record = await store.getRoom(body.room);
    expect(record).not.toBeNull();
    expect(JSON.stringify(record)).not.toContain(body.secrets.edit);
    expect(JSON.stringify(record)).not.toContain(body.secrets.host);
  });

  it('refuses to open a room for a page of another origin', async () => {
    expect((await openRoom({ Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('carries one person’s change to everyone in the room', async () => {
    const { body } = await openRoom();
    const host = join_(body.room, body.secrets.host);
    const guest = join_(body.room, body.secrets.edit);
    await Promise.all([host.ready, guest.ready]);
    notes(guest).set('a', 'from the guest');
    await until(() => notes(host).get('a') === 'from the guest', 5000, 'the guest’s change at the host');
  });

  it('lets a watch link see the room but not change it, whatever its client sends', async () => {
    const { body } = await openRoom();
    const host = join_(body.room, body.secrets.host);
    const viewer = join_(body.room, body.secrets.view);
    await Promise.all([host.ready, viewer.ready]);
    notes(host).set('a', 'seen by all');
    await until(() => notes(viewer).get('a') === 'seen by all');
    notes(viewer).set('b', 'written through a watch link');
    const late = join_(body.room, body.secrets.edit);
    await late.ready;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(notes(host).get('b')).toBeUndefined();
    expect(notes(late).get('b')).toBeUndefined();
    expect(notes(late).get('a')).toBe('seen by all');
  });

  it('refuses a wrong secret, an unknown room and a page of another origin', async () => {
    const { body } = await openRoom();
    // The app is told why, to say it: a link that is not valid, a room that is not there.
    await expect(join_(body.room, 'x'.repeat(22)).ready).rejects.toThrow('denied');
    await expect(join_('y'.repeat(22), body.secrets.edit).ready).rejects.toThrow('unknown-room');
    const foreign = join_(body.room, body.secrets.edit, { origin: 'http://evil.example' });
    const result = await Promise.race([
      foreign.ready.then(() => 'joined'),
      new Promise((resolve) => setTimeout(() => resolve('refused'), 1500)),
    ]);
    expect(result).toBe('refused');
  });

  it('tells a link’s holder the canvas’s title and who runs the room, and nothing without a valid secret', async () => {
    const { body } = await openRoom();
    const host = join_(body.room, body.secrets.host);
    await host.ready;
    host.doc.getMap('canvas').set('title', 'Corner Café');
    host.provider.setAwarenessField('user', { name: 'Mina', hue: 0, role: 'host' });
    await expect
      .poll(async () => (await about(body.room, body.secrets.view)).body, { timeout: 5000 })
      .toEqual({ title: 'Corner Café', facilitator: 'Mina' });
    // Someone who says they are the facilitator is not one.
    const guest = join_(body.room, body.secrets.edit);
    await guest.ready;
    guest.provider.setAwarenessField('user', { name: 'Impostor', hue: 0, role: 'host' });
    host.close();
    await expect.poll(async () => (await about(body.room, body.secrets.edit)).body.facilitator, { timeout: 5000 }).toBeNull();
    expect(await about(body.room, 'x'.repeat(22))).toEqual({ status: 403, body: { error: 'denied' } });
    expect(await about('y'.repeat(22), body.secrets.edit)).toEqual({ status: 404, body: { error: 'unknown-room' } });
    await store.endRoom(body.room, new Date().toISOString());
    expect(await about(body.room, body.secrets.edit)).toEqual({ status: 410, body: { error: 'ended' } });
  });

  it('reads the title of a room no one is in from the store', async () => {
    const { body } = await openRoom();
    const host = join_(body.room, body.secrets.host);
    await host.ready;
    host.doc.getMap('canvas').set('title', 'Night market');
    const storedTitle = async () => {
      const stored = new Y.Doc();
      const state = await store.loadDocument(body.room);
      if (state) Y.applyUpdate(stored, state);
      return stored.getMap('canvas').get('title');
    };
    await expect.poll(storedTitle, { timeout: 10_000 }).toBe('Night market');
    await stop();
    await start();
    expect(await about(body.room, body.secrets.edit)).toEqual({ status: 200, body: { title: 'Night market', facilitator: null } });
  });

  it('ends a room for everyone when its facilitator says so, and refuses it after', async () => {
    const { body } = await openRoom();
    const host = join_(body.room, body.secrets.host);
    const guest = join_(body.room, body.secrets.edit);
    await Promise.all([host.ready, guest.ready]);
    // A participant cannot end it.
    guest.provider.sendStateless(JSON.stringify({ type: 'end' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(guest.stateless).toEqual([]);
    host.provider.sendStateless(JSON.stringify({ type: 'end' }));
    await until(() => guest.stateless.includes(JSON.stringify({ type: 'ended' })), 5000, 'the end of the room');
    expect((await store.getRoom(body.room))?.endedAt).not.toBeNull();
    await expect(join_(body.room, body.secrets.edit).ready).rejects.toThrow('ended');
  });

  it('takes a tab’s role from its link, whatever its presence says, and refuses presence too large', async () => {
    const { body } = await openRoom();
    const host = join_(body.room, body.secrets.host);
    const viewer = join_(body.room, body.secrets.view);
    await Promise.all([host.ready, viewer.ready]);
    viewer.provider.setAwarenessField('user', { name: 'Not the facilitator', hue: 1, role: 'host' });
    const roleSeen = () =>
      [...host.provider.awareness!.getStates().values()].find(
        (state) => (state as { user?: { name?: string } }).user?.name === 'Not the facilitator',
      );
    await until(() => roleSeen() !== undefined);
    expect((roleSeen() as { user: { role: string } }).user.role).toBe('view');
    viewer.provider.setAwarenessField('user', { name: 'x'.repeat(5000), hue: 1, role: 'view' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect([...host.provider.awareness!.getStates().values()].some((state) => JSON.stringify(state).length > 5000)).toBe(false);
  });

  it('keeps a room through a restart of the server', async () => {
    const { body } = await openRoom();
    const host = join_(body.room, body.secrets.host);
    await host.ready;
    notes(host).set('a', 'kept');
    await until(() => host.provider.unsyncedChanges === 0);
    await stop();
    await start();
    const guest = join_(body.room, body.secrets.edit);
    await guest.ready;
    expect(notes(guest).get('a')).toBe('kept');
  });

  it('undoes a participant’s change to the facilitator’s decisions, and refuses participants’ writes while editing is paused', async () => {
    const { body } = await openRoom();
    const host = join_(body.room, body.secrets.host);
    const guest = join_(body.room, body.secrets.edit);
    await Promise.all([host.ready, guest.ready]);
    const room = (client: RoomClient) => client.doc.getMap<unknown>('room');
    room(host).set('voting', true);
    await until(() => room(guest).get('voting') === true);
    // A doctored participant turns voting off and pauses the room: both are put back.
    guest.doc.transact(() => {
      room(guest).set('voting', false);
      room(guest).set('paused', true);
    });
    await until(() => room(guest).get('voting') === true && room(guest).get('paused') === undefined, 5000, 'the decisions put back');
    expect(room(host).toJSON()).toEqual({ voting: true });

    room(host).set('paused', true);
    await until(() => room(guest).get('paused') === true);
    notes(guest).set('during-pause', 'refused');
    notes(host).set('host-during-pause', 'kept');
    await until(() => notes(guest).get('host-during-pause') === 'kept');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(notes(host).get('during-pause')).toBeUndefined();

    room(host).set('paused', false);
    await until(() => room(guest).get('paused') === false);
    // The app syncs afresh when editing resumes (as it does here): what was refused comes in then
    // (a note finished just as the pause began is not lost), and everything after it.
    guest.provider.forceSync();
    notes(guest).set('after-pause', 'kept');
    await until(() => notes(host).get('after-pause') === 'kept', 5000, 'a write after the pause');
    expect(notes(host).get('during-pause')).toBe('refused');
  });

  it('closes a connection that sends more than its share of messages', async () => {
    await stop();
    store = sqliteStore(join(dir, 'rooms.sqlite'));
    server = await startWorkshopServer({
      port: 0,
      host: '127.0.0.1',
      store,
      quiet: true,
      limits: { burstMessages: 20, messagesPerSecond: 5 },
    });
    const { body } = await openRoom();
    const host = join_(body.room, body.secrets.host);
    const flood = join_(body.room, body.secrets.edit);
    await Promise.all([host.ready, flood.ready]);
    let closed = false;
    flood.provider.on('close', () => (closed = true));
    for (let index = 0; index < 60; index += 1) notes(flood).set(`n${index}`, 'x');
    await until(() => closed, 5000, 'the flooding connection to close');
    expect(Y.encodeStateAsUpdate(host.doc).byteLength).toBeLessThan(Y.encodeStateAsUpdate(flood.doc).byteLength);
  });

  it('sends the built app compressed as the browser takes it: Brotli, else gzip, else as it is', async () => {
    await stop();
    const app = join(dir, 'app');
    mkdirSync(join(app, 'assets'), { recursive: true });
    const code = `export const words = ${JSON.stringify('Key Partners '.repeat(200))};\n`;
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>Boom</title>');
    writeFileSync(join(app, 'assets', 'index-abc.js'), code);
    writeFileSync(join(app, 'assets', 'index-abc.js.br'), brotliCompressSync(code));
    writeFileSync(join(app, 'assets', 'index-abc.js.gz'), gzipSync(code));
    store = sqliteStore(join(dir, 'rooms.sqlite'));
    server = await startWorkshopServer({ port: 0, host: '127.0.0.1', store, quiet: true, staticDir: app });
    const fetchRaw = (path: string, acceptEncoding: string) =>
      new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
        const request = httpRequest(
          `${server.url}${path}`,
          { agent: false, headers: { 'Accept-Encoding': acceptEncoding } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({ encoding: response.headers['content-encoding'], vary: response.headers.vary, body: Buffer.concat(chunks) }),
            );
          },
        );
        request.on('error', reject);
        request.end();
      });
    const brotli = await fetchRaw('/assets/index-abc.js', 'gzip, deflate, br, zstd');
    expect(brotli.encoding).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString()).toBe(code);
    expect(brotli.body.length).toBeLessThan(code.length / 10);
    // A phone on the room's Wi-Fi (plain http): its browser takes no Brotli there.
    const gzipped = await fetchRaw('/assets/index-abc.js', 'gzip, deflate');
    expect(gzipped.encoding).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(code);
    const plain = await fetchRaw('/assets/index-abc.js', 'identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(code);
    expect(plain.vary).toBe('Accept-Encoding');
    // No compressed copy (a file too small for one): sent as it is.
    const page = await fetchRaw('/', 'br, gzip');
    expect(page.encoding).toBeUndefined();
    expect(page.body.toString()).toContain('<title>Boom</title>');
  });

  it('reads what a browser takes from its Accept-Encoding, q=0 meaning "not this"', () => {
    expect(acceptsEncoding('gzip, deflate, br, zstd', 'br')).toBe(true);
    expect(acceptsEncoding('gzip, deflate', 'br')).toBe(false);
    expect(acceptsEncoding('br;q=0, gzip;q=0.8', 'br')).toBe(false);
    expect(acceptsEncoding('br;q=0, gzip;q=0.8', 'gzip')).toBe(true);
    expect(acceptsEncoding('GZIP', 'gzip')).toBe(true);
    expect(acceptsEncoding('gzipped', 'gzip')).toBe(false);
    expect(acceptsEncoding(undefined, 'gzip')).toBe(false);
  });
});
