import { translator } from '@/i18n/translator';
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import type { Canvas } from '@/domain/schema';
import { canvasActions, useHasNotes } from '@/store/canvas-store';
import { boardPlaces } from '@/store/board-places';
import { selectPresenting, startPresenting, stopPresenting, useWorkshop } from '@/store/workshop';
import { PresentIcon } from '@/ui/icons';
import { useShortcut } from '@/ui/shortcuts';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { lazyDialog, usePreload } from '@/ui/lazy-dialog';
import { showToast } from '@/ui/toasts';
import { enterFullScreen, isFullScreen, leaveFullScreen } from './fullscreen';

// The presentation's own screen (its bar, keys, timer, note box) loads when a presentation starts.
const Presentation = lazyDialog(() => import('./Presentation'));

/**
 * Starts a presentation: the whole screen when the browser allows it, else the whole window.
 * With `canvas` (one that is not the user's: a shared link's), that canvas is shown, read-only.
 */
async function present(canvas?: Canvas): Promise<void> {
  if (canvas) canvasActions().viewCanvas(canvas);
  // With the presentation's code here (fetched ahead, see below), the board and the presentation's
  // bar change in one commit, and a large canvas is fitted to the screen once.
  startPresenting();
  const full = await enterFullScreen();
  const stillPresenting = useWorkshop.getState().step !== null;
  // Ended (Escape) before the browser granted full screen: give the screen back.
  if (full && !stillPresenting) leaveFullScreen();
  if (!full && stillPresenting) {
    showToast({ tone: 'info', duringPresentation: true, text: () => translator.t('present.noFullScreen', { key: 'F11' }) });
  }
}

export function endPresentation(): void {
  leaveFullScreen();
  stopPresenting();
}

/**
 * The header's "Present" button; P (outside text boxes) does the same. Focus comes back here at
 * the end. With `canvas`, it presents that canvas (a shared link's) instead of the open one.
 */
export function PresentButton({ canvas }: { canvas?: Canvas }) {
  const { t } = useTranslation();
  const presenting = useWorkshop(selectPresenting);
  const button = useRef<HTMLButtonElement>(null);
  // The presentation's code comes in the first quiet moment once there are notes to show (opening
  // a canvas and presenting it is how a workshop starts), or as the pointer or focus nears the button.
  const shownHasNotes = useHasNotes();
  const intent = usePreload(Presentation, canvas ? Object.keys(canvas.notes).length > 0 : shownHasNotes, { soon: true });
  // The header is shown again in the same render that ends the presentation.
  const wasPresenting = useRef(false);
  useEffect(() => {
    if (wasPresenting.current && !presenting) button.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
  useShortcut(['present'], () => {
    // A note being moved by keyboard is finished (dropped or cancelled) first.
    if (boardPlaces.isDragging() || useWorkshop.getState().step !== null) return false;
    void present(canvas);
  });
  return (
    <button
      ref={button}
      type="button"
      className="toolbar-button"
      title={`${t('present.button')} (P)`}
      onClick={() => void present(canvas)}
      {...intent}
    >
      <PresentIcon />
      <span>{t('present.button')}</span>
    </button>
  );
}

/**
 * Where a presentation happens, over the canvas: the presentation's screen while presenting. The
 * way out lives here, outside the lazily loaded part, so Escape ends a presentation even if that
 * part failed to load; so does leaving full screen by the browser's own means.
 */
/** `status`: shown in the presentation's bar, as the header (where it is otherwise) is hidden: a live room's state. */
export function PresentationHost({ status }: { status?: ReactNode }) {
  const presenting = useWorkshop(selectPresenting);
  useEffect(() => {
    if (!presenting) return;
    const wasFull = { current: isFullScreen() };
    const boxOpen = () => document.querySelector('dialog[open]') !== null;
    /**
     * Whether the note box was open as full screen was left. The browser tells of it at its next
     * frame, which on a busy device can come after the person's next keys (Enter, Escape closing
     * the box): the first key or click after leaving is where the box is still as it was.
     */
    let boxOpenAsLeft: boolean | null = null;
    const beforeInput = () => {
      if (boxOpenAsLeft === null && wasFull.current && !isFullScreen()) boxOpenAsLeft = boxOpen();
    };
    const onFullScreenChange = () => {
      // Where Escape is the browser's (no keyboard lock), pressing it in the note box leaves full
      // screen: the presentation then goes on in the window, with the box as it was.
      if (wasFull.current && !isFullScreen() && !(boxOpenAsLeft ?? boxOpen())) endPresentation();
      wasFull.current = isFullScreen();
      boxOpenAsLeft = null;
    };
    document.addEventListener('fullscreenchange', onFullScreenChange);
    for (const type of ['keydown', 'pointerdown'] as const) addEventListener(type, beforeInput, { capture: true });
    return () => {
      document.removeEventListener('fullscreenchange', onFullScreenChange);
      for (const type of ['keydown', 'pointerdown'] as const) removeEventListener(type, beforeInput, { capture: true });
    };
  }, [presenting]);
  // Escape ends it, from a text box too; a dialog over it (the note box) closes first.
  useShortcut(['presentExit'], endPresentation, { enabled: presenting, inTextFields: true });
  if (!presenting) return null;
  // The boundary is inside the host, so Escape still ends a presentation whose screen failed.
  return (
    <ErrorBoundary feature="presentation">
      <Suspense fallback={null}>
        <Presentation onClose={endPresentation} status={status} />
      </Suspense>
    </ErrorBoundary>
  );
}
