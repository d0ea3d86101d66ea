/**
 * A tab's connection to a live room: the room's Yjs doc kept in sync with the workshop server
 * (Hocuspocus), this person's changes written into it, everyone else's read out of it, validated,
 * and handed to the app's canvas; who is here (Yjs awareness); the connection's state.
 *
 * It knows the app's canvas only through `LiveCanvas` (wired to the store by the workshop
 * feature), as the storage sync engine knows it through SyncedCanvases.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { dequal } from 'dequal';
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import {
  DEFAULT_ROOM_CONTROLS,
  type RoomClientMessage,
  type RoomConnection,
  type RoomControls,
  type RoomPerson,
  type RoomProblem,
  type RoomRole,
} from '@/domain/room';
import type { Canvas } from '@/domain/schema';
import { newId } from '@/lib/ids';
import { hasCanvas, readCanvas, readControls, readOwnVotes, writeCanvas, writeChange, writeControls } from './room-doc';

/** What the session needs of the app's canvases. */
export interface LiveCanvas {
  /** The room's canvas as this tab has it (null until the room's canvas has come). */
  current(canvasId: string): Canvas | null;
  /** Calls `listener` with each change this person makes to a canvas (their own edits and undos). */
  onOwnChange(listener: (before: Canvas, after: Canvas) => void): () => void;
  /** Takes in the room's canvas as it now is (another person's change: origin `remote`). */
  receive(canvas: Canvas): void;
  /**
   * Someone else deleted these notes: what this person is typing into any of them is saved first
   * (an own change, which brings the note back), and the typing goes on. Returns whether anything
   * was being typed.
   */
  keepTyping(noteIds: string[]): boolean;
}

export interface RoomEvents {
  connection(state: RoomConnection): void;
  people(people: RoomPerson[]): void;
  /** The room's canvas is here (the first time, and its id). */
  joined(canvasId: string): void;
  /** How many parts of the room's canvas were left out as invalid (0 when all is well). */
  ignored(count: number): void;
  /** The server would not let this tab in (or no longer does). */
  refused(problem: RoomProblem): void;
  /** The facilitator ended the room. */
  ended(): void;
  /** What the facilitator decided for everyone (on joining, and at each change). */
  controls(controls: RoomControls): void;
  /** This person's dots, by note (on joining, and at each change). */
  ownVotes(votes: ReadonlyMap<string, number>): void;
  /**
   * Whether a change of this person's waits for editing to resume: the server refused it because
   * the facilitator had paused editing (a note finished as the pause began). It is sent on resuming.
   */
  held(held: boolean): void;
  /** Notes this person deleted are back: someone changed them at the same moment (or offline), and an edit outlives a delete. */
  restored(texts: string[]): void;
}

export interface RoomSessionOptions {
  /** The workshop server's WebSocket address (ws: or wss:, with its path). */
  url: string;
  room: string;
  secret: string;
  role: RoomRole;
  person: { id: string; name: string; hue: number };
  /** The canvas a facilitator starts the room with: written in when the room is still empty. */
  start?: Canvas;
  /**
   * A participant's copy of the room's canvas in this browser: its id when known; null when this
   * browser has never joined the room (then a canvas of its own that has the room canvas's id, from
   * the same file imported by both, is left alone and the copy takes a new id); absent when not
   * known (the copy has the room canvas's id).
   */
  copyId?: string | null;
  canvas: LiveCanvas;
  events: RoomEvents;
}

export interface RoomSession {
  /** Tells the others which note this person is editing (null: none). */
  setEditing(noteId: string | null): void;
  /** Ends the room for everyone (the facilitator's; the server refuses anyone else's). */
  end(): void;
  /** Changes what the facilitator decides for everyone (the facilitator's; the server undoes anyone else's). */
  setControls(changes: Partial<RoomControls>): void;
  /** Leaves the room (this tab only); this browser's copy of it goes too, unless `keepCopy` (joining it again). */
  leave(options?: { keepCopy?: boolean }): void;
  /** Whether this person changed the room since the server last took everything from this tab (offline, paused, or just now). */
  unsent(): boolean;
}

