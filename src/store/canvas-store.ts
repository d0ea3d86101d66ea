/**
 * The canvases the user has, and which one is open. Components read through the selectors and
 * hooks below and change things only through the named actions, which call the pure functions of
 * `@/domain/canvas`. Every change goes out through ./changes with its origin: the user's own
 * actions are `local`; those that take in what arrived or was read say so.
 */
import { create } from 'zustand';
import type { BlockId } from '@/domain/blocks';
import * as ops from '@/domain/canvas';
import { LIMITS } from '@/domain/limits';
import type { IntegrationLevel } from '@/domain/channels';
import type { JourneyModelId } from '@/domain/journey';
import { CANVAS_LANGUAGES, type CanvasLanguage } from '@/domain/document';
import type { Canvas, Channel, Note, NoteColor, Relationship } from '@/domain/schema';
import { selectWatching, useLiveRoom } from './live-room';
import { announceChange, type ChangeOrigin, type Workspace } from './changes';
import { newId, nowIso } from '@/lib/ids';
import { commitPendingEdits } from './pending-edits';

export interface CanvasState {
  canvases: Record<string, Canvas>;
  currentId: string;
  /**
   * A canvas that is not one of the user's, shown read-only in place of the open one while it is
   * presented (a shared link's): never saved, never changed, not in the list.
   */
  viewing: Canvas | null;
}

export interface CanvasActions {
  /** Replaces the whole workspace (on start-up, from storage: origin `load`). Opens `currentId`, or the most recently changed canvas, or a new one. */
  openWorkspace: (canvases: readonly Canvas[], currentId: string | null) => void;
  /** Puts the canvases and the open one as given (undo and redo: origin `undo`). */
  setWorkspace: (workspace: Workspace, origin: ChangeOrigin) => void;
  /** Adds a note with `text` to a block (at `index`, default the end). Returns its id, or null when nothing was added. */
  addNote: (
    blockId: BlockId,
    text: string,
    options?: { color?: NoteColor; index?: number; segmentIds?: string[]; relationship?: Relationship; channel?: Channel },
  ) => string | null;
  /** Adds notes (pasted) to a block at `index` (default: the end), as many as fit. Returns the ids added. */
  addNotes: (blockId: BlockId, notes: readonly { text: string; color?: NoteColor }[], index?: number) => string[];
  /** Puts a copy of a note right after it. Returns the copy's id, or null when nothing was added. */
  duplicateNote: (noteId: string) => string | null;
  updateNoteText: (noteId: string, text: string) => void;
  setNoteColor: (noteId: string, color: NoteColor) => void;
  /** Changes any of a note's fields: text, colour, segment links, relationship details (null removes them). */
  updateNote: (noteId: string, changes: ops.NoteChanges) => void;
  /** Dot voting: one more vote for a note, or one fewer (never below none). */
  addVote: (noteId: string) => void;
  removeVote: (noteId: string) => void;
  setJourneyModel: (model: JourneyModelId) => void;
  setIntegrationLevel: (level: IntegrationLevel | undefined) => void;
  removeNote: (noteId: string) => void;
  /** Moves a note to a block, at `index` (its position after the move; default the end). */
  moveNote: (noteId: string, toBlock: BlockId, index?: number) => void;
  setTitle: (title: string) => void;
  /** Takes in a canvas saved elsewhere (another tab: origin `remote`), replacing this tab's copy; the open canvas stays open. */
  receiveCanvas: (canvas: Canvas) => void;
  /** Starts a new, empty canvas and opens it. Returns its id, or null when LIMITS.canvasesKept are kept already. */
  createCanvas: () => string | null;
  /** Opens one of the canvases (nothing happens for an unknown id). */
  openCanvas: (canvasId: string) => void;
  renameCanvas: (canvasId: string, title: string) => void;
  /** Adds a copy of a canvas under `title`, without opening it. Returns the copy's id (null when full, or unknown). */
  duplicateCanvas: (canvasId: string, title: string) => string | null;
  /**
   * Removes a canvas and returns it (for undo). When it was open, the most recently changed of
   * the others opens, or a new empty canvas when none is left. `origin`: `remote` when another tab
   * deleted it.
   */
  deleteCanvas: (canvasId: string, origin?: ChangeOrigin) => Canvas | null;
  /**
   * Adds a canvas from outside (an imported file, an example, a shared link, an undone delete).
   * It keeps its id when that is free, else it becomes a copy under a new id; it never replaces a
   * canvas the user made or changed (only the lone empty canvas nobody touched makes way for one
   * that opens). With `fresh`, it is always a new canvas dated now. Returns its id, or null when
   * LIMITS.canvasesKept are kept already (`beyondLimit`: a canvas coming back, never refused).
   */
  addCanvas: (canvas: Canvas, options?: { open?: boolean; fresh?: boolean; beyondLimit?: boolean }) => string | null;
  /** Shows a canvas that is not the user's in place of the open one, read-only (null: back to the user's). */
  viewCanvas: (canvas: Canvas | null) => void;
  /**
   * Puts back a deleted canvas under its own id; does nothing when a canvas with that id is here
   * again already (brought back by Undo, say), so it never makes a copy. Returns whether it did.
   */
  restoreCanvas: (canvas: Canvas, options?: { open?: boolean }) => boolean;
}

