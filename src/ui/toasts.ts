/**
 * Short messages about what just happened (a file imported, a canvas deleted with "Undo", an
 * import refused). Problems stay until dismissed; confirmations go away by themselves.
 */
import { create } from 'zustand';

export interface Toast {
  id: number;
  /** `error` is read out at once (role="alert"); `info` politely (role="status"). */
  tone: 'error' | 'info';
  /** Called at each render, so the message follows a change of language. */
  text: () => string;
  action?: { label: () => string; run: () => void };
}

export const useToasts = create<{ toasts: Toast[] }>(() => ({ toasts: [] }));

let serial = 0;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

/** How long a confirmation stays; one with an action (Undo) stays longer. */
const INFO_MS = 8000;
const ACTION_MS = 20_000;

/** Shows a message; returns its id. A new error replaces an older one, so the newest problem is the one shown. */
export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = (serial += 1);
  useToasts.setState((state) => ({
    toasts: [...state.toasts.filter((old) => toast.tone !== 'error' || old.tone !== 'error'), { ...toast, id }].slice(-4),
  }));
  if (toast.tone === 'info') timers.set(id, setTimeout(() => dismissToast(id), toast.action ? ACTION_MS : INFO_MS));
  return id;
}

export function dismissToast(id: number): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
  useToasts.setState((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
}
