/**
 * Short messages about what just happened (a file imported, a canvas deleted with "Undo", an
 * import refused). Problems stay until dismissed; confirmations go away by themselves, but not
 * while the pointer or focus is on them, so there is always time to press "Undo".
 */
import { create } from 'zustand';

export interface Toast {
  id: number;
  /** `error` is read out at once (role="alert"); `info` politely (a role="status" region). */
  tone: 'error' | 'info';
  /** Called at each render, so the message follows a change of language. */
  text: () => string;
  action?: { label: () => string; run: () => void };
}

export const useToasts = create<{ toasts: Toast[] }>(() => ({ toasts: [] }));

let serial = 0;

interface Timer {
  handle: ReturnType<typeof setTimeout> | null;
  remaining: number;
  startedAt: number;
}

const timers = new Map<number, Timer>();

/** How long a confirmation stays; one with an action (Undo) stays longer. */
const INFO_MS = 8000;
const ACTION_MS = 30_000;
/** The most messages shown at once; older ones without an action make way first. */
const MAX_SHOWN = 4;

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = (serial += 1);
  useToasts.setState((state) => {
    const toasts = [...state.toasts, { ...toast, id }];
    while (toasts.length > MAX_SHOWN) {
      const oldest = toasts.findIndex((old) => !old.action);
      const [dropped] = toasts.splice(oldest === -1 ? 0 : oldest, 1);
      if (dropped) clearTimer(dropped.id);
    }
    return { toasts };
  });
  if (toast.tone === 'info') {
    timers.set(id, { handle: null, remaining: toast.action ? ACTION_MS : INFO_MS, startedAt: 0 });
    resumeToast(id);
  }
  return id;
}

export function dismissToast(id: number): void {
  clearTimer(id);
  useToasts.setState((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
}

/** Holds a confirmation on screen (the pointer or focus is on it). */
export function pauseToast(id: number): void {
  const timer = timers.get(id);
  if (!timer || timer.handle === null) return;
  clearTimeout(timer.handle);
  timer.handle = null;
  timer.remaining = Math.max(0, timer.remaining - (Date.now() - timer.startedAt));
}

/** Lets a confirmation go away again, after the time it had left. */
export function resumeToast(id: number): void {
  const timer = timers.get(id);
  if (!timer || timer.handle !== null) return;
  timer.startedAt = Date.now();
  timer.handle = setTimeout(() => dismissToast(id), timer.remaining);
}

function clearTimer(id: number): void {
  const timer = timers.get(id);
  if (timer?.handle) clearTimeout(timer.handle);
  timers.delete(id);
}
