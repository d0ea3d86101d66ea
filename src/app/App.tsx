import { useEffect } from 'react';
import { CanvasBoard } from '@/features/canvas/CanvasBoard';
import { DropHint } from '@/features/files/DropHint';
import { PrintSheet } from '@/features/files/PrintSheet';
import { LazySharedTools, LazySharedView } from '@/features/files/LazySharedView';
import { useFileDrop } from '@/features/files/useFileDrop';
import { useSharedCanvas } from '@/features/files/useSharedCanvas';
import { NoteVotes, voteByKey } from '@/features/voting/NoteVotes';
import { followRoomLinks } from '@/features/workshop/room-marker';
import { RoomLayerWhenNeeded, RoomStatusWhenLive } from '@/features/workshop/WorkshopButton';
import { endPresentation, PresentationHost, PresentButton } from '@/features/presentation/PresentButton';
import { selectViewing, useCanvasStore } from '@/store/canvas-store';
import { useLiveRoom } from '@/store/live-room';
import { selectPresenting, useWorkshop } from '@/store/workshop';
import { LiveRegion } from '@/ui/LiveRegion';
import { Toasts } from '@/ui/Toasts';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { useHistoryShortcuts } from './HistoryButtons';
import { followCanvasLanguage } from './language-sync';
import { BLOCK_TOOLS } from './panels';
import { StorageNoticesWhenNeeded } from './storage-notices-slot';

// The canvas does not know the other features: the panels' buttons (in their blocks) and a note's
// votes are handed in here.
const NOTE_PARTS = { Votes: NoteVotes, onNoteKeyDown: voteByKey };

/**
 * The app shell: header, notices, the canvas (or a canvas opened from a share link, read-only),
 * and the printed page. Features meet here and nowhere else.
 */
export function App() {
  const shared = useSharedCanvas();
  // A shared canvas opens in the language it was written in, unless the reader chose one.
  const sharedLanguage = shared?.status === 'ready' ? shared.canvas.language : undefined;
  useEffect(() => followCanvasLanguage(sharedLanguage), [sharedLanguage]);
  useHistoryShortcuts(shared === null);
  // A room link in the address: asked for a name, then joined (a live workshop).
  useEffect(() => followRoomLinks(), []);
  // Over a shared canvas a dropped file is not imported (the user is looking at someone else's canvas).
  const dragging = useFileDrop(shared === null);
  // Presenting hides the editing chrome (the header); the board shows the canvas large. A shared
  // canvas is presented read-only in the board, in place of the user's own (which stays untouched).
  const viewing = useCanvasStore(selectViewing);
  // A shared canvas presented read-only goes with its link (Back, or the address changed).
  useEffect(() => {
    if (shared === null && viewing) endPresentation();
  }, [shared, viewing]);
  const presenting = useWorkshop(selectPresenting) && (shared === null || viewing);
  const inRoom = useLiveRoom((state) => state.room !== null);
  return (
    <>
      <div className="app" data-presenting={presenting || undefined} data-room={inRoom || undefined}>
        <ErrorBoundary feature="header">
          <AppHeader
            shared={shared !== null}
            sharedTools={
              shared?.status === 'ready' && <LazySharedTools canvas={shared.canvas} present={<PresentButton canvas={shared.canvas} />} />
            }
          />
        </ErrorBoundary>
        <main className="app-main">
          {presenting && <PresentationHost status={<RoomStatusWhenLive presenting />} />}
          <ErrorBoundary feature="notices">
            <StorageNoticesWhenNeeded />
            <RoomLayerWhenNeeded />
          </ErrorBoundary>
          <ErrorBoundary feature="notices">
            <div className="toasts">
              <Toasts />
            </div>
          </ErrorBoundary>
          <ErrorBoundary feature="canvas">
            {shared && !presenting ? <LazySharedView shared={shared} /> : <CanvasBoard blockTools={BLOCK_TOOLS} noteParts={NOTE_PARTS} />}
          </ErrorBoundary>
          {dragging && <DropHint />}
          <div id="overlay-root" />
          <LiveRegion />
        </main>
      </div>
      <ErrorBoundary feature="canvas">
        <PrintSheet canvas={shared === null ? undefined : shared.status === 'ready' ? shared.canvas : null} />
      </ErrorBoundary>
    </>
  );
}
