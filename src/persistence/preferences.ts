/**
 * What the user chose, kept in the browser beside the canvases (the first screen's part; the
 * presentation's options and the export records are in ./presentation-prefs and ./export-records):
 *
 *   boom:language             the language the user chose
 *   boom:print                the paper last chosen for printing
 *
 * Each is read field by field: anything unreadable falls back to the default, never an error.
 */
import { STORAGE_PREFIX, writeItem as setItem, type KeyValueStorage, type SaveResult } from './storage-access';

export const LANGUAGE_KEY = `${STORAGE_PREFIX}language`;
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
    // A browser's language usually names its region (en-US); only a bare one (en) is filled out
    // with its likely region, whose data costs the first call 10 to 20 ms on a page's first load.
    const tag = new Intl.Locale(locale);
    region = tag.region ?? tag.maximize().region;
  } catch {
    region = undefined;
  }
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
