/**
 * A canvas's versions as the app works with them: what is shown instead of the editor while a
 * version is open or two are compared, and the moments Boom keeps one by itself. Keeping, listing
 * and reading them (./version-keeping, with the storage code and IndexedDB's wrapper) load when
 * first needed, never with the first screen.
 */
import { create } from 'zustand';
import { isPristine } from '@/domain/canvas';
import type { Canvas } from '@/domain/schema';
import type { VersionReason } from '@/domain/versions';
import type { VersionMeta, VersionsProblem } from '@/persistence/versions';
import { selectOpenCanvas, useCanvasStore } from './canvas-store';
import { useLiveRoom } from './live-room';
import { useWorkshop } from './workshop';

export type { VersionMeta, VersionsProblem };

/** One side of a comparison: a version, or the canvas as it is now. */
export type CompareSide = { kind: 'version'; version: VersionMeta; canvas: Canvas } | { kind: 'now' };

/** What is shown in place of the editor: a version, read-only, or two sides compared. */
export type VersionView =
  | { kind: 'version'; version: VersionMeta; canvas: Canvas }
  | { kind: 'compare'; canvasId: string; earlier: CompareSide; later: CompareSide };

export interface VersionsState {
  view: VersionView | null;
  /** Goes up each time a version is kept or let go, so lists read the versions again. */
  revision: number;
  /** The last version that could not be kept, and why, until the person has read it. */
  problem: { reason: VersionReason; problem: VersionsProblem; canvas: Canvas } | null;
}

export const useVersions = create<VersionsState>(() => ({ view: null, revision: 0, problem: null }));

/** Shows a version read-only in place of the editor. */
export function openVersion(version: VersionMeta, canvas: Canvas): void {
  useVersions.setState({ view: { kind: 'version', version, canvas } });
}

/** Shows what changed between two sides (the earlier first) in place of the editor. */
export function compareVersions(canvasId: string, earlier: CompareSide, later: CompareSide): void {
  useVersions.setState({ view: { kind: 'compare', canvasId, earlier, later } });
}

/** Back to the editor. */
export function closeVersionView(): void {
  if (useVersions.getState().view) useVersions.setState({ view: null });
}

export function dismissVersionsProblem(): void {
  useVersions.setState({ problem: null });
}

/**
 * The moments Boom keeps a version at that may come at any time, even in the first seconds: a
 * presentation of one's own canvas ends (not a shared link's or a version's, shown read-only;
 * not a presenter followed), a live room ends (for everyone in it). Watched from the start; the
 * code that keeps versions loads when one comes. Returns a function that stops.
 */
export function watchVersionMoments(): () => void {
  const keep = (canvas: Canvas | undefined, reason: 'presentation' | 'workshop') => {
    if (!canvas || isPristine(canvas)) return;
    import('./version-keeping')
      .then(({ keepVersion }) => keepVersion(canvas, reason))
      .catch((error: unknown) => console.error('Could not keep a version:', error));
  };
  const stopPresentation = useWorkshop.subscribe((state, previous) => {
    if (previous.step === null || state.step !== null || previous.followed) return;
    const { viewing } = useCanvasStore.getState();
    if (viewing === null) keep(selectOpenCanvas(useCanvasStore.getState()), 'presentation');
  });
  const stopRoom = useLiveRoom.subscribe((state, previous) => {
    const canvasId = previous.room?.canvasId;
    if (!canvasId || state.room !== null) return;
    const { canvases } = useCanvasStore.getState();
    keep(Object.hasOwn(canvases, canvasId) ? canvases[canvasId] : undefined, 'workshop');
  });
  return () => {
    stopPresentation();
    stopRoom();
  };
}
