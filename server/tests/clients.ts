/**
 * Node clients of a workshop room for the server's tests and benchmark: the real provider over a
 * real WebSocket (`ws`, as Node 20 has none of its own).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface RoomClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves once the client is authenticated and synced; rejects with the reason it was refused. */
  ready: Promise<void>;
  stateless: string[];
  close(): void;
}

export function connect(url: string, room: string, secret: string, options: { origin?: string } = {}): RoomClient {
  const doc = new Y.Doc();
  const stateless: string[] = [];
  class OriginWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, options.origin ? { origin: options.origin } : {});
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: url.replace(/^http/u, 'ws') + '/workshop',
    WebSocketPolyfill: OriginWebSocket,
    delay: 200,
    minDelay: 100,
    maxDelay: 1000,
  });
  let settle: { resolve: () => void; reject: (error: Error) => void };
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token: secret,
    document: doc,
    onSynced: () => settle.resolve(),
    onAuthenticationFailed: ({ reason }) => settle.reject(new Error(reason)),
    onStateless: ({ payload }) => void stateless.push(payload),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    ready,
    stateless,
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `check()` holds (polling), or fails after `ms`. */
export async function until(check: () => boolean, ms = 5000, what = 'the condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
