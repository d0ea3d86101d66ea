/**
 * The app's first module to run (main.tsx imports it first): it picks the language, whose strings
 * are in the page (i18n/page-strings), and when storage holds canvases starts fetching the document
 * reader and the code that draws notes before React and the rest of the first screen's code have
 * even been run. So it imports nothing that needs React or the first screen's other code.
 */
import { loadNotesCode } from '@/features/canvas/notes-code';
import { APP_STRINGS, pickLanguage } from '@/i18n/languages';
import { loadDocumentReader } from '@/persistence/document-reader';
import { browserStorage, hasStoredCanvases } from '@/persistence/local-storage';
import { loadLanguage } from '@/persistence/preferences';
import { stylesLoaded } from './page-ready';

export const storage = browserStorage();

export const language = pickLanguage(loadLanguage(storage), navigator.languages ?? [navigator.language]);

/** Whether this browser kept canvases from an earlier visit (else this is a first session). */
export const returning = hasStoredCanvases(storage);

/**
 * The first screen's strings and, for saved canvases, the document reader and the code that draws
 * notes (all awaited by main). A first visit's canvas has no notes: that code comes after.
 */
export const fetching = Promise.all([APP_STRINGS[language](), returning ? loadDocumentReader() : null, returning ? loadNotesCode() : null]);
// Main reports a failure when it awaits this: not before, as unhandled.
fetching.catch(() => undefined);

/**
 * The backup reminder, for returning visitors only (someone trying Boom out is not told to back up
 * yet); on the first screen already. Fetched with the rest rather than after it: asked for once
 * the strings had come, its code held a saved canvas back by another round trip.
 */
export const reminding = returning ? import('./backup-reminder') : null;
reminding?.catch(() => undefined);

/**
 * Asks for Vazirmatn's files that `text` is drawn in, ahead of the board's first layout: arriving
 * after it, they laid the whole board out a second time (30 ms more before a 1,000-note canvas
 * showed). Only for saved canvases: a first visit's empty canvas does not wait for the fonts, and
 * on a slow line fetching them sooner would only hold up the code.
 */
export function fetchFontsAhead(text: string, weights: readonly number[] = [400, 700]): void {
  if (!returning || !document.fonts) return;
  // Only once the stylesheet that declares the font faces has loaded: asked before, nothing is fetched.
  void stylesLoaded().then(() => {
    for (const weight of weights) void document.fonts.load(`${weight} 1em Vazirmatn`, text).catch(() => undefined);
  });
}

// The page's own words: Latin letters, and Persian's too on a Persian page.
fetchFontsAhead(language === 'fa' ? 'بوم Boom' : 'Boom');

/**
 * Whether Vazirmatn waits until the first screen is on screen (main lifts the wait): on an English
 * first visit, whose empty canvas is drawn as well in its metric twin (styles/base.css), so the
 * font's files do not share a slow line with the code that draws it. A Persian page, whose letters
 * have no twin, and a saved canvas, which would be laid out again when they come, ask for them at once.
 */
export const fontsAfterFirstScreen = !returning && language !== 'fa';
if (fontsAfterFirstScreen) document.documentElement.dataset.fonts = 'after-first-screen';
