/**
 * Starting, joining, resuming, ending and leaving a live room: the room session (persistence/room)
 * wired to the canvas store and the live-room state. Loaded only when a room is started or joined,
 * with Yjs and the provider.
 */
import {
  DEFAULT_ROOM_CONTROLS,
  ROOM_API_PATH,
  ROOM_SOCKET_PATH,
  type RoomControls,
  type RoomProblem,
  type RoomRole,
  type SharedTimer,
} from '@/domain/room';
import { signatureOf } from '@/domain/backup';
import { isPristine } from '@/domain/canvas';
import { LIMITS } from '@/domain/limits';
import type { Canvas } from '@/domain/schema';
import { browserStorage } from '@/persistence/local-storage';
import { roomFragment, roomLink } from '@/persistence/room/room-link';
import { loadWorkshopPrefs, NAME_LENGTH, saveWorkshopPrefs, type WorkshopPrefs } from '@/persistence/room/room-prefs';
import { loadExportRecords, saveExportRecord } from '@/persistence/export-records';
import { forgetLocalCopy, PERSON_HUES, startRoomSession, type LiveCanvas, type RoomSession } from '@/persistence/room/room-session';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { onCanvasChange } from '@/store/changes';
import { provideRoomControls, setRoomControls, updateRoom, useLiveRoom } from '@/store/live-room';
import { followPresenter, setVoting, stopFollowing, stopPresenting, useWorkshop } from '@/store/workshop';
import { commitPendingEdits, editedNotes, keepPendingEdits, onEditedNotes } from '@/store/pending-edits';
import { isolate } from '@/i18n/format';
import { showToast } from '@/ui/toasts';
import { translator } from '@/i18n/translator';
import * as z from 'zod/mini';
import './workshop-namespace';

let session: RoomSession | null = null;
let stopEditing = () => {};
let stopPublishing = () => {};

/** The facilitator's presentation goes to the room: its step and the timer of the block shown. */
function publishPresentation(): () => void {
  const publish = ({ step, timer }: { step: number | null; timer: SharedTimer | null }) =>
    setRoomControls({ presentation: step === null ? null : { step, timer } });
  publish(useWorkshop.getState());
  return useWorkshop.subscribe((state, previous) => {
    if (state.step !== previous.step || state.timer !== previous.timer) publish(state);
  });
}

/**
 * A participant's screen follows the presenter: it starts presenting with them, goes where they
 * go and ends with them, unless the person chose to look around freely (then it stays put).
 */
function followPresentation(before: RoomControls['presentation'], now: RoomControls['presentation']): void {
  const { followed, step } = useWorkshop.getState();
  if (now && (before === null || followed !== null)) followPresenter(now);
  else if (!now && before && followed !== null && step !== null) stopPresenting();
}

const storage = () => browserStorage();
const prefs = (): WorkshopPrefs => loadWorkshopPrefs(storage());

/** The store as the room session sees it. */
const liveCanvas: LiveCanvas = {
  current: (canvasId) => useCanvasStore.getState().canvases[canvasId] ?? null,
  onOwnChange: (listener) =>
    onCanvasChange(({ origin, before, after }) => {
      if (origin !== 'local' && origin !== 'undo') return;
      const canvasId = useLiveRoom.getState().room?.canvasId;
      if (!canvasId) return;
      const old = before.canvases[canvasId];
      const now = after.canvases[canvasId];
      if (old && now && old !== now) listener(old, now);
    }),
  receive: (canvas) => canvasActions().receiveCanvas(canvas),
  keepTyping: (noteIds) => keepPendingEdits(noteIds),
};

/** A colour for a person, from their id (the same in every tab of theirs, unless someone here has it: see the session). */
function hueOf(personId: string): number {
  let hash = 0;
  for (const character of personId) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return PERSON_HUES[hash % PERSON_HUES.length]!;
}

/**
 * The workshop server's origin: the app's own, or the one it was built for (VITE_WORKSHOP_SERVER:
 * an editor hosted apart from its rooms; the build's CSP allows exactly that origin).
 */
