import { fetchFontsAhead, fetching, fontsAfterFirstScreen, language, reminding, storage } from '@/app/early-start';
import { pageReady } from '@/app/page-ready';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { rememberLanguage } from '@/app/language-sync';
import { startStorageSync } from '@/app/storage-sync';
import { startHistory } from '@/store/history';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { watchVersionMoments } from '@/store/versions';
import { initI18n } from '@/i18n/i18n';
import { afterFirstScreen, onFirstScreen } from '@/ui/idle';
import { loadNotesCode } from '@/features/canvas/notes-code';

/**
 * Starts the app once the language's strings (and, if storage holds canvases, the document reader)
 * are there. Not a top-level await: the chunks awaited import this one, which must finish first.
 */
async function start(): Promise<void> {
  // Saved canvases are read through the document reader; a new visitor's first screen needs none of it.
  // The first render measures the page styled (./app/page-ready): already so where the page's module
  // script runs after its stylesheet has loaded, as browsers run it; a safeguard otherwise.
  await Promise.all([fetching, pageReady()]);
  const [i18n, reminder] = await Promise.all([initI18n(language), reminding]);
  startHistory();
  watchVersionMoments();
  rememberLanguage(i18n, storage);
  startStorageSync(storage);
  // Persian notes on an English page are drawn in Vazirmatn's Arabic-script file (a Persian page asked for it already).
  if (language !== 'fa') {
    const persian = Object.values(selectCurrentCanvas(useCanvasStore.getState()).notes).find((note) => /[\u0600-\u06FF]/.test(note.text));
    if (persian) fetchFontsAhead(persian.text, [400]);
  }
  // Not in a first session: someone trying Boom out is not told to back up yet.
  reminder?.startBackupReminder(storage);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // An English first visit's font, asked for once the first screen is on screen (./app/early-start).
  if (fontsAfterFirstScreen) onFirstScreen(() => delete document.documentElement.dataset.fonts);
  // Once the first screen is on screen, never competing with it: the versions Boom keeps by itself
  // (from the canvases as they were loaded: nothing can have changed them before), and the service
  // worker (the app kept for offline use, updates offered) with tabs telling each other which
  // version they run.
  const startedWith = useCanvasStore.getState().canvases;
  const startedOn = new Date().toDateString();
  afterFirstScreen(() => {
    // The code that draws and writes notes, if the first screen had none: there before "Add note" is clicked.
    loadNotesCode().catch(console.error);
    import('@/app/automatic-versions').then(({ startVersions }) => void startVersions(startedWith, startedOn, storage), console.error);
    import('@/app/app-update').then(({ startUpdates }) => startUpdates(), console.error);
  });
}

start().catch((error: unknown) => {
  // Its code could not be fetched (a first visit that lost its connection, before the service worker
  // kept Boom for offline use): say so, in both languages.
  console.error(error);
  void pageReady().then(() => {
    document.getElementById('root')!.textContent =
      'Boom could not load. Please reload the page. · «بوم» بارگذاری نشد؛ لطفاً صفحه را دوباره بارگذاری کنید.';
  });
});
