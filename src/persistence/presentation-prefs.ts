/**
 * The presentation's options, kept beside the canvases:
 *
 *   boom:presentation         presentation options (high contrast, timer length, time-up signal)
 *
 * Read field by field: anything unreadable falls back to the default, never an error.
 */
import { STORAGE_PREFIX, writeItem as setItem, type KeyValueStorage, type SaveResult } from './storage-access';

const PRESENTATION_KEY = `${STORAGE_PREFIX}presentation`;

export interface PresentationPrefs {
  highContrast: boolean;
  /** Minutes on each block's timer; 0 when the timer is off. */
  timerMinutes: number;
  /** A flash of the screen and/or a chime when a block's time is up. */
  timeUp: TimeUpSignal;
}

/** What happens when a block's time is up, besides the timer saying so. */
export const TIME_UP_SIGNALS = ['none', 'flash', 'sound', 'both'] as const;
export type TimeUpSignal = (typeof TIME_UP_SIGNALS)[number];

export const DEFAULT_PRESENTATION_PREFS: PresentationPrefs = { highContrast: false, timerMinutes: 0, timeUp: 'none' };

/** The presentation options last chosen; anything unreadable falls back to the defaults, field by field. */
export function loadPresentationPrefs(storage: KeyValueStorage | null): PresentationPrefs {
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(PRESENTATION_KEY) ?? 'null');
  } catch {
    saved = null;
  }
  const fields = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const minutes = fields.timerMinutes;
  return {
    highContrast: typeof fields.highContrast === 'boolean' ? fields.highContrast : DEFAULT_PRESENTATION_PREFS.highContrast,
    timerMinutes:
      typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 0 && minutes <= 120
        ? minutes
        : DEFAULT_PRESENTATION_PREFS.timerMinutes,
    timeUp: TIME_UP_SIGNALS.find((signal) => signal === fields.timeUp) ?? DEFAULT_PRESENTATION_PREFS.timeUp,
  };
}

export function savePresentationPrefs(storage: KeyValueStorage | null, prefs: PresentationPrefs): SaveResult {
  return setItem(storage, PRESENTATION_KEY, JSON.stringify(prefs));
}
