/**
 * The workshop server: Hocuspocus (Yjs over WebSocket) for live rooms, a small HTTP API to open a
 * room, and the built app itself, all on one port. Rooms are kept in a RoomStore (SQLite or
 * PostgreSQL); with Redis, several instances share their rooms.
 *
 * What it refuses: a WebSocket from a page of another origin, a room id or secret that opens
 * nothing, writes through a watch link, an ended room, messages past a size or a rate, a document
 * past a size.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Server, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { ROOM_API_PATH, ROOM_SOCKET_PATH, type RoomClientMessage, type RoomServerMessage } from '../src/domain/room';
import { isRoomId, newRoom, roleOf, type Role } from './rooms';
import type { RoomStore } from './room-store';

export interface Limits {
  /** Bytes of one WebSocket message. */
  messageBytes: number;
  /** Bytes a room's document may grow to (its stored state plus what has arrived since). */
  documentBytes: number;
  /** Messages a connection may send in a burst, and per second after it. */
  burstMessages: number;
  messagesPerSecond: number;
  /** Rooms one address may open per minute. */
  roomsPerMinute: number;
}

export const DEFAULT_LIMITS: Limits = {
  messageBytes: 4 * 1024 * 1024,
  documentBytes: 16 * 1024 * 1024,
  burstMessages: 400,
  messagesPerSecond: 80,
  roomsPerMinute: 30,
};

export interface WorkshopServerOptions {
  port: number;
  host: string;
  store: RoomStore;
  /** `redis://host:port`: share rooms with other instances through Redis. */
  redisUrl?: string | undefined;
  /** The built app, served at `/` (none: the API and rooms only). */
  staticDir?: string | null;
  /** Origins besides the server's own whose pages may open rooms (a separately hosted editor). */
  allowedOrigins?: readonly string[];
  limits?: Partial<Limits>;
  /** A name for this instance in logs and in Redis. */
  name?: string;
  quiet?: boolean;
}

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** What a connection carries once authenticated. */
interface Context {
  role: Role;
}

