/** What a person may do in a live room: the facilitator's, a participant's (take part) or a viewer's (watch). */
export type RoomRole = 'host' | 'edit' | 'view';

export type RoomConnection = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** Why a room could not be joined, or why it closed. */
export type RoomProblem = 'denied' | 'ended' | 'unknown-room' | 'unreachable' | 'server';

/** Someone in a room, as their tab says. */
export interface RoomPerson {
  /** The Yjs client id of their tab. */
  clientId: number;
  name: string;
  /** A hue, 0–359: their colour on the notes they edit. */
  hue: number;
  role: RoomRole;
  /** This tab. */
  self: boolean;
  /** The note they are editing, if any. */
  editing: string | null;
}

/** Messages outside the canvas between the app and the workshop server (JSON on Hocuspocus's stateless channel). */
export type RoomClientMessage = { type: 'end' };
export type RoomServerMessage = { type: 'ended' };

/** The path the workshop server takes rooms' WebSockets on, and where it opens rooms. */
export const ROOM_SOCKET_PATH = '/workshop';
export const ROOM_API_PATH = '/api/rooms';
