/**
 * A canvas's versions as the app works with them: what is shown instead of the editor while a
 * version is open or two are compared. Keeping, listing and reading them, and the moments Boom
 * keeps one by itself (./version-keeping, with the storage code and IndexedDB's wrapper), load
 * after the first screen.
 */
import { create } from 'zustand';
import type { Canvas } from '@/domain/schema';
import type { VersionReason } from '@/domain/versions';
import type { VersionMeta, VersionsProblem } from '@/persistence/versions';

export type { VersionMeta, VersionsProblem };

/** One side of a comparison: a version, or the canvas as it is now. */
export type CompareSide = { kind: 'version'; version: VersionMeta; canvas: Canvas } | { kind: 'now' };

/** What is shown in place of the editor: a version, read-only, or two sides compared. */
export type VersionView =
  | { kind: 'version'; version: VersionMeta; canvas: Canvas }
  | { kind: 'compare'; canvasId: string; earlier: CompareSide; later: CompareSide };

interface VersionsState {
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
