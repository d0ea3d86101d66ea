/**
 * Short messages about what just happened (a file imported, a canvas deleted with "Undo", an
 * import refused). Problems stay until dismissed; confirmations go away by themselves, but not
 * while the pointer or focus is on them, so there is always time to press "Undo". At most two are
 * shown at once, and only one of them a problem (a problem left on screen never holds back an
 * "Undo"); the others wait their turn (nothing is dropped), and while a presentation is on the
 * projector, confirmations wait for it to end.
 */
import { create } from 'zustand';

export interface Toast {
  id: number;
  /** `error` is read out at once (role="alert"); `info` politely (a role="status" region). */
  tone: 'error' | 'info';
  /** Called at each render, so the message follows a change of language. */
  text: () => string;
  action?: { label: () => string; run: () => void };
  /** About the presentation itself (it fell back to the window): shown while presenting too. */
  duringPresentation?: boolean;
  /** A confirmation worth reading whole (where a copy was kept): it stays until dismissed. */
  stays?: boolean;
}

export const useToasts = create<{ toasts: Toast[] }>(() => ({ toasts: [] }));

/** Messages waiting for room (or for a presentation to end), oldest first. */
let waiting: Toast[] = [];
/** While any reason holds them (a presentation, a note being dragged), confirmations wait. */
const holders = new Set<string>();
let holdingConfirmations = false;

let serial = 0;

interface Timer {
  handle: ReturnType<typeof setTimeout> | null;
  remaining: number;
  startedAt: number;
}

const timers = new Map<number, Timer>();
/** What holds a confirmation's attention: the pointer on it, focus inside it. */
export type Attention = 'pointer' | 'focus';
/** Confirmations the pointer or focus is on: their time stands still until both have left. */
const attended = new Map<number, Set<Attention>>();

/** How long a confirmation stays; one with an action (Undo) stays longer. */
const INFO_MS = 8000;
const ACTION_MS = 30_000;
/** The most messages shown at once, and the most problems among them; the others wait. */
export const MAX_SHOWN = 2;
const MAX_PROBLEMS_SHOWN = 1;

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = (serial += 1);
  waiting = [...waiting, { ...toast, id }];
  showWaiting();
  return id;
}

/** Brings waiting messages on screen while there is room, problems first. */
function showWaiting(): void {
  const shown = [...useToasts.getState().toasts];
  const ready = waiting.filter((toast) => !(holdingConfirmations && isHeld(toast))).sort((a, b) => rank(a) - rank(b));
  const coming: Toast[] = [];
  let problems = shown.filter((toast) => toast.tone === 'error').length;
  for (const toast of ready) {
    if (shown.length + coming.length >= MAX_SHOWN) break;
    if (toast.tone === 'error' && problems >= MAX_PROBLEMS_SHOWN) continue;
    if (toast.tone === 'error') problems += 1;
    coming.push(toast);
  }
  if (coming.length === 0) return;
  waiting = waiting.filter((toast) => !coming.includes(toast));
  useToasts.setState({ toasts: [...shown, ...coming] });
  for (const toast of coming) {
    if (toast.tone !== 'info' || toast.stays) continue;
    timers.set(toast.id, { handle: null, remaining: toast.action ? ACTION_MS : INFO_MS, startedAt: 0 });
    startTimer(toast.id);
  }
}

const rank = (toast: Toast) => (toast.tone === 'error' ? 0 : 1);
const isHeld = (toast: Toast) => toast.tone === 'info' && !toast.duringPresentation;

/**
 * Holds confirmations back for a reason (a presentation has started, so nothing comes over
 * the projected canvas; a note is being dragged, so the canvas does not move under it) or lets
 * them come once no reason is left. Those on screen when a presentation starts wait too, and come
 * back whole afterwards.
 */
export function holdConfirmations(hold: boolean, reason: 'presentation' | 'drag' = 'presentation'): void {
  if (hold) holders.add(reason);
  else holders.delete(reason);
  holdingConfirmations = holders.size > 0;
  // A presentation takes those on screen off too; a drag keeps those on screen as they are, their
  // time standing still (one going away would move the canvas under the note as much as one coming).
  if (reason === 'drag') {
    for (const toast of useToasts.getState().toasts) (hold ? stopTimer : startTimer)(toast.id);
  }
  if (hold && reason === 'presentation') {
    const held = useToasts.getState().toasts.filter(isHeld);
    for (const toast of held) clearTimer(toast.id);
    waiting = [...held, ...waiting];
    useToasts.setState((state) => ({ toasts: state.toasts.filter((toast) => !isHeld(toast)) }));
  }
  showWaiting();
}

export function dismissToast(id: number): void {
  clearTimer(id);
  waiting = waiting.filter((toast) => toast.id !== id);
  useToasts.setState((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
  showWaiting();
}

/** Forgets every message, shown or waiting (tests, a fresh start). */
export function resetToasts(): void {
  for (const id of timers.keys()) clearTimer(id);
  attended.clear();
  waiting = [];
  holders.clear();
  holdingConfirmations = false;
  useToasts.setState({ toasts: [] });
}

/** Holds a confirmation on screen while the pointer, or focus, is on it. */
export function pauseToast(id: number, by: Attention): void {
  attended.set(id, (attended.get(id) ?? new Set()).add(by));
  stopTimer(id);
}

/** The pointer or focus has left a confirmation: once neither is on it, it goes after the time it had left. */
export function resumeToast(id: number, by: Attention): void {
  const still = attended.get(id);
  still?.delete(by);
  if (still?.size) return;
  attended.delete(id);
  startTimer(id);
}

function stopTimer(id: number): void {
  const timer = timers.get(id);
  if (!timer || timer.handle === null) return;
  clearTimeout(timer.handle);
  timer.handle = null;
  timer.remaining = Math.max(0, timer.remaining - (Date.now() - timer.startedAt));
}

/** Runs a confirmation's time on, unless someone is on it or a note is being dragged. */
function startTimer(id: number): void {
  const timer = timers.get(id);
  if (!timer || timer.handle !== null || attended.has(id) || holders.has('drag')) return;
  timer.startedAt = Date.now();
  timer.handle = setTimeout(() => dismissToast(id), timer.remaining);
}

function clearTimer(id: number): void {
  const timer = timers.get(id);
  if (timer?.handle) clearTimeout(timer.handle);
  timers.delete(id);
  attended.delete(id);
}