function serverOrigin(): string {
  const configured: unknown = import.meta.env.VITE_WORKSHOP_SERVER;
  return typeof configured === 'string' && configured ? new URL(configured).origin : location.origin;
}

/** The WebSocket address of the workshop server. */
function socketUrl(): string {
  return `${serverOrigin().replace(/^http/u, 'ws')}${ROOM_SOCKET_PATH}`;
}

/** This browser's copy of a room it has not joined for this long is deleted. */
const KEEP_ROOM_COPY_MS = 30 * 24 * 60 * 60 * 1000;

/** Notes that this browser joins `room` now, and deletes its copies of rooms not joined for a month. */
function rememberJoining(room: string): void {
  const saved = prefs();
  const now = Date.now();
  const joined: Record<string, string> = { [room]: new Date(now).toISOString() };
  for (const [other, at] of Object.entries(saved.joined)) {
    if (other === room) continue;
    if (now - Date.parse(at) < KEEP_ROOM_COPY_MS) joined[other] = at;
    else void forgetLocalCopy(other);
  }
  const copies = Object.fromEntries(Object.entries(saved.copies).filter(([other]) => Object.hasOwn(joined, other)));
  saveWorkshopPrefs(storage(), { ...saved, joined, copies });
}

function connect(room: string, secret: string, role: RoomRole, start?: Canvas): void {
  session?.leave({ keepCopy: useLiveRoom.getState().room?.id === room });
  // A participant's copy of the room: the one this browser made when it joined before (rooms
  // joined before copies were noted keep the room canvas's id), or a new one.
  const known = prefs();
  const copyId = role === 'host' ? undefined : (known.copies[room] ?? (Object.hasOwn(known.joined, room) ? undefined : null));
  rememberJoining(room);
  const { name, personId } = prefs();
  useLiveRoom.setState({
    invitation: null,
    problem: null,
    room: {
      id: room,
      role,
      canvasId: start?.id ?? null,
      connection: 'connecting',
      people: [],
      ignored: 0,
      links: null,
      editors: new Map(),
      controls: DEFAULT_ROOM_CONTROLS,
      ownVotes: new Map(),
      held: false,
    },
  });
  session = startRoomSession({
    url: socketUrl(),
    room,
    secret,
    role,
    person: { id: personId, name, hue: hueOf(personId) },
    ...(start ? { start } : {}),
    ...(copyId !== undefined ? { copyId } : {}),
    canvas: liveCanvas,
    events: {
      connection: (connection) => updateRoom({ connection }),
      people: (people) => updateRoom({ people }),
      joined: (canvasId) => {
        updateRoom({ canvasId });
        if (role !== 'host') {
          const saved = prefs();
          saveWorkshopPrefs(storage(), { ...saved, copies: { ...saved.copies, [room]: canvasId } });
        }
        // On joining, the room's canvas comes on screen (the person may open their others after).
        // The empty canvas a first visit made, never touched, makes way for it (as for an import).
        const { canvases, currentId } = useCanvasStore.getState();
        const blank = currentId !== canvasId && Object.keys(canvases).length === 2 && isPristine(canvases[currentId]!);
        canvasActions().openCanvas(canvasId);
        if (blank) canvasActions().deleteCanvas(currentId, 'load');
      },
      ignored: (ignored) => updateRoom({ ignored }),
      refused: (problem) => closeRoom(problem, problem === 'ended' && leftBehind()),
      ended: () => closeRoom('ended', leftBehind()),
      controls: (controls) => {
        const previous = useLiveRoom.getState().room?.controls;
        // What is being typed is saved before editing pauses or the presenter takes the screen
        // (written to the room now, or when editing resumes).
        if ((controls.paused && !previous?.paused) || (controls.presentation && !previous?.presentation)) commitPendingEdits();
        const before = previous?.presentation ?? null;
        updateRoom({ controls });
        // Dot voting is the facilitator's to turn on and off for everyone.
        setVoting(controls.voting);
        if (role !== 'host') followPresentation(before, controls.presentation);
      },
      ownVotes: (ownVotes) => updateRoom({ ownVotes }),
      held: (held) => updateRoom({ held }),
      restored: (texts) => {
        const count = texts.length;
        const quoted = texts.map((text) => `«${isolate(text.length > 60 ? `${text.slice(0, 59)}…` : text)}»`);
        showToast({
          tone: 'info',
          text: () => translator.t('workshop:restored', { count, notes: new Intl.ListFormat(translator.language).format(quoted) }),
        });
      },
    },
  });
  provideRoomControls(role === 'host' ? (changes) => session?.setControls(changes) : null);
  stopPublishing();
  stopPublishing = role === 'host' ? publishPresentation() : () => {};
  stopEditing();
  const tellEditing = (noteIds: string[]) => session?.setEditing(noteIds[0] ?? null);
  stopEditing = onEditedNotes(tellEditing);
  tellEditing(editedNotes());
}

