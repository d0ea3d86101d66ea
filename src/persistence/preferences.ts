/**
 * What the user chose, kept in the browser beside the canvases:
 *
 *   boom:language             the language the user chose
 *   boom:presentation         presentation options (high contrast, timer length, time-up signal)
 *   boom:print                the paper last chosen for printing
 *   boom:exports              per canvas: when it was last exported, a signature of it then, and
 *                             how many changes the last backup reminder was at
 *
 * Each is read field by field: anything unreadable falls back to the default, never an error.
 */
import type { Signature } from '@/domain/backup';
import { STORAGE_PREFIX, writeItem as setItem, type KeyValueStorage, type SaveResult } from './storage-access';

export const LANGUAGE_KEY = `${STORAGE_PREFIX}language`;
const PRESENTATION_KEY = `${STORAGE_PREFIX}presentation`;
const EXPORTS_KEY = `${STORAGE_PREFIX}exports`;
const PRINT_KEY = `${STORAGE_PREFIX}print`;

export function loadLanguage(storage: KeyValueStorage | null): string | null {
  try {
    return storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function saveLanguage(storage: KeyValueStorage | null, language: string): SaveResult {
  return setItem(storage, LANGUAGE_KEY, language);
}

export interface ExportRecord {
  /** When the canvas was last exported as a file; null if never (the reminder was still counted). */
  at: string | null;
  signature: Signature;
  /** Changes since the export when the user was last reminded. */
  remindedAt: number;
}

/** Export records by canvas id; anything unreadable is left out (at worst, a reminder comes early). */
export function loadExportRecords(storage: KeyValueStorage | null): Record<string, ExportRecord> {
  try {
    const saved = JSON.parse(storage?.getItem(EXPORTS_KEY) ?? '{}') as unknown;
    if (typeof saved !== 'object' || saved === null) return {};
    const records: Record<string, ExportRecord> = {};
    for (const [id, record] of Object.entries(saved as Record<string, Partial<ExportRecord>>)) {
      if (typeof record !== 'object' || record === null || typeof record.signature !== 'object' || record.signature === null) continue;
      const signature = Object.fromEntries(Object.entries(record.signature).filter(([, value]) => typeof value === 'number'));
      records[id] = {
        at: typeof record.at === 'string' ? record.at : null,
        signature,
        remindedAt: typeof record.remindedAt === 'number' ? record.remindedAt : 0,
      };
    }
    return records;
  } catch {
    return {};
  }
}

export function saveExportRecord(storage: KeyValueStorage | null, canvasId: string, record: ExportRecord): SaveResult {
  const records = { ...loadExportRecords(storage), [canvasId]: record };
  return setItem(storage, EXPORTS_KEY, JSON.stringify(records));
}

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

/** The papers Boom prints on: office sizes, and posters for a workshop wall. */
export const PAPERS = ['a4', 'letter', 'a3', 'a2', 'a1', 'a0'] as const;
export type Paper = (typeof PAPERS)[number];

/**
 * The paper last chosen for printing; before any choice, US Letter where it is the usual paper
 * (the United States, Canada, Mexico, the Philippines and a few more), else A4.
 */
export function loadPaper(storage: KeyValueStorage | null, locale: string): Paper {
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(PRINT_KEY) ?? 'null');
  } catch {
    saved = null;
  }
  const paper = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>).paper : undefined;
  return PAPERS.find((known) => known === paper) ?? defaultPaper(locale);
}

export function savePaper(storage: KeyValueStorage | null, paper: Paper): SaveResult {
  return setItem(storage, PRINT_KEY, JSON.stringify({ paper }));
}

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR']);

function defaultPaper(locale: string): Paper {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
