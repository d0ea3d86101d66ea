import { useEffect } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { CanvasBoard } from '@/features/canvas/CanvasBoard';
import { DropHint } from '@/features/files/DropHint';
import { PrintSheet } from '@/features/files/PrintSheet';
import { LazySharedTools, LazySharedView } from '@/features/files/LazySharedView';
import { useFileDrop } from '@/features/files/useFileDrop';
import { useSharedCanvas } from '@/features/files/useSharedCanvas';
import { VersionScreenWhenOpen } from '@/features/versions/HistoryButton';
import { followRoomLinks } from '@/features/workshop/room-marker';
import { RoomLayerWhenNeeded, RoomStatusWhenLive } from '@/features/workshop/WorkshopButton';
import { endPresentation, PresentationHost, PresentButton } from '@/features/presentation/PresentButton';
import { selectViewing, useCanvasStore } from '@/store/canvas-store';
import { selectJoining, useLiveRoom } from '@/store/live-room';
import { closeVersionView, useVersions } from '@/store/versions';
import { selectPresenting, useWorkshop } from '@/store/workshop';
import { LiveRegion } from '@/ui/LiveRegion';
import { Toasts } from '@/ui/Toasts';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { useHistoryShortcuts } from './HistoryButtons';
import { followCanvasLanguage } from './language-sync';
import './note-parts';
import { BLOCK_TOOLS } from './panels';
import { StorageNoticesWhenNeeded } from './storage-notices-slot';

// The canvas does not know the other features: the panels' buttons (in their blocks) are handed
// in here, a note's votes in ./note-parts.

/**
 * The app shell: header, notices, the canvas (or a canvas opened from a share link, read-only),
 * and the printed page. Features meet here and nowhere else.
 */
export function App() {
  const { t } = useTranslation();
  const shared = useSharedCanvas();
  // A version of the open canvas, or a comparison of two, shown in the canvas's place (read-only).
  const versionView = useVersions((state) => state.view);
  const versionCanvas = versionView?.kind === 'version' ? versionView.canvas : null;
  // Joined, but the room's canvas has not come yet: no canvas of the person's own is offered in its
  // place (nor a version of one, nor its presentation, when a room link opens over them).
  const joining = useLiveRoom(selectJoining);
  useEffect(() => {
    if (!joining) return;
    closeVersionView();
    if (selectPresenting(useWorkshop.getState())) endPresentation();
  }, [joining]);
  const currentId = useCanvasStore((state) => state.currentId);
  const viewOf = versionView === null ? null : versionView.kind === 'version' ? versionView.version.canvasId : versionView.canvasId;
  // Another canvas opened (by a file dropped, another tab, a room) takes the version's place.
  useEffect(() => {
    if (viewOf !== null && viewOf !== currentId) closeVersionView();
  }, [viewOf, currentId]);
  // A shared canvas opens in the language it was written in, unless the reader chose one.
  const sharedLanguage = shared?.status === 'ready' ? shared.canvas.language : undefined;
  useEffect(() => followCanvasLanguage(sharedLanguage), [sharedLanguage]);
  useHistoryShortcuts(shared === null && versionView === null && !joining);
  // A room link in the address: asked for a name, then joined (a live workshop).
  useEffect(() => followRoomLinks(), []);
  // Over a shared canvas a dropped file is not imported (the user is looking at someone else's canvas).
  const dragging = useFileDrop(shared === null && versionView === null && !joining);
  // Presenting hides the editing chrome (the header); the board shows the canvas large. A shared
  // canvas is presented read-only in the board, in place of the user's own (which stays untouched).
  const viewing = useCanvasStore(selectViewing);
  // A shared canvas presented read-only goes with its link (Back, or the address changed); a version with its view.
  useEffect(() => {
    if (shared === null && versionCanvas === null && viewing) endPresentation();
  }, [shared, versionCanvas, viewing]);
  const presenting = useWorkshop(selectPresenting) && ((shared === null && versionView === null) || viewing);
  const shownCanvas = shared?.status === 'ready' ? shared.canvas : versionCanvas;
  const inRoom = useLiveRoom((state) => state.room !== null);
  return (
    <>
      <div className="app" data-presenting={presenting || undefined} data-room={inRoom || undefined}>
        <ErrorBoundary feature="header">
          <AppHeader
            shared={shared !== null || versionView !== null || joining}
            label={
              shared === null && versionView
                ? t(versionView.kind === 'version' ? 'versions.viewLabel' : 'versions.compareLabel')
                : joining
                  ? t('room.joining')
                  : undefined
            }
            sharedTools={
              joining ? (
                <RoomStatusWhenLive />
              ) : (
                shownCanvas && <LazySharedTools canvas={shownCanvas} present={<PresentButton canvas={shownCanvas} />} />
              )
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
            {shared && !presenting ? (
              <LazySharedView shared={shared} />
            ) : (
              <>
                {versionView && !presenting && <VersionScreenWhenOpen />}
                <CanvasBoard blockTools={BLOCK_TOOLS} hidden={(versionView !== null && !presenting) || joining} />
              </>
            )}
          </ErrorBoundary>
          {dragging && <DropHint />}
          <div id="overlay-root" />
          <LiveRegion />
        </main>
      </div>
      <ErrorBoundary feature="canvas">
        <PrintSheet canvas={shared === null ? (versionCanvas ?? undefined) : shared.status === 'ready' ? shared.canvas : null} />
      </ErrorBoundary>
    </>
  );
}
