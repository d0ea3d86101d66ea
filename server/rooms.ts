/**
 * Rooms and their secrets. A room is named by an unguessable id; three secrets open it: the
 * facilitator's (to end it), one to take part and one to watch. Links carry them after `#`, so
 * they never reach a server's logs or a Referer; the server keeps only their SHA-256 hashes.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RoomRole as Role } from '../src/domain/room';
import type { RoomRecord } from './room-store';

export type { Role };

/** 128 random bits, base64url: 22 characters. */
const TOKEN = /^[A-Za-z0-9_-]{22}$/u;

export interface NewRoom {
  record: RoomRecord;
  /** The secrets themselves, handed once to the facilitator who asked for the room. */
  secrets: Record<Role, string>;
}

export const isRoomId = (value: unknown): value is string => typeof value === 'string' && TOKEN.test(value);

const token = () => randomBytes(16).toString('base64url');

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function newRoom(now: Date = new Date()): NewRoom {
  const secrets = { host: token(), edit: token(), view: token() };
  return {
    record: {
      id: token(),
      hostHash: hashSecret(secrets.host),
      editHash: hashSecret(secrets.edit),
      viewHash: hashSecret(secrets.view),
      createdAt: now.toISOString(),
      endedAt: null,
    },
    secrets,
  };
}

/** What a secret lets its holder do in a room, or null if it opens nothing there. */
export function roleOf(room: RoomRecord, secret: unknown): Role | null {
  if (typeof secret !== 'string' || !TOKEN.test(secret)) return null;
  const hash = Buffer.from(hashSecret(secret), 'hex');
  const matches = (stored: string) => {
    const other = Buffer.from(stored, 'hex');
    return other.length === hash.length && timingSafeEqual(other, hash);
  };
  if (matches(room.hostHash)) return 'host';
  if (matches(room.editHash)) return 'edit';
  if (matches(room.viewHash)) return 'view';
  return null;
}