export async function startWorkshopServer(options: WorkshopServerOptions): Promise<RunningServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const { store } = options;
  const allowed = new Set(options.allowedOrigins ?? []);
  const sizes = new Map<string, number>();
  /** Each room's `room` map as its facilitator last wrote it: what anyone else's write to it is undone to. */
  const controls = new Map<string, Record<string, unknown>>();
  const buckets = new Map<string, { tokens: number; at: number }>();
  const roomsOpened = new Map<string, number[]>();
  const log = (message: string) => {
    if (!options.quiet) console.log(`[workshop${options.name ? ` ${options.name}` : ''}] ${message}`);
  };

  const sameOrigin = (request: IncomingMessage) => {
    const origin = request.headers.origin;
    if (origin === undefined) return true; // not a browser: it could send any Origin anyway
    if (allowed.has(origin)) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  };

  /** Takes one message from the connection's allowance; false once it is spent. */
  const withinRate = (socketId: string) => {
    const now = Date.now();
    const bucket = buckets.get(socketId) ?? { tokens: limits.burstMessages, at: now };
    bucket.tokens = Math.min(limits.burstMessages, bucket.tokens + ((now - bucket.at) / 1000) * limits.messagesPerSecond);
    bucket.at = now;
    buckets.set(socketId, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };

  const rooms: Extension = {
    async onUpgrade({ request, socket }) {
      const path = (request.url ?? '').split('?')[0];
      if (path === ROOM_SOCKET_PATH && sameOrigin(request)) return;
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      throw null;
    },
    async onAuthenticate({ documentName, token, connectionConfig }): Promise<Context> {
      if (!isRoomId(documentName)) throw refusal('unknown-room');
      const room = await store.getRoom(documentName);
      if (!room) throw refusal('unknown-room');
      if (room.endedAt) throw refusal('ended');
      const role = roleOf(room, token);
      if (!role) throw refusal('denied');
      connectionConfig.readOnly = role === 'view';
      return { role };
    },
    async afterLoadDocument({ documentName, document }) {
      sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
      controls.set(documentName, document.getMap('room').toJSON());
    },
    async beforeSync({ connection, document, documentName, type, payload }) {
      // A participant's writes are refused while the facilitator has paused editing (and a viewer's always).
      const { role } = connection.context as Context;
      connection.readOnly = role === 'view' || (role === 'edit' && document.getMap('room').get('paused') === true);
      // A write that would take the room's document past its size is refused (only writes count:
      // what a watcher or a refused writer sends never fills the room).
      if (type !== 0 && !connection.readOnly && (sizes.get(documentName) ?? 0) + payload.byteLength > limits.documentBytes) {
        throw new Error('document-too-large');
      }
    },
    async beforeHandleAwareness({ states, context }) {
      // Presence is what each tab says of itself, but not its role: that is the connection's.
      for (const state of states.values()) {
        if (JSON.stringify(state).length > AWARENESS_BYTES) throw new Error('awareness-too-large');
        const user = (state as { user?: unknown }).user;
        if (context && typeof user === 'object' && user !== null) (user as { role?: Role }).role = (context as Context).role;
      }
    },
    async onChange({ documentName, document, transactionOrigin, update }) {
      sizes.set(documentName, (sizes.get(documentName) ?? 0) + update.byteLength);
      const map = document.getMap('room');
      const origin = transactionOrigin as { source?: string; connection?: { context?: Context } } | null;
      // The facilitator's own writes (here, or through another instance) are the room's decisions.
      const trusted = origin?.source !== 'connection' || origin.connection?.context?.role === 'host';
      if (trusted) {
        controls.set(documentName, map.toJSON());
        return;
      }
      const kept = controls.get(documentName) ?? {};
      if (JSON.stringify(map.toJSON()) === JSON.stringify(kept)) return;
      // Anyone else changed the facilitator's decisions: put them back.
      log(`room ${documentName.slice(0, 6)}…: a participant's change to the facilitator's settings was undone`);
      document.transact(
        () => {
          for (const key of [...map.keys()]) if (!Object.hasOwn(kept, key)) map.delete(key);
          for (const [key, value] of Object.entries(kept)) map.set(key, value);
        },
        { source: 'local' },
      );
    },
    async beforeHandleMessage({ documentName, socketId, connection }) {
      if (!withinRate(socketId)) {
        log(`closing a connection to ${documentName.slice(0, 6)}…: too many messages`);
        connection.close({ code: 4429, reason: 'rate' });
        throw new Error('rate');
      }
    },
    async onStateless({ payload, connection, documentName, document }) {
      const message = parseMessage(payload);
      const context = connection.context as Context;
      if (message?.type !== 'end' || context.role !== 'host') return;
      await store.endRoom(documentName, new Date().toISOString());
      log(`room ${documentName.slice(0, 6)}… ended by its facilitator`);
      document.broadcastStateless(JSON.stringify({ type: 'ended' } satisfies RoomServerMessage));
      // Everyone has had the message; then the room closes (a reconnect is refused: it has ended).
      setTimeout(() => server.hocuspocus.closeConnections(documentName), 500);
    },
    async onDisconnect({ socketId }) {
      buckets.delete(socketId);
    },
    async afterUnloadDocument({ documentName }) {
      sizes.delete(documentName);
      controls.delete(documentName);
    },
    async onRequest({ request, response }) {
      await handleRequest(request, response);
      throw null; // answered: Hocuspocus's own reply is not sent
    },
  };

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // An editor hosted elsewhere (ALLOWED_ORIGINS) may read the API's answers; no other page may.
    const origin = request.headers.origin;
    if (origin !== undefined && allowed.has(origin) && url.pathname.startsWith('/api/')) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Vary', 'Origin');
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'Authorization',
          'Access-Control-Max-Age': '600',
        });
        return void response.end();
      }
    }
    try {
      if (url.pathname === ROOM_API_PATH && request.method === 'POST') return await openRoom(request, response);
      if (url.pathname.startsWith(`${ROOM_API_PATH}/`) && request.method === 'GET')
        return await aboutRoom(url.pathname.slice(ROOM_API_PATH.length + 1), request, response);
      if (url.pathname === '/api/addresses' && request.method === 'GET') {
        // Only when listening on every address: otherwise no one else can reach those.
        const everywhere = ['0.0.0.0', '::'].includes(options.host);
        return sendJson(response, 200, { addresses: everywhere ? lanAddresses(server.address.port) : [] });
      }
      if (url.pathname === '/api/health') return sendJson(response, 200, { ok: true });
      if (url.pathname.startsWith('/api/')) return sendJson(response, 404, { error: 'not-found' });
      if (options.staticDir && (request.method === 'GET' || request.method === 'HEAD'))
        return await serveStatic(options.staticDir, url.pathname, request, response);
      sendJson(response, 404, { error: 'not-found' });
    } catch (error) {
      console.error(error);
      if (!response.headersSent) sendJson(response, 500, { error: 'server-error' });
    }
  }

  async function openRoom(request: IncomingMessage, response: ServerResponse): Promise<void> {
    request.resume();
    if (!sameOrigin(request)) return sendJson(response, 403, { error: 'origin' });
    const address = request.socket.remoteAddress ?? '';
    const now = Date.now();
    const recent = (roomsOpened.get(address) ?? []).filter((at) => now - at < 60_000);
    if (recent.length >= limits.roomsPerMinute) return sendJson(response, 429, { error: 'rate' });
    roomsOpened.set(address, [...recent, now]);
    const room = newRoom();
    await store.createRoom(room.record);
    log(`room ${room.record.id.slice(0, 6)}… opened`);
    sendJson(response, 201, { room: room.record.id, secrets: room.secrets });
  }

  /**
   * What a link's invitation says before the person gives their name: the canvas's title and the
   * facilitator's name (when they are here), or why the room cannot be joined. Only for a valid
   * secret of the room (sent as `Authorization: Bearer …`, never in the address).
   */
  async function aboutRoom(id: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    request.resume();
    const room = isRoomId(id) ? await store.getRoom(id) : null;
    if (!room) return sendJson(response, 404, { error: 'unknown-room' });
    const secret = /^Bearer (\S+)$/u.exec(request.headers.authorization ?? '')?.[1];
    if (!roleOf(room, secret)) return sendJson(response, 403, { error: 'denied' });
    if (room.endedAt) return sendJson(response, 410, { error: 'ended' });
    const open = server.hocuspocus.documents.get(id);
    let doc: Y.Doc | undefined = open;
    if (!doc) {
      const state = await store.loadDocument(id);
      doc = new Y.Doc();
      if (state) Y.applyUpdate(doc, state);
    }
    const title = doc.getMap('canvas').get('title');
    if (!open) doc.destroy();
    const host = [...(open?.awareness.getStates().values() ?? [])]
      .map((state) => (state as { user?: { name?: unknown; role?: unknown } }).user)
      .find((user) => user?.role === 'host' && typeof user.name === 'string' && user.name.trim() !== '');
    sendJson(response, 200, {
      title: typeof title === 'string' ? title.slice(0, ABOUT_TITLE_LENGTH) : '',
      facilitator: typeof host?.name === 'string' ? host.name.trim().slice(0, ABOUT_NAME_LENGTH) : null,
    });
  }

  const extensions: Extension[] = [
    rooms,
    new Database({
      fetch: ({ documentName }) => store.loadDocument(documentName),
      store: ({ documentName, state }) => store.storeDocument(documentName, state),
    }),
  ];
  if (options.redisUrl) {
    const redis = new URL(options.redisUrl);
    extensions.push(
      new Redis({
        host: redis.hostname,
        port: Number(redis.port || 6379),
        ...(options.name ? { identifier: options.name } : {}),
        ...(redis.password ? { options: { password: decodeURIComponent(redis.password) } } : {}),
      }),
    );
  }

  const server = new Server({
    name: options.name ?? null,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    // Written soon after a change (and at most 2 s after the first of a stream of them): a crash loses little, and the people in the room hold the rest.
    debounce: 500,
    maxDebounce: 2000,
    websocketOptions: { maxPayload: limits.messageBytes },
    extensions,
  });
  await server.listen(options.port);
  const port = server.address.port;
  log(`listening on http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}${options.redisUrl ? ' (with Redis)' : ''}`);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await server.destroy();
      // Idle keep-alive sockets too, so a client's next request does not meet a half-closed one.
      server.httpServer.closeAllConnections();
    },
  };
}