/** Leaves the room's state behind: the canvas stays in this browser as it last was; the address loses the room. */
/**
 * The room ended (or is refused as ended): what is being typed is saved into this person's copy,
 * and whether any of their changes never reached the room (made offline, during a pause, or just
 * then) is told, so they can send them to the facilitator.
 */
function leftBehind(): boolean {
  commitPendingEdits();
  return session?.unsent() ?? false;
}

function closeRoom(problem: RoomProblem | null, unsent = false): void {
  const room = useLiveRoom.getState().room;
  stopEditing();
  stopEditing = () => {};
  stopPublishing();
  stopPublishing = () => {};
  session?.leave();
  session = null;
  provideRoomControls(null);
  // What the facilitator decided for the room ends with it: dot voting, following their presentation.
  setVoting(false);
  stopFollowing();
  useLiveRoom.setState({ room: null, invitation: null, problem });
  if (location.hash.startsWith('#room=')) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  const canvas = room?.canvasId ? useCanvasStore.getState().canvases[room.canvasId] : undefined;
  // A participant's copy of the room's canvas is suggested a backup for what they change from now
  // on (the facilitator's canvas is theirs: what the room did to it counts).
  if (canvas && room?.role !== 'host') {
    const record = loadExportRecords(storage())[canvas.id];
    saveExportRecord(storage(), canvas.id, { at: record?.at ?? null, signature: signatureOf(canvas), remindedAt: 0 });
  }
  if (problem === 'ended' && canvas) {
    useLiveRoom.setState({ problem: null });
    const title = canvas.title || translator.t('header.titlePlaceholder');
    // Changes the room never got are worth a message that stays until read.
    if (unsent) showToast({ tone: 'error', text: () => translator.t('workshop:endedUnsent', { title }) });
    // Where the copy is kept is said until read (a room ends as people look up at the projector).
    else showToast({ tone: 'info', stays: true, text: () => translator.t('workshop:ended', { title }) });
  }
}

/** Why a room could not be opened on the server. */
export type StartProblem = 'offline' | 'unreachable' | 'server' | 'rate';

/** The device says it has no network (then a room cannot start, and that is all that is wrong). */
const offline = () => navigator.onLine === false;

/** The facilitator starts a room with the open canvas. */
export async function startWorkshop(name: string): Promise<StartProblem | null> {
  commitPendingEdits();
  if (offline()) return 'offline';
  let response: Response;
  try {
    response = await fetch(`${serverOrigin()}${ROOM_API_PATH}`, { method: 'POST' });
  } catch {
    return offline() ? 'offline' : 'unreachable';
  }
  if (response.status === 429) return 'rate';
  if (!response.ok) return response.status === 404 ? 'unreachable' : 'server';
  const body = (await response.json().catch(() => null)) as { room?: unknown; secrets?: Record<string, unknown> } | null;
  const room = body?.room;
  const { host, edit, view } = body?.secrets ?? {};
  if (typeof room !== 'string' || typeof host !== 'string' || typeof edit !== 'string' || typeof view !== 'string') return 'server';
  const canvas = selectCurrentCanvas(useCanvasStore.getState());
  const saved = prefs();
  saveWorkshopPrefs(storage(), {
    ...saved,
    name: name.trim() || saved.name,
    hosted: { ...saved.hosted, [room]: { host, join: edit, watch: view, canvasId: canvas.id } },
  });
  history.replaceState(history.state, '', `${location.pathname}${location.search}${roomFragment(room)}`);
  connect(room, host, 'host', canvas);
  await showLinks(room, edit, view);
  return null;
}