/** The name of the browser's copy of a room's doc (IndexedDB). */
const localName = (room: string) => `boom-room-${room}`;
/** How long joining waits for the browser's copy of the room before going on without it. */
const LOCAL_COPY_WAIT_MS = 3000;

/** Deletes this browser's copy of a room's doc (a room it has not been back to for long). */
export function forgetLocalCopy(room: string): Promise<void> {
  return typeof indexedDB === 'undefined' ? Promise.resolve() : clearDocument(localName(room)).catch(() => {});
}

/**
 * This browser's copy of the room's doc, in IndexedDB: what this person changed while offline
 * survives a reload (and is sent once the connection returns), and a reload shows the room's canvas
 * at once, before the server answers. Null where IndexedDB cannot be opened (then the room still
 * works, as long as the tab stays open). However long the copy takes to open (a busy phone), it is
 * waited for: joining goes on without it after a while (`whenLate`), and it is read when it comes.
 */
function openLocalCopy(room: string, doc: Y.Doc, whenLate: () => void): Promise<IndexeddbPersistence | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  let local: IndexeddbPersistence;
  try {
    local = new IndexeddbPersistence(localName(room), doc);
  } catch {
    return Promise.resolve(null);
  }
  // Left running once the copy is open too: what joining reads from it first may be slow as well.
  setTimeout(whenLate, LOCAL_COPY_WAIT_MS);
  const failed = local._db.then(
    () => new Promise<never>(() => {}),
    () => null,
  );
  return Promise.race([local.whenSynced, failed]);
}

/** Where the browser's copy of a room notes that it holds changes the server has not confirmed. */
const UNSENT_KEY = 'unsent';

/** How long a refused change waits before it is said to be held (a refusal the next answer clears is not worth a word). */
const HELD_AFTER_MS = 800;

/** People's colours (hues), in the order they are given: each as far as can be from those before it. */
export const PERSON_HUES = [210, 0, 120, 270, 30, 180, 300, 60, 240, 150, 330, 90] as const;
/** Hues closer than this read as one colour. */
const SAME_HUE_DEGREES = 15;
const sameHue = (a: number, b: number) => {
  const apart = Math.abs((((a - b) % 360) + 360) % 360);
  return Math.min(apart, 360 - apart) < SAME_HUE_DEGREES;
};

/** Marks this tab's own writes into the doc, so that reading back skips them. */
const OWN = Symbol('own change');
const ROLES: readonly RoomRole[] = ['host', 'edit', 'view'];
/** Longest name shown; the rest of a longer one is cut. */
const NAME_LENGTH = 40;