/** The longest title and name a room's invitation gives (as the app's limits for a title and a name in a room). */
const ABOUT_TITLE_LENGTH = 200;
const ABOUT_NAME_LENGTH = 40;

/** Bytes one tab's presence may take (a name, a colour, the note it edits: a few hundred). */
const AWARENESS_BYTES = 2000;

/** A refusal the app is told the reason of (Hocuspocus sends an error's `reason`). */
function refusal(reason: 'unknown-room' | 'ended' | 'denied'): Error {
  return Object.assign(new Error(reason), { reason });
}

function parseMessage(payload: string): RoomClientMessage | null {
  if (payload.length > 1000) return null;
  try {
    const value: unknown = JSON.parse(payload);
    return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'end' ? { type: 'end' } : null;
  } catch {
    return null;
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** The addresses phones on the same network can reach this server at (for the QR code). */
function lanAddresses(port: number): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => `http://${entry!.address}:${port}`);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The compressed copies the build writes beside each text file (vite.config.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Whether a request's Accept-Encoding takes `encoding` (listed, and not with q=0). */
export function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (name !== encoding) return false;
    const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

/**
 * A file of the built app; any other path gets the app's page (it reads its own address). Sent
 * compressed when the browser takes it and the build wrote the compressed copy.
 */
async function serveStatic(root: string, pathname: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const base = resolve(root);
  let path = normalize(join(base, decodeURIComponent(pathname)));
  if (path !== base && !path.startsWith(base + sep)) return sendJson(response, 404, { error: 'not-found' });
  const file = await stat(path).catch(() => null);
  if (!file?.isFile()) path = join(base, 'index.html');
  let body: Buffer | null = null;
  let encoding: string | null = null;
  for (const { name, suffix } of ENCODINGS) {
    if (!acceptsEncoding(request.headers['accept-encoding'], name)) continue;
    body = await readFile(path + suffix).catch(() => null);
    if (body) {
      encoding = name;
      break;
    }
  }
  body ??= await readFile(path);
  const hashed = path.startsWith(join(base, 'assets') + sep);
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    // A file may come compressed or not, by what the browser takes: caches keep the two apart.
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  response.end(body);
}
