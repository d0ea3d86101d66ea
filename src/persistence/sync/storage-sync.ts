/**
 * The sync engine between the app's canvases and browser storage: loads the workspace once at
 * start-up, then saves the canvases that changed, shortly after the last change (so bursts of
 * edits cost one write) and at once when the page is hidden or closed; and takes in what other
 * tabs save (their storage events are its transport), merging them with this tab's edits.
 *
 * It knows the canvases only through `SyncedCanvases` (wired to the store in store/synced-canvases), so another
 * transport (a live room) can stand beside it without either knowing the other.
 */
import type { Canvas } from '@/domain/schema';
import type { MergeResult } from '@/domain/merge';
import { newId } from '@/lib/ids';
import {
  browserStorage,
  canvasIdOf,
  canvasText,
  readCanvasText,
  revisionOf,
  loadWorkspace,
  probeWrite,
  removeCanvas,
  saveCanvas,
  saveCurrentId,
  type KeyValueStorage,
  type SaveResult,
} from '@/persistence/local-storage';
import { loadDocumentReader, documentReader } from '@/persistence/document-reader';
import { offerNotKept, storageStatus, type StorageStatus } from './storage-status';

export { storageStatus, type StorageStatus };

/** What the engine needs of the app's canvases. */
export interface SyncedCanvases {
  /** All the canvases now, and which one is open. */
  current(): { canvases: Readonly<Record<string, Canvas>>; currentId: string };
  /** Calls `listener` after every change to the canvases or to which one is open, whatever its origin. */
  subscribe(listener: () => void): () => void;
  /** Puts in place the canvases read from storage (origin `load`); opens `currentId` if it is one of them. */
  load(canvases: readonly Canvas[], currentId: string | null): void;
  /** Takes in a canvas as another tab saved it, merged with this tab's edits (origin `remote`). */
  receive(canvas: Canvas): void;
  /** Removes a canvas another tab deleted (origin `remote`). */
  remove(canvasId: string): void;
  /** Writes what open editors hold (of these notes, or all) into the canvases first. */
  commitEdits(noteIds?: readonly string[]): void;
}

/**
 * Merges another tab's save with this tab's copy; notes written here that no longer fit are
 * offered to the user. Notes that came from other tabs (`fromElsewhere`) are theirs to offer:
 * saves crossing more than once must not make this tab speak for a note it never wrote.
 */
function merge(merged: MergeResult, fromElsewhere: ReadonlySet<string>): Canvas {
  const { canvas, notKept } = merged;
  const mine = notKept.filter(({ note }) => !fromElsewhere.has(note.id));
  if (mine.length > 0) offerNotKept(canvas.id, mine);
  return canvas;
}

/** How many recent revisions (of all canvases) a tab keeps to merge other tabs' saves against. */
const REVISIONS_KEPT = 64;

/** The name of the User Timing measure each save leaves (see `performance.getEntriesByName`). */
export const SAVE_MEASURE = 'boom:save';

/** A canvas whose save waits for the document reader (another tab wrote it; reading that needs the reader). */
const WAITS_FOR_READER = Symbol('waits for the document reader');

/** The document reader could not be fetched (offline after a new version was published): tried again at the next need. */
const readerFailed = (error: unknown) => console.error('Could not load the code that reads saved canvases:', error);

/** How often saving is tried again while it fails. */
export const SAVE_RETRY_MS = 15_000;

const problemOf = (result: SaveResult): StorageStatus['saveProblem'] => (result.ok ? null : result.reason);
/** A full or refusing storage may take writes again later; a newer Boom's canvas stays its own. */
const isRetryable = (problem: StorageStatus['saveProblem']) => problem === 'quota' || problem === 'unavailable';

/** Quiet time after the last change before saving. */
export const SAVE_DELAY_MS = 400;
/** Longest a change waits for that quiet time. */
export const SAVE_MAX_WAIT_MS = 2000;

/** What stops the running engine's saving (one engine runs in a tab). */
let yieldRunning = () => {};