export function startRoomSession(options: RoomSessionOptions): RoomSession {
  const { person, events } = options;
  const doc = new Y.Doc();
  let canvasId: string | null = null;
  let lastIgnored = 0;
  /** Whether the doc is read into the app (from the browser's copy or the server), and whether the server has synced. */
  let synced = false;
  let serverSynced = false;
  let connectedOnce = false;
  let stopOwnChanges = () => {};
  let closed = false;
  let lastControls = DEFAULT_ROOM_CONTROLS;
  let lastOwnVotes = new Map<string, number>();
  let lastHeld = false;
  /**
   * This person's changes the server has not confirmed yet: kept with the browser's copy too, so
   * after a reload that still knows. The provider's first exchange with the server, as it
   * connects, confirms what the copy held (or, while editing is paused, does not).
   */
  let unsent = false;
  const setUnsent = (value: boolean) => {
    if (value === unsent) return;
    unsent = value;
    void (value ? local?.set(UNSENT_KEY, 1) : local?.del(UNSENT_KEY))?.catch(() => {});
  };
  /** Notes this person deleted (until the room says otherwise): one that comes back is pointed out. */
  const ownDeletes = new Set<string>();
  let heldTimer: ReturnType<typeof setTimeout> | undefined;

  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    // Back a second after a blip; then every few seconds at most (a restarting server, a flaky
    // Wi-Fi). The retry library gives up silently, never connecting, if `delay` is below `minDelay`.
    delay: 1000,
    minDelay: 1000,
    maxDelay: 5000,
    factor: 1.5,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.room,
    token: options.secret,
    document: doc,
    onSynced: () => onSynced(),
    onAuthenticationFailed: ({ reason }) => {
      const problem = reason === 'ended' || reason === 'denied' || reason === 'unknown-room' ? reason : 'server';
      events.refused(problem);
      // A room that is gone (or was never open to this link) leaves nothing in this browser.
      close({ forget: problem !== 'server' });
    },
    onStateless: ({ payload }) => {
      if (readServerMessage(payload) === 'ended') {
        events.ended();
        close({ forget: true });
      }
    },
    onAwarenessChange: () => {
      settleHue();
      events.people(peopleOf(provider, doc.clientID));
    },
    // The server answers each change with whether it took it: while editing is paused, it does not.
    onUnsyncedChanges: () => {
      // Everything this tab wrote has reached the server once it has no change left to confirm.
      if (!provider.hasUnsyncedChanges && socket.status === 'connected') setUnsent(false);
      readHeld();
    },
  });
  let local: IndexeddbPersistence | null = null;
  let attached = false;
  const attach = () => {
    if (attached || closed) return;
    attached = true;
    provider.attach();
  };
  // The browser's copy first (this person's offline changes, the canvas at once), then the server;
  // a copy slow to open is read whenever it comes, the server meanwhile.
  void openLocalCopy(options.room, doc, attach).then(async (opened) => {
    if (closed) return void opened?.destroy();
    local = opened;
    const held = (await opened?.get(UNSENT_KEY).catch(() => null)) === 1;
    if (closed) return;
    // What the copy held is sent with the first exchange; a copy that came after it is sent now,
    // and confirmed like any change (unless the server has everything already).
    const confirmed = serverSynced && socket.status === 'connected' && !provider.hasUnsyncedChanges;
    if (held && !confirmed) unsent = true;
    if (attached) void (unsent ? opened?.set(UNSENT_KEY, 1) : opened?.del(UNSENT_KEY))?.catch(() => {});
    if (hasCanvas(doc)) startReading();
    attach();
  });
  let hue = person.hue;
  const tellWho = () =>
    provider.setAwarenessField('user', { name: person.name.slice(0, NAME_LENGTH), hue, role: options.role, id: person.id });
  tellWho();

  /**
   * Two people in one colour cannot be told apart on a note they edit: of two in the same colour,
   * the one with the larger client id takes the first colour no one here has (each tab decides
   * alone, and only one of the two moves). With more people than colours, colours repeat.
   */
  function settleHue(): void {
    const others = [...(provider.awareness?.getStates() ?? [])]
      .filter(([clientId]) => clientId !== doc.clientID)
      .map(([clientId, state]) => ({ clientId, hue: (state as { user?: { hue?: unknown } }).user?.hue }))
      .filter((other): other is { clientId: number; hue: number } => typeof other.hue === 'number');
    if (!others.some((other) => other.clientId < doc.clientID && sameHue(other.hue, hue))) return;
    const free = PERSON_HUES.find((candidate) => others.every((other) => !sameHue(other.hue, candidate)));
    if (free === undefined) return;
    hue = free;
    tellWho();
  }

  const status = () => {
    if (closed) return;
    // The device says it is offline: said at once (the socket itself may take half a minute to notice).
    if (typeof navigator !== 'undefined' && navigator.onLine === false) events.connection('offline');
    else if (socket.status === 'connected') {
      connectedOnce = true;
      events.connection('connected');
    } else events.connection(connectedOnce ? 'reconnecting' : 'connecting');
  };
  socket.on('status', status);
  const onNetwork = () => status();
  globalThis.addEventListener?.('online', onNetwork);
  globalThis.addEventListener?.('offline', onNetwork);
  status();

  function onSynced(): void {
    if (serverSynced) return;
    serverSynced = true;
    // A new room gets the facilitator's canvas as it is now (with what they did since starting).
    const start = options.start && (options.canvas.current(options.start.id) ?? options.start);
    if (!hasCanvas(doc) && start && options.role === 'host') writeCanvas(doc, start, person.id, OWN);
    startReading();
  }

  /** From now on the doc is read into the app (once the server or the browser's copy has given it). */
  function startReading(): void {
    if (synced) return;
    synced = true;
    readRoomState();
    // An empty room (its facilitator has not written it yet) is read again as updates come.
    readIntoApp();
  }

  /** From the moment the room's canvas is here, this person's changes to it go into the room. */
  function sendOwnChanges(): void {
    stopOwnChanges = options.canvas.onOwnChange((before, after) => {
      if (after.id !== canvasId || options.role === 'view') return;
      for (const id of Object.keys(before.notes)) if (!Object.hasOwn(after.notes, id)) ownDeletes.add(id);
      for (const id of ownDeletes) if (Object.hasOwn(after.notes, id)) ownDeletes.delete(id);
      try {
        writeChange(doc, before, after, person.id, OWN);
        setUnsent(true);
      } catch (error) {
        // Whatever went wrong (a position in the doc no one could place beside), the room stays the
        // truth: this tab reads it afresh rather than keep a change the others do not have.
        console.error('A change could not be written into the room:', error);
        readIntoApp();
      }
    });
  }

  let scheduled = false;
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (!synced) return;
    // The facilitator's decisions and this person's dots, whoever changed them (this tab too).
    readRoomState();
    if (origin === OWN || scheduled) return;
    // Updates arriving together (a burst, a reconnect) are read once.
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      if (!closed) readIntoApp();
    });
  });

  function readRoomState(): void {
    const controls = readControls(doc);
    if (!dequal(controls, lastControls)) {
      // Editing resumes: a fresh sync sends the server what it refused during the pause (a note
      // finished just as it began), without which the server could take nothing more from this tab.
      if (lastControls.paused && !controls.paused && options.role === 'edit') provider.forceSync();
      lastControls = controls;
      events.controls(controls);
    }
    const own = readOwnVotes(doc, person.id);
    if (!dequal(own, lastOwnVotes)) {
      lastOwnVotes = own;
      events.ownVotes(own);
    }
    readHeld();
  }

  /** Says whether a change of this person's waits for editing to resume (once the server has refused it for a moment). */
  function readHeld(): void {
    const held = options.role === 'edit' && lastControls.paused && provider.hasUnsyncedChanges;
    clearTimeout(heldTimer);
    if (!held) {
      if (lastHeld) events.held((lastHeld = false));
      return;
    }
    if (!lastHeld) heldTimer = setTimeout(() => !closed && events.held((lastHeld = true)), HELD_AFTER_MS);
  }

  /** Reads the room's canvas, validated, into the app; false while the room holds none. */
  function readIntoApp(keptTyping = false): boolean {
    const mine = canvasId ? options.canvas.current(canvasId) : null;
    const result = readCanvas(doc, mine ?? options.start);
    if (!result) return false;
    if (mine && options.role !== 'view' && !keptTyping) {
      // A note deleted by someone else while this person types into it: what is typed is kept
      // (written back into the room, the note with it), then the room is read again.
      const deleted = Object.keys(mine.notes).filter((id) => !Object.hasOwn(result.canvas.notes, id));
      if (deleted.length > 0 && options.canvas.keepTyping(deleted)) return readIntoApp(true);
    }
    if (result.ignored.length !== lastIgnored) {
      lastIgnored = result.ignored.length;
      events.ignored(lastIgnored);
    }
    // The room's canvas keeps the id it had when this tab joined, whatever a doc says later
    // (someone's app could otherwise send everyone's edits to another of their canvases).
    const canvas = keepUnchanged(mine, { ...result.canvas, id: canvasId ?? copyIdFor(result.canvas.id) });
    if (canvas !== mine) options.canvas.receive(canvas);
    const restored = [...ownDeletes].filter((id) => Object.hasOwn(canvas.notes, id));
    if (restored.length > 0) {
      for (const id of restored) ownDeletes.delete(id);
      events.restored(restored.map((id) => canvas.notes[id]!.text));
    }
    if (canvasId === null) {
      canvasId = canvas.id;
      events.joined(canvas.id);
      sendOwnChanges();
    }
    return true;
  }

  /** The id of this browser's copy of the room's canvas, on joining. */
  function copyIdFor(roomCanvasId: string): string {
    if (typeof options.copyId === 'string') return options.copyId;
    return options.copyId === null && options.canvas.current(roomCanvasId) ? newId() : roomCanvasId;
  }

  /** Closes the session; `forget` also deletes the browser's copy of the room (ended, refused or left). */
  function close({ forget }: { forget: boolean }): void {
    if (closed) return;
    closed = true;
    if (forget) void (local ? local.clearData() : forgetLocalCopy(options.room)).catch(() => {});
    else void local?.destroy().catch(() => {});
    stopOwnChanges();
    socket.off('status', status);
    globalThis.removeEventListener?.('online', onNetwork);
    globalThis.removeEventListener?.('offline', onNetwork);
    provider.destroy();
    socket.destroy();
    doc.destroy();
  }

  return {
    setEditing(noteId) {
      if (!closed) provider.setAwarenessField('editing', noteId);
    },
    end() {
      provider.sendStateless(JSON.stringify({ type: 'end' } satisfies RoomClientMessage));
    },
    setControls(changes) {
      if (!closed && options.role === 'host') writeControls(doc, changes, OWN);
    },
    leave: ({ keepCopy = false } = {}) => close({ forget: !keepCopy }),
    unsent: () => unsent,
  };
}