/** The links people reach the room at: this address, or (on the laptop running the server) its address on the network. */
async function showLinks(room: string, join: string, watch: string): Promise<void> {
  let origin = location.origin;
  // Served by the laptop that runs the server, opened there as localhost: its address on the network.
  if (serverOrigin() === location.origin && ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname)) {
    const addresses = await fetch('/api/addresses')
      .then((response) => (response.ok ? (response.json() as Promise<{ addresses?: unknown }>) : null))
      .catch(() => null);
    const first = Array.isArray(addresses?.addresses) ? addresses.addresses.find((address) => typeof address === 'string') : undefined;
    if (typeof first === 'string') origin = first;
  }
  updateRoom({ links: { join: roomLink(origin, room, 'join', join), watch: roomLink(origin, room, 'watch', watch) } });
}

/** Back in a room this browser started (a reload of the facilitator's tab). False if it does not know the room. */
export function resumeHosted(room: string): boolean {
  const hosted = prefs().hosted[room];
  if (!hosted) return false;
  const canvas = useCanvasStore.getState().canvases[hosted.canvasId];
  connect(room, hosted.host, 'host', canvas);
  void showLinks(room, hosted.join, hosted.watch);
  return true;
}

/** A participant or viewer joins with their name (remembered for next time). */
export function joinRoom(room: string, secret: string, role: Exclude<RoomRole, 'host'>, name: string): void {
  const saved = prefs();
  saveWorkshopPrefs(storage(), { ...saved, name: name.trim() });
  connect(room, secret, role);
}

/** The facilitator ends the room for everyone; each keeps the canvas as it ended. */
export function endWorkshop(): void {
  commitPendingEdits();
  const room = useLiveRoom.getState().room;
  session?.end();
  if (room) {
    const saved = prefs();
    const { [room.id]: _ended, ...hosted } = saved.hosted;
    saveWorkshopPrefs(storage(), { ...saved, hosted });
  }
  closeRoom('ended');
}

/** This tab leaves the room; the canvas stays as it was. */
export function leaveWorkshop(): void {
  commitPendingEdits();
  const room = useLiveRoom.getState().room;
  const canvas = room?.canvasId ? useCanvasStore.getState().canvases[room.canvasId] : undefined;
  closeRoom(null);
  if (canvas) {
    const title = canvas.title || translator.t('header.titlePlaceholder');
    showToast({ tone: 'info', text: () => translator.t('workshop:left', { title }) });
  }
}

/** What a room link's invitation says: the canvas's title and who runs the room (when they are there). */
export interface RoomInvitation {
  title: string;
  facilitator: string | null;
}

const invitationSchema = z.object({
  title: z.string().check(z.maxLength(LIMITS.titleLength)),
  facilitator: z.nullable(z.string().check(z.maxLength(NAME_LENGTH))),
});

/**
 * Asks the server what a room link invites to, before the person gives their name: the canvas and
 * its facilitator, or why the room cannot be joined. Null when there is no answer (the room is then
 * joined as before, and says what is wrong if anything is).
 */
export async function aboutRoom(
  room: string,
  secret: string,
): Promise<RoomInvitation | Extract<RoomProblem, 'denied' | 'ended' | 'unknown-room'> | null> {
  let response: Response;
  try {
    response = await fetch(`${serverOrigin()}${ROOM_API_PATH}/${encodeURIComponent(room)}`, {
      headers: { Authorization: `Bearer ${secret}` },
      cache: 'no-store',
    });
  } catch {
    return null;
  }
  const body: unknown = await response.json().catch(() => null);
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (error === 'denied' || error === 'ended' || error === 'unknown-room') return error;
  const parsed = invitationSchema.safeParse(body);
  return response.ok && parsed.success ? parsed.data : null;
}

/** The name this browser remembers (empty the first time). */
export function rememberedName(): string {
  return prefs().name;
}