/**
 * Another tab runs a newer Boom, with a newer file format (persistence/sync/tab-versions): what
 * this tab has not saved yet is written now, in its own format (the newer Boom reads older
 * formats), and nothing after that, so it can never write over the newer tab's saves.
 */
export function stopSavingForNewerTab(): void {
  yieldRunning();
}

/** Loads saved canvases into `canvases` and keeps storage up to date. Returns a function that stops it (after a last save). */
export function startStorageSync(canvases: SyncedCanvases, storage: KeyValueStorage | null = browserStorage()): () => void {
  const snapshot = loadWorkspace(storage);
  canvases.load(snapshot.canvases, snapshot.currentId);
  storageStatus.setState({
    unreadable: snapshot.unreadable,
    migrated: snapshot.migrated,
    keptBackups: snapshot.keptBackups,
    // Readable is not writable: a full storage opens every canvas and says it cannot save.
    saveProblem: snapshot.available ? problemOf(probeWrite(storage)) : 'unavailable',
  });

  // What storage holds now, by canvas id; anything else in the store still needs writing.
  let saved: Record<string, Canvas> = Object.fromEntries(snapshot.canvases.map((canvas) => [canvas.id, canvas]));
  // The text of each as this tab last wrote or read it: if storage holds something else when this
  // tab is about to write, another tab wrote in between (its storage event not here yet).
  let savedText: Record<string, string> = Object.fromEntries(
    snapshot.canvases.map((canvas) => [canvas.id, readCanvasText(storage, canvas.id) ?? canvasText(canvas)]),
  );
  // Each save is a revision made from another. When a save from another tab arrives, the merge
  // starts from the revision that tab started from (not from this tab's last save, which that tab
  // may never have seen): two saves made at once then both keep their notes, and a note deleted
  // after seeing it stays deleted. Recent revisions this tab has seen or made are kept for that.
  const revisions = new Map<string, Canvas>();
  const savedRevision: Record<string, string | null> = {};
  const remember = (revision: string, canvas: Canvas) => {
    revisions.set(revision, canvas);
    if (revisions.size > REVISIONS_KEPT) revisions.delete(revisions.keys().next().value!);
  };
  // A canvas saved without a revision (by an earlier version of Boom) is the start of its line:
  // a save whose parent is none was made from it.
  const unrevised = (id: string) => `unrevised:${id}`;
  for (const canvas of snapshot.canvases) {
    const revision = revisionOf(savedText[canvas.id]!);
    savedRevision[canvas.id] = revision?.revision ?? null;
    remember(revision?.revision ?? unrevised(canvas.id), canvas);
  }
  /**
   * Takes in another tab's save (its text and canvas): remembers it, and returns where a merge
   * with it starts — the revision it was made from, when known here, else `fallback`.
   */
  // Ids of notes this tab has had from other tabs' saves (see `merge`).
  const fromElsewhere = new Set<string>();
  const received = (id: string, text: string, canvas: Canvas, fallback: Canvas | undefined): Canvas | undefined => {
    for (const noteId in canvas.notes) fromElsewhere.add(noteId);
    const revision = revisionOf(text);
    const parent = revision ? (revision.parent ?? unrevised(id)) : null;
    const base = (parent ? revisions.get(parent) : undefined) ?? fallback;
    if (revision) remember(revision.revision, canvas);
    savedRevision[id] = revision?.revision ?? null;
    savedText = { ...savedText, [id]: text };
    return base;
  };
  let savedCurrentId = snapshot.currentId;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending: number | null = null;

  // Set once a newer tab is heard of (stopSavingForNewerTab): nothing is written from then on.
  let yielded = false;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstPending = null;
    if (yielded) return;
    const started = performance.now();
    const { canvases: now, currentId } = canvases.current();
    let problem: StorageStatus['saveProblem'] = null;
    let attempted = false;
    const next = { ...saved };
    // Deleted canvases go first: that frees room for the writes (when storage is full, deleting is
    // how the user makes room). A reload meanwhile opens the most recent canvas left, or a new one.
    for (const id of Object.keys(saved)) {
      if (Object.hasOwn(now, id)) continue;
      attempted = true;
      const result = removeCanvas(storage, id);
      if (result.ok) delete next[id];
      else problem = result.reason;
    }
    for (const ours of Object.values(now)) {
      if (saved[ours.id] === ours) continue;
      attempted = true;
      const canvas = withUnseenChanges(ours);
      if (canvas === WAITS_FOR_READER) continue;
      if (canvas === null) {
        problem = 'newer';
        continue;
      }
      const revision = { revision: newId(), parent: savedRevision[canvas.id] ?? null };
      const result = saveCanvas(storage, canvas, revision);
      if (result.ok) {
        next[canvas.id] = canvas;
        savedText = { ...savedText, [canvas.id]: canvasText(canvas, revision) };
        savedRevision[canvas.id] = revision.revision;
        remember(revision.revision, canvas);
      } else problem = result.reason;
    }
    saved = next;
    // The pointer to the open canvas is written only once that canvas is itself saved.
    if (problem === null && savedCurrentId !== currentId && saved[currentId]) {
      attempted = true;
      const result = saveCurrentId(storage, currentId);
      if (result.ok) savedCurrentId = currentId;
      else problem = result.reason;
    }
    // Nothing was waiting, but saving was failing: ask storage again, so the warning goes once it works.
    if (!attempted && isRetryable(storageStatus.getState().saveProblem)) {
      attempted = true;
      problem = problemOf(probeWrite(storage));
    }
    if (attempted && storageStatus.getState().saveProblem !== problem) storageStatus.setState({ saveProblem: problem });
    retryWhileFailing();
    // A User Timing entry per save, read by the benchmark (bench/) and visible in DevTools.
    if (attempted) performance.measure(SAVE_MEASURE, { start: started });
  };

  // While saving fails (storage full, or refused for a while), it is tried again now and then as
  // well as at every change: once space is freed, everything not yet written is written.
  let retry: ReturnType<typeof setTimeout> | null = null;
  const retryWhileFailing = () => {
    if (retry !== null || !storage || !isRetryable(storageStatus.getState().saveProblem)) return;
    retry = setTimeout(() => {
      retry = null;
      flush();
    }, SAVE_RETRY_MS);
  };
  retryWhileFailing();

  /**
   * Two tabs can save the same canvas at nearly the same moment, before either hears of the
   * other: so just before writing, what storage holds is read again, and a version written by
   * another tab meanwhile is merged in (shown here too) rather than overwritten.
   */
  const withUnseenChanges = (ours: Canvas): Canvas | null | typeof WAITS_FOR_READER => {
    const known = savedText[ours.id];
    const stored = readCanvasText(storage, ours.id);
    if (known === undefined || stored === null || stored === known) return ours;
    const reader = documentReader();
    if (!reader) {
      // Reading it needs the document reader: this canvas is saved once that is open.
      loadDocumentReader().then(schedule, readerFailed);
      return WAITS_FOR_READER;
    }
    const result = reader.parseCanvasDocument(stored);
    // A newer Boom saved it: this tab's older format must not overwrite it (null: not written).
    if (!result.ok) return result.error.code === 'versionTooNew' ? null : ours;
    ours = keepTyping(result.canvas) ?? ours;
    const base = received(ours.id, stored, result.canvas, saved[ours.id]);
    const merged = merge(reader.mergeCopies(base ?? result.canvas, ours, result.canvas), fromElsewhere);
    canvases.receive(merged);
    return merged;
  };

  /**
   * Another tab's save (`theirs`) may delete a note of the open canvas that is being typed into
   * here: what is typed is saved into that note first, so the merge that follows keeps it (an edit
   * outlives a delete, see `mergeWithinLimits`) and this tab saves it again, for the other tab to
   * see. Only the editors of such notes close. Returns this tab's copy of the canvas after that.
   */
  const keepTyping = (theirs: Canvas): Canvas | undefined => {
    const { canvases: now, currentId } = canvases.current();
    const ours = now[theirs.id];
    // Deleted there: notes storage held when this tab last wrote or read it, gone from their save.
    const known = saved[theirs.id];
    if (!ours || !known || theirs.id !== currentId) return ours;
    const deleted = Object.keys(ours.notes).filter((id) => Object.hasOwn(known.notes, id) && !Object.hasOwn(theirs.notes, id));
    if (deleted.length > 0) canvases.commitEdits(deleted);
    return canvases.current().canvases[theirs.id];
  };

  // Saves wait for a quiet moment, but never longer than SAVE_MAX_WAIT_MS after the first unsaved change.
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    const now = Date.now();
    firstPending ??= now;
    const wait = Math.max(0, Math.min(SAVE_DELAY_MS, firstPending + SAVE_MAX_WAIT_MS - now));
    timer = setTimeout(flush, wait);
  };

  const unsubscribe = canvases.subscribe(schedule);
  const yieldToNewerTab = () => {
    if (yielded) return;
    // What is committed goes now. A note still being typed stays open (the user is typing):
    // accepting the update saves it, or puts the canvas in a file when nothing can be saved.
    flush();
    yielded = true;
    if (retry !== null) clearTimeout(retry);
    retry = null;
    // A save that failed just now says so; otherwise, that this tab saves no more.
    if (storageStatus.getState().saveProblem === null) storageStatus.setState({ saveProblem: 'newerTab' });
  };
  yieldRunning = yieldToNewerTab;
  // Leaving the page: open editors save into the canvases, then they are written at once.
  const saveNow = () => {
    canvases.commitEdits();
    flush();
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') saveNow();
  };
  // Another tab saved a canvas: show it here at once, merged with any edit this tab has not saved yet.
  const onStorage = (event: Pick<StorageEvent, 'key' | 'newValue'>) => {
    const id = event.key ? canvasIdOf(event.key) : null;
    if (id === null) return;
    const reader = documentReader();
    // Taken in once the document reader is open; later events wait behind it, so the order holds.
    if (!reader) return void loadDocumentReader().then(() => onStorage(event), readerFailed);
    // An event tells of a save that may have been written over since (two tabs saving at once:
    // each hears of the other's save after its own). What storage holds now is what counts: this
    // tab's own later write stands, and anything else is taken in as it is now. (Nothing there:
    // a later delete, whose own event follows, or a read that failed: the event is taken as it is.)
    const now = readCanvasText(storage, id);
    if (now !== null && now !== event.newValue) {
      if (now === savedText[id]) return;
      return onStorage({ key: event.key, newValue: now });
    }
    if (event.newValue === null) {
      // Deleted in another tab: it goes here too, unless this tab holds edits not yet saved,
      // including a note still being typed (then it is kept, and saved again).
      if (id === canvases.current().currentId) canvases.commitEdits();
      const ours = canvases.current().canvases[id];
      if (ours && ours === saved[id]) {
        const { [id]: _gone, ...rest } = saved;
        saved = rest;
        canvases.remove(id);
        storageStatus.setState((status) => ({ deletedElsewhere: [...status.deletedElsewhere, ours.title] }));
      }
      return;
    }
    const result = reader.parseCanvasDocument(event.newValue);
    if (!result.ok) return;
    const theirs = result.canvas;
    keepTyping(theirs);
    const ours = canvases.current().canvases[theirs.id];
    const base = received(theirs.id, event.newValue, theirs, saved[theirs.id]);
    const next = ours && base && ours !== base ? merge(reader.mergeCopies(base, ours, theirs), fromElsewhere) : theirs;
    saved = { ...saved, [theirs.id]: theirs };
    // Another tab's step, not this tab's: it is not undone from here (and undo here keeps it).
    canvases.receive(next);
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', onHide);
  // A new workspace (nothing saved yet) is written at once, so a reload finds the same canvas.
  schedule();

  return () => {
    if (retry !== null) clearTimeout(retry);
    flush();
    if (yieldRunning === yieldToNewerTab) yieldRunning = () => {};
    unsubscribe();
    window.removeEventListener('pagehide', saveNow);
    window.removeEventListener('storage', onStorage);
    document.removeEventListener('visibilitychange', onHide);
  };
}
