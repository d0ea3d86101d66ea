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

/**
 * What the facilitator decides for everyone in a room, kept in the room's document (its `room`
 * map, which only the facilitator may write: the server restores it when anyone else does).
 */
export interface RoomControls {
  /** Editing paused for everyone but the facilitator (during a talk). */
  paused: boolean;
  /** Dot voting on for everyone. */
  voting: boolean;
  /** Dots each person may give in all (0: as many as they like). */
  dots: number;
  /** The facilitator's presentation: its step, and the timer of the block shown (none when it has none). */
  presentation: { step: number; timer: SharedTimer | null } | null;
}

/** A presenter's countdown as plain data: ms left when last started or paused, and since when it runs (ms since 1970; null while paused). */
export interface SharedTimer {
  left: number;
  since: number | null;
}

export const DEFAULT_ROOM_CONTROLS: RoomControls = { paused: false, voting: false, dots: 0, presentation: null };

/** The most dots a facilitator can give each person, and the longest per-block timer (ms). */
export const MAX_DOTS_PER_PERSON = 99;
export const MAX_TIMER_MS = 60 * 60_000;
/** A presentation's steps: the overview, nine blocks, the overview again (store/workshop's PRESENTATION_STEPS). */
export const PRESENTATION_STEP_COUNT = 11;

const isInteger = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** A room's controls from whatever its map holds, field by field: anything unreadable is the default. */
export function readRoomControls(fields: Readonly<Record<string, unknown>>): RoomControls {
  const presentation = fields.presentation as Record<string, unknown> | null | undefined;
  const timer = (typeof presentation === 'object' && presentation !== null ? presentation.timer : null) as Record<string, unknown> | null;
  const readTimer = (): SharedTimer | null =>
    typeof timer === 'object' &&
    timer !== null &&
    typeof timer.left === 'number' &&
    timer.left >= 0 &&
    timer.left <= MAX_TIMER_MS &&
    (timer.since === null || (typeof timer.since === 'number' && Number.isFinite(timer.since)))
      ? { left: timer.left, since: timer.since as number | null }
      : null;
  return {
    paused: fields.paused === true,
    voting: fields.voting === true,
    dots: isInteger(fields.dots, 0, MAX_DOTS_PER_PERSON) ? fields.dots : 0,
    presentation:
      typeof presentation === 'object' && presentation !== null && isInteger(presentation.step, 0, PRESENTATION_STEP_COUNT - 1)
        ? { step: presentation.step, timer: readTimer() }
        : null,
  };
}
