/**
 * Polite announcements for screen readers ("Note deleted.") through one live region that the app
 * renders once (see LiveRegion). Kept outside React state so any handler can announce.
 */
import { create } from 'zustand';

interface AnnouncerState {
  message: string;
  /** Changes on every announcement so repeating the same words is still read out. */
  serial: number;
}

export const useAnnouncer = create<AnnouncerState>()(() => ({ message: '', serial: 0 }));

export function announce(message: string): void {
  useAnnouncer.setState((state) => ({ message, serial: state.serial + 1 }));
}
