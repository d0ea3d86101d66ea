/**
 * The live room this tab is in, if any: what the header, the board and the workshop dialog show
 * of it. Its code (Yjs, the connection) lives with the workshop feature and loads only when a
 * room is started or joined; this state is all the first screen knows of rooms.
 */
import { create } from 'zustand';
import type { RoomConnection, RoomControls, RoomPerson, RoomProblem, RoomRole } from '@/domain/room';

export type { RoomConnection, RoomControls, RoomPerson, RoomProblem, RoomRole };

export interface LiveRoom {
  id: string;
  role: RoomRole;
  /** The canvas the room edits (once known: a participant learns it from the room). */
  canvasId: string | null;
  connection: RoomConnection;
  people: RoomPerson[];
  /** Parts of the room's canvas that were not valid and so were left out (the facilitator is told). */
  ignored: number;
  /** The links to give out: the facilitator's only. */
  links: { join: string; watch: string } | null;
  /** Who else is editing a note, by note id. */
  editors: ReadonlyMap<string, RoomPerson>;
  /** What the facilitator decided for everyone: editing paused, dot voting and its dots, the presentation. */
  controls: RoomControls;
  /** This person's dots, by note. */
  ownVotes: ReadonlyMap<string, number>;
  /** A change of this person's waits for editing to resume (made as the facilitator paused it). */
  held: boolean;
}

interface LiveRoomState {
  room: LiveRoom | null;
  /** A room link was opened: the room waits for the person's name (or for them to go back to their own canvases). */
  invitation: { id: string; role: Exclude<RoomRole, 'host'>; secret: string } | null;
  /** What ended the last room, or kept it from being joined, until the person has read it. */
  problem: RoomProblem | null;
}

export const useLiveRoom = create<LiveRoomState>(() => ({ room: null, invitation: null, problem: null }));

/**
 * True while a participant has joined a room whose canvas has not reached this tab yet (a slow
 * line): the app shows that it is on its way, and none of the person's own canvases in its place.
 */
export const selectJoining = (state: LiveRoomState) => state.room !== null && state.room.canvasId === null;

/** True when this tab may not change the room's canvas: a watch link, or editing paused by the facilitator. */
export const selectReadOnly = (state: LiveRoomState) =>
  state.room !== null && (state.room.role === 'view' || (state.room.role === 'edit' && state.room.controls.paused));

/** True when `canvasId` is a live room's canvas this tab may not change now (so the store refuses changes to it). */
export const selectWatching = (state: LiveRoomState, canvasId: string) => selectReadOnly(state) && state.room?.canvasId === canvasId;

/** The facilitator's decisions go to the room through the session that is open (none outside a room). */
let controlsHandler: ((changes: Partial<RoomControls>) => void) | null = null;

export function provideRoomControls(handler: ((changes: Partial<RoomControls>) => void) | null): void {
  controlsHandler = handler;
}

/** The facilitator changes what holds for everyone in the room (nothing happens outside one, or for anyone else). */
export function setRoomControls(changes: Partial<RoomControls>): void {
  if (useLiveRoom.getState().room?.role === 'host') controlsHandler?.(changes);
}

/** Who else is editing each note, by note id (a new map only when people change). */
export const selectEditorsByNote = (state: LiveRoomState): ReadonlyMap<string, RoomPerson> | undefined => state.room?.editors;

export function updateRoom(changes: Partial<Omit<LiveRoom, 'editors'>>): void {
  useLiveRoom.setState((state) => {
    if (!state.room) return state;
    const room = { ...state.room, ...changes };
    if (changes.people) room.editors = editorsOf(changes.people);
    return { room };
  });
}

function editorsOf(people: readonly RoomPerson[]): ReadonlyMap<string, RoomPerson> {
  return new Map(people.filter((person) => !person.self && person.editing).map((person) => [person.editing!, person]));
}

/** In a room with a limit on dots: how many this person has left (null: no limit, or no room). */
export function selectDotsLeft(state: LiveRoomState): number | null {
  const room = state.room;
  if (!room || room.controls.dots === 0) return null;
  let given = 0;
  for (const count of room.ownVotes.values()) given += count;
  return Math.max(0, room.controls.dots - given);
}
