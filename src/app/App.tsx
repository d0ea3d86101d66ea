import { CanvasBoard } from '@/features/canvas/CanvasBoard';
import { ChannelsButton } from '@/features/channels/ChannelsButton';
import { RelationshipsButton } from '@/features/relationships/RelationshipsButton';
import { LiveRegion } from '@/ui/LiveRegion';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { StorageNotices } from './StorageNotices';

// The panels open from their blocks; the canvas does not know them, the app hands them in.
const BLOCK_TOOLS = { customerRelationships: <RelationshipsButton />, channels: <ChannelsButton /> };

/** The app shell: header, notices, the canvas. Features meet here and nowhere else. */
export function App() {
  return (
    <div className="app">
      <ErrorBoundary feature="header">
        <AppHeader />
      </ErrorBoundary>
      <main className="app-main">
        <StorageNotices />
        <ErrorBoundary feature="canvas">
          <CanvasBoard blockTools={BLOCK_TOOLS} />
        </ErrorBoundary>
        <div id="overlay-root" />
        <LiveRegion />
      </main>
    </div>
  );
}