export type CanvasStore = CanvasState & CanvasActions;

/** The language new canvases are written in: the one Boom is shown in (see `setNewCanvasLanguage`). */
let newCanvasLanguage: CanvasLanguage | undefined;

const newCanvas = () => ops.createCanvas(newId(), nowIso(), '', newCanvasLanguage);

function freshState(): CanvasState {
  const canvas = newCanvas();
  return { canvases: { [canvas.id]: canvas }, currentId: canvas.id, viewing: null };
}

/**
 * Makes a change and announces it with its origin (./changes). The only way the canvases change:
 * nothing calls the store's `setState` on them directly.
 */
function commit(origin: ChangeOrigin, update: Partial<CanvasState> | ((state: CanvasState) => Partial<CanvasState>)): void {
  const before = useCanvasStore.getState();
  useCanvasStore.setState(update);
  const after = useCanvasStore.getState();
  if (after.canvases !== before.canvases || after.currentId !== before.currentId) announceChange({ origin, before, after });
}

// Every action that opens another canvas first saves what open editors hold into the canvas they belong to.
export const useCanvasStore = create<CanvasStore>()((set, get) => {
  /** A change the user made here. */
  const local = (update: Partial<CanvasState> | ((state: CanvasState) => Partial<CanvasState>)) => commit('local', update);
  /** Applies a pure operation to the open canvas; keeps the state untouched when it returns the same canvas. */
  const change = (operation: (canvas: Canvas, now: string) => Canvas) => {
    const { canvases, currentId, viewing } = get();
    // A canvas shown read-only is never changed (and the user's, hidden behind it, is not either);
    // nor is a live room's canvas seen through a watch link.
    if (viewing || selectWatching(useLiveRoom.getState(), currentId)) return;
    const canvas = canvases[currentId];
    if (!canvas) return;
    const next = operation(canvas, nowIso());
    if (next !== canvas) local({ canvases: { ...canvases, [currentId]: next } });
  };

  return {
    ...freshState(),

    openWorkspace: (list, currentId) => {
      if (list.length === 0) {
        commit('load', freshState());
        return;
      }
      const canvases = Object.fromEntries(list.map((canvas) => [canvas.id, canvas]));
      const latest = ops.byLastChange(list)[0]!;
      commit('load', { canvases, currentId: currentId && canvases[currentId] ? currentId : latest.id });
    },
    setWorkspace: ({ canvases, currentId }, origin) => {
      // Undo never changes a live room's canvas this tab may only watch (or may not edit during a pause).
      const room = useLiveRoom.getState().room;
      if (
        room?.canvasId &&
        selectWatching(useLiveRoom.getState(), room.canvasId) &&
        canvases[room.canvasId] !== get().canvases[room.canvasId]
      )
        return;
      commit(origin, { canvases, currentId });
    },

    addNote: (blockId, text, options = {}) => {
      const id = newId();
      const before = selectCurrentCanvas(get());
      const { index, ...fields } = options;
      change((canvas, now) => ops.addNote(canvas, blockId, { id, text, ...fields }, now, index));
      return selectCurrentCanvas(get()) === before ? null : id;
    },
    addNotes: (blockId, notes, index) => {
      let added: string[] = [];
      change((canvas, now) => {
        const result = ops.addNotes(
          canvas,
          blockId,
          notes.map((note) => ({ ...note, id: newId() })),
          now,
          index,
        );
        added = result.added;
        return result.canvas;
      });
      return added;
    },
    duplicateNote: (noteId) => {
      const id = newId();
      const before = selectCurrentCanvas(get());
      change((canvas, now) => ops.duplicateNote(canvas, noteId, id, now));
      return selectCurrentCanvas(get()) === before ? null : id;
    },
    updateNoteText: (noteId, text) => change((canvas, now) => ops.updateNote(canvas, noteId, { text }, now)),
    setNoteColor: (noteId, color) => change((canvas, now) => ops.updateNote(canvas, noteId, { color }, now)),
    updateNote: (noteId, changes) => change((canvas, now) => ops.updateNote(canvas, noteId, changes, now)),
    addVote: (noteId) => change((canvas, now) => ops.changeVotes(canvas, noteId, 1, now)),
    removeVote: (noteId) => change((canvas, now) => ops.changeVotes(canvas, noteId, -1, now)),
    setJourneyModel: (model) => change((canvas, now) => ops.setJourneyModel(canvas, model, now)),
    setIntegrationLevel: (level) => change((canvas, now) => ops.setIntegrationLevel(canvas, level, now)),
    removeNote: (noteId) => change((canvas, now) => ops.removeNote(canvas, noteId, now)),
    moveNote: (noteId, toBlock, index) => change((canvas, now) => ops.moveNote(canvas, noteId, toBlock, now, index)),
    setTitle: (title) => change((canvas, now) => ops.setTitle(canvas, title, now)),
    receiveCanvas: (canvas) => commit('remote', (state) => ({ canvases: { ...state.canvases, [canvas.id]: canvas } })),

    createCanvas: () => {
      if (Object.keys(get().canvases).length >= LIMITS.canvasesKept) return null;
      commitPendingEdits();
      const canvas = newCanvas();
      local((state) => ({ canvases: { ...state.canvases, [canvas.id]: canvas }, currentId: canvas.id }));
      return canvas.id;
    },
    openCanvas: (canvasId) => {
      if (!Object.hasOwn(get().canvases, canvasId) || canvasId === get().currentId) return;
      commitPendingEdits();
      local({ currentId: canvasId });
    },
    renameCanvas: (canvasId, title) => {
      const { canvases } = get();
      const canvas = Object.hasOwn(canvases, canvasId) ? canvases[canvasId] : undefined;
      if (!canvas || selectWatching(useLiveRoom.getState(), canvasId)) return;
      const next = ops.setTitle(canvas, title, nowIso());
      if (next !== canvas) local({ canvases: { ...canvases, [canvasId]: next } });
    },
    duplicateCanvas: (canvasId, title) => {
      const { canvases } = get();
      const canvas = Object.hasOwn(canvases, canvasId) ? canvases[canvasId] : undefined;
      if (!canvas || Object.keys(canvases).length >= LIMITS.canvasesKept) return null;
      const copy = ops.copyCanvas(canvas, newId(), nowIso(), title);
      local({ canvases: { ...canvases, [copy.id]: copy } });
      return copy.id;
    },
    deleteCanvas: (canvasId, origin = 'local') => {
      if (canvasId === get().currentId) commitPendingEdits();
      const { canvases, currentId } = get();
      const canvas = Object.hasOwn(canvases, canvasId) ? canvases[canvasId] : undefined;
      if (!canvas) return null;
      const { [canvasId]: _deleted, ...rest } = canvases;
      if (canvasId !== currentId) {
        commit(origin, { canvases: rest });
        return canvas;
      }
      const next = ops.byLastChange(Object.values(rest))[0] ?? newCanvas();
      commit(origin, { canvases: { ...rest, [next.id]: next }, currentId: next.id });
      return canvas;
    },
    viewCanvas: (viewing) => set({ viewing }),
    restoreCanvas: (canvas, { open = false } = {}) => {
      if (Object.hasOwn(get().canvases, canvas.id)) return false;
      get().addCanvas(canvas, { open, beyondLimit: true });
      return true;
    },
    addCanvas: (canvas, { open = true, fresh = false, beyondLimit = false } = {}) => {
      const { canvases: before, currentId: openBefore } = get();
      const ids = Object.keys(before);
      const lone = ids.length === 1 && ids[0] === openBefore && open && ops.isPristine(before[openBefore]!);
      if (!beyondLimit && !lone && ids.length >= LIMITS.canvasesKept) return null;
      if (open) commitPendingEdits();
      const { canvases, currentId } = get();
      const copy = fresh || Object.hasOwn(canvases, canvas.id) ? ops.copyCanvas(canvas, newId(), nowIso()) : canvas;
      // A title another canvas has already gets a number, so the two can be told apart in the list
      // (a canvas coming back, by Undo, keeps its own).
      const title = beyondLimit
        ? copy.title
        : ops.distinctTitle(
            copy.title,
            Object.values(canvases).map((other) => other.title),
          );
      const added = title === copy.title ? copy : { ...copy, title };
      if (!open) {
        local({ canvases: { ...canvases, [added.id]: added } });
        return added.id;
      }
      // The empty canvas a first visit (or deleting the last canvas) made, never touched, makes way.
      const left = Object.keys(canvases);
      const untouched = left.length === 1 && left[0] === currentId ? canvases[currentId] : undefined;
      const kept = untouched && ops.isPristine(untouched) ? {} : canvases;
      local({ canvases: { ...kept, [added.id]: added }, currentId: added.id });
      return added.id;
    },
  };
});

