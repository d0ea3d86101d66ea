/**
 * Undo and redo of every change to the canvases: notes, panels, titles, imports, deletes. A step
 * is recorded from the changes the store announces (./changes), so every action is covered without
 * each one knowing; only the user's own (`local`) are steps: what other tabs send, loading from
 * storage and undo itself are not.
 *
 * Undo does not paste an old snapshot back: it reverts the step's own change on top of what is
 * there now (a three-way merge per canvas), so an edit that arrived from another tab since is kept.
 */
import { create } from 'zustand';
import { sameData } from '@/domain/same-data';
import type { Canvas } from '@/domain/schema';
import { documentReader } from '@/persistence/document-reader';
import { canvasActions, useCanvasStore } from './canvas-store';
import { onCanvasChange, type Workspace } from './changes';
import { commitPendingEdits } from './pending-edits';

/** Steps kept; the oldest go first. */
export const HISTORY_LIMIT = 200;
/** Changes to the same thing closer together than this are one step (typing a title is one step). */
export const COALESCE_MS = 1000;

interface Step {
  before: Workspace;
  after: Workspace;
  /** What the step changed, to tell whether the next change continues it. */
  signature: string | null;
  at: number;
}

export const useHistory = create<{ canUndo: boolean; canRedo: boolean }>(() => ({ canUndo: false, canRedo: false }));

let past: Step[] = [];
let future: Step[] = [];
let now: () => number = () => Date.now();
let stop: (() => void) | null = null;

const publish = () => useHistory.setState({ canUndo: past.length > 0, canRedo: future.length > 0 });

/** Starts recording the user's changes (once; the app's start and the tests' set-up call it). */
export function startHistory(): void {
  stop ??= onCanvasChange(({ origin, before, after }) => {
    if (origin === 'local' && after.canvases !== before.canvases) record(before, after);
  });
}

/** Forgets every step (a fresh start; tests). `clock` replaces the time source for tests. */
export function resetHistory(clock: () => number = () => Date.now()): void {
  past = [];
  future = [];
  now = clock;
  publish();
}

function record(before: Workspace, after: Workspace): void {
  const step: Step = { before, after, signature: signatureOf(before.canvases, after.canvases), at: now() };
  const last = past[past.length - 1];
  if (
    last &&
    step.signature !== null &&
    last.signature === step.signature &&
    step.at - last.at < COALESCE_MS &&
    last.after.canvases === before.canvases
  ) {
    last.after = after;
    last.at = step.at;
  } else {
    past.push(step);
    if (past.length > HISTORY_LIMIT) past.shift();
  }
  future = [];
  publish();
}

/** Whether the last undo or redo changed anything (see `undo`). */
let lastChanged = false;
export const lastStepChanged = () => lastChanged;

/**
 * Takes back the last step. Returns false when there is none. A step whose change is gone already
 * (a note someone else in the room deleted since, a canvas another tab kept) is taken back all
 * the same but changes nothing: `lastStepChanged()` then says so, for the person to be told.
 */
export function undo(): boolean {
  commitPendingEdits();
  return move(past, future, (step) => apply(step.after, step.before));
}

/** Does again the last step undone. Returns false when there is none (see `undo`). */
export function redo(): boolean {
  commitPendingEdits();
  return move(future, past, (step) => apply(step.before, step.after));
}

function move(from: Step[], to: Step[], take: (step: Step) => boolean): boolean {
  const step = from.pop();
  if (!step) return false;
  lastChanged = take(step);
  to.push(step);
  publish();
  return true;
}

/**
 * Moves the store from `from` to `to` for the canvases that step changed, keeping everything else
 * as it is now. Returns false when that changes nothing (the store is left alone).
 */
function apply(from: Workspace, to: Workspace): boolean {
  const { canvases, currentId } = useCanvasStore.getState();
  const next: Record<string, Canvas> = { ...canvases };
  for (const id of new Set([...Object.keys(from.canvases), ...Object.keys(to.canvases)])) {
    const was = from.canvases[id];
    const target = to.canvases[id];
    if (was === target) continue;
    const current = canvases[id];
    // Changed by the step but gone now: another tab deleted it since, and that delete stands.
    if (was && target && !current) continue;
    // Taken away by the step (deleted, or the untouched canvas an import replaced) but here again
    // now: another tab kept it, with what it added since. That copy stands; putting back the one
    // the step took away would show an old copy, and save it over the other tab's.
    if (!was && target && current) continue;
    if (!target) delete next[id];
    else if (!was || current === was) next[id] = target;
    else next[id] = merge(was, current!, target);
  }
  const ids = new Set([...Object.keys(canvases), ...Object.keys(next)]);
  if ([...ids].every((id) => sameContent(canvases[id], next[id]))) return false;
  // Show where the change happened: the canvas that was open at that point, if it is still here.
  const open = [to.currentId, currentId].find((id) => Object.hasOwn(next, id)) ?? Object.keys(next)[0];
  if (!open) return false;
  canvasActions().setWorkspace({ canvases: next, currentId: open }, 'undo');
  return true;
}

/** The same canvas, whenever it was last changed (a merge that changes nothing still writes a time). */
function sameContent(a: Canvas | undefined, b: Canvas | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return sameData({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });
}

/**
 * Takes the step back (or again) on top of what another tab changed since. Such a change came
 * through the document reader, which merges (its code comes with it); without the reader nothing
 * came from elsewhere, and the step's own copy stands.
 */
function merge(was: Canvas, current: Canvas, target: Canvas): Canvas {
  const reader = documentReader();
  return reader ? reader.mergeCopies(was, current, target).canvas : target;
}

/**
 * What a change touched, when it is typing: one canvas, nothing added, removed or moved, and only
 * text changed (the title, a note's text, a measure's name…), in the same places as the step
 * before. Null for anything else (a vote, a tick, a move), which is always a step of its own.
 */
function signatureOf(before: Record<string, Canvas>, after: Record<string, Canvas>): string | null {
  const changed = Object.keys(after).filter((id) => after[id] !== before[id]);
  if (changed.length !== 1 || Object.keys(before).length !== Object.keys(after).length) return null;
  const id = changed[0]!;
  const was = before[id];
  const is = after[id]!;
  if (!was || was.blocks !== is.blocks || was.journeyModel !== is.journeyModel || was.integrationLevel !== is.integrationLevel) {
    return null;
  }
  const paths: string[] = was.title !== is.title ? ['title'] : [];
  for (const noteId of Object.keys(is.notes)) {
    if (is.notes[noteId] === was.notes[noteId]) continue;
    const leaves = changedText(was.notes[noteId], is.notes[noteId], noteId);
    if (leaves === null) return null;
    paths.push(...leaves);
  }
  return paths.length ? `${id}|${paths.sort().join('|')}` : null;
}

/** The paths of the strings that differ between two values of the same shape; null if anything but text differs. */
function changedText(a: unknown, b: unknown, path: string): string[] | null {
  if (typeof a === 'string' && typeof b === 'string') return a === b ? [] : [path];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return a === b ? [] : null;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: string[] = [];
  for (const key of keys) {
    const inner = changedText((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (inner === null) return null;
    out.push(...inner);
  }
  return out;
}
