/**
 * A live room's links. The room and its secret travel after `#`, so they never reach a server's
 * logs or another site as a Referer: `#room=ID&join=SECRET` to take part, `#room=ID&watch=SECRET`
 * to watch. The facilitator's own address holds the room alone (`#room=ID`): their secret stays
 * in this browser, never on a projected screen. Small: the first screen reads the address with it.
 */
import type { RoomRole } from '@/domain/room';

const TOKEN = /^[A-Za-z0-9_-]{22}$/u;

export interface RoomAddress {
  room: string;
  /** The secret and what it is for, when the link carries one. */
  secret: { role: Exclude<RoomRole, 'host'>; value: string } | null;
}

/** The room a URL fragment (`location.hash`) points to, or null. */
export function readRoomFragment(hash: string): RoomAddress | null {
  const params = new URLSearchParams(hash.replace(/^#/u, ''));
  const room = params.get('room');
  if (!room || !TOKEN.test(room)) return null;
  for (const role of ['join', 'watch'] as const) {
    const value = params.get(role);
    if (value && TOKEN.test(value)) return { room, secret: { role: role === 'join' ? 'edit' : 'view', value } };
  }
  return { room, secret: null };
}

/** A link into the room at `origin` (the address people reach the app at). */
export function roomLink(origin: string, room: string, role: 'join' | 'watch', secret: string): string {
  return `${origin}/#room=${room}&${role}=${secret}`;
}

/** The facilitator's own address for a room (no secret in it). */
export function roomFragment(room: string): string {
  return `#room=${room}`;
}