/**
 * Sets the language new canvases are written in (the language Boom is shown in). The empty canvas
 * a first visit made, never touched, takes it too: nothing is written in it yet (origin `load`:
 * Boom sets it up; not a step to undo).
 */
export function setNewCanvasLanguage(language: string): void {
  newCanvasLanguage = (CANVAS_LANGUAGES as readonly string[]).includes(language) ? (language as CanvasLanguage) : undefined;
  const { canvases, currentId } = useCanvasStore.getState();
  const open = canvases[currentId];
  if (open && ops.isPristine(open) && open.language !== newCanvasLanguage) {
    const { language: _previous, ...rest } = open;
    commit('load', { canvases: { ...canvases, [currentId]: newCanvasLanguage ? { ...rest, language: newCanvasLanguage } : rest } });
  }
}

/** Resets the store to one empty canvas (tests and a fresh start). */
export function resetCanvasStore(): void {
  commit('load', freshState());
}

// Selectors, declared once. Each returns a value already held in the state, so it is stable.
/** The canvas on screen: the one open, or one shown read-only in its place (see `viewCanvas`). */
export const selectCurrentCanvas = (state: CanvasState): Canvas => state.viewing ?? state.canvases[state.currentId]!;
/** The user's own open canvas, even while another is shown in its place. */
export const selectOpenCanvas = (state: CanvasState): Canvas => state.canvases[state.currentId]!;
/** True while a canvas that is not the user's is shown, read-only. */
export const selectViewing = (state: CanvasState): boolean => state.viewing !== null;
export const selectTitle = (state: CanvasState): string => selectCurrentCanvas(state).title;
/** True when the open canvas holds as many notes as a canvas may. */
export const selectIsFull = (state: CanvasState): boolean => ops.countNotes(selectCurrentCanvas(state)) >= LIMITS.notesPerCanvas;
const EMPTY: readonly string[] = [];
/** True when the canvas shown has a note (code for working with notes is fetched ahead only then). */
export const selectHasNotes = (state: CanvasState): boolean =>
  Object.values(selectCurrentCanvas(state).blocks).some((ids) => ids.length > 0);

export function useHasNotes(): boolean {
  return useCanvasStore(selectHasNotes);
}

/** Every canvas, the most recently changed first (for the canvases list; use with `useShallow`). */
export const selectCanvasList = (state: CanvasState): Canvas[] => ops.byLastChange(Object.values(state.canvases));

export function useCanvasTitle(): string {
  return useCanvasStore(selectTitle);
}

/** The ordered note ids of a block of the open canvas. */
export function useBlockNoteIds(blockId: BlockId): readonly string[] {
  return useCanvasStore((state) => selectCurrentCanvas(state).blocks[blockId] ?? EMPTY);
}

/** The journey model of the open canvas. */
export function useJourneyModel(): JourneyModelId {
  return useCanvasStore((state) => selectCurrentCanvas(state).journeyModel);
}

/** One note of the open canvas (undefined once it is deleted). */
export function useNote(noteId: string): Note | undefined {
  return useCanvasStore((state) => {
    const notes = selectCurrentCanvas(state).notes;
    return Object.hasOwn(notes, noteId) ? notes[noteId] : undefined;
  });
}

/** Actions never change identity, so components can take them without re-rendering. */
export const canvasActions = (): CanvasActions => useCanvasStore.getState();