/**
 * The room's canvas with every part that did not change kept as the app had it (the same note
 * objects and block lists), so only what changed is drawn again; the app's own copy if nothing did.
 */
export function keepUnchanged(mine: Canvas | null, next: Canvas): Canvas {
  if (!mine || mine.id !== next.id) return next;
  let same = true;
  const notes: Record<string, Canvas['notes'][string]> = {};
  for (const [id, note] of Object.entries(next.notes)) {
    const old = Object.hasOwn(mine.notes, id) ? mine.notes[id] : undefined;
    const kept = old && dequal(old, note) ? old : note;
    if (kept !== old) same = false;
    notes[id] = kept;
  }
  if (Object.keys(mine.notes).length !== Object.keys(notes).length) same = false;
  const blocks = { ...next.blocks };
  for (const [blockId, list] of Object.entries(next.blocks) as [keyof Canvas['blocks'], string[]][]) {
    if (dequal(mine.blocks[blockId], list)) blocks[blockId] = mine.blocks[blockId];
    else same = false;
  }
  const { notes: _n, blocks: _b, ...fields } = next;
  const { notes: _mn, blocks: _mb, ...myFields } = mine;
  if (same && dequal(fields, myFields)) return mine;
  return { ...next, notes: same ? mine.notes : notes, blocks };
}

