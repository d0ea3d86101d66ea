import { CanvasBoard } from '@/features/canvas/CanvasBoard';
import { LiveRegion } from '@/ui/LiveRegion';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { StorageNotices } from './StorageNotices';

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
          <CanvasBoard />
        </ErrorBoundary>
        <div id="overlay-root" />
        <LiveRegion />
      </main>
    </div>
  );
}
