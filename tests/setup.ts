import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { initI18n, loadLanguage } from '@/i18n/i18n';
import { translator } from '@/i18n/translator';
import '@/app/note-parts';
import { loadNotesCode } from '@/features/canvas/notes-code';
import { loadDocumentReader } from '@/persistence/document-reader';
import { resetCanvasStore } from '@/store/canvas-store';
import { resetHistory, startHistory } from '@/store/history';
import { useWorkshop } from '@/store/workshop';
import { loadMenuCode } from '@/ui/MenuButton';
import { resetToasts } from '@/ui/toasts';

// A busy machine may take seconds to load a panel's code: findBy… waits that long (no test is about speed).
configure({ asyncUtilTimeout: 10_000 });

// Both languages' strings are there from the start, so a test can switch without waiting for a fetch.
await initI18n('en');
await loadLanguage('fa');
// The app opens the document reader before reading stored canvases (main.tsx); tests read them at will.
await loadDocumentReader();
// The app fetches the code that draws notes with the first screen or right after it (main.tsx),
// with the parts of a note the app hands in (its votes: app/note-parts).
await loadNotesCode();
// …and a menu's as the pointer or focus comes to its button (ui/MenuButton).
await loadMenuCode();
// The app starts recording its user's changes at start-up (main.tsx).
startHistory();

// jsdom has <dialog> but not its modal methods; these do what the tests rely on (open, close, cancel).
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom lays nothing out, so it has no scrollIntoView: bringing an element into view does nothing here.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}

beforeEach(async () => {
  globalThis.localStorage?.clear();
  resetCanvasStore();
  resetHistory();
  resetToasts();
  useWorkshop.setState({ voting: false, step: null });
  if (translator.language !== 'en') await translator.changeLanguage('en');
});

afterEach(() => {
  cleanup();
});