function readServerMessage(payload: string): 'ended' | null {
  try {
    const value: unknown = JSON.parse(payload);
    return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'ended' ? 'ended' : null;
  } catch {
    return null;
  }
}

/** Everyone in the room as their tabs say (checked: a name is text, cut to length; a hue a number). */
function peopleOf(provider: HocuspocusProvider, selfId: number): RoomPerson[] {
  const people: RoomPerson[] = [];
  for (const [clientId, state] of provider.awareness?.getStates() ?? []) {
    const user = (state as { user?: Record<string, unknown> }).user;
    if (typeof user !== 'object' || user === null || typeof user.name !== 'string') continue;
    const name = user.name.trim().slice(0, NAME_LENGTH);
    const role = ROLES.includes(user.role as RoomRole) ? (user.role as RoomRole) : 'edit';
    // Everyone gives a name; a facilitator may go without (they are "the facilitator").
    if (!name && role !== 'host') continue;
    const editing = (state as { editing?: unknown }).editing;
    people.push({
      clientId,
      name,
      hue: typeof user.hue === 'number' && Number.isFinite(user.hue) ? Math.round(Math.abs(user.hue)) % 360 : 0,
      role,
      self: clientId === selfId,
      editing: typeof editing === 'string' && editing.length <= 64 ? editing : null,
    });
  }
  return people.sort(
    (a, b) =>
      Number(b.self) - Number(a.self) || (a.role === 'host' ? -1 : 0) - (b.role === 'host' ? -1 : 0) || a.name.localeCompare(b.name),
  );
}
