/**
 * Keeping, listing and reading a canvas's versions (persistence/versions), for History and for
 * the moments Boom keeps one by itself (./versions). Loaded only when first needed.
 */
import { sameData } from '@/domain/same-data';
import type { LoadError } from '@/domain/load-errors';
import type { Canvas, FileVersion } from '@/domain/schema';
import type { VersionReason } from '@/domain/versions';
import type { SaveVersionResult, VersionMeta, VersionsProblem } from '@/persistence/versions';
import { isPristine } from '@/domain/canvas';
import { onCanvasChange } from './changes';
import { useVersions } from './versions';

const storage = () => import('@/persistence/versions');

const bump = () => useVersions.setState((state) => ({ revision: state.revision + 1 }));

/** The canvas's data that says what it holds (when it was last changed aside). */
const content = ({ updatedAt: _updated, ...rest }: Canvas) => rest;

export type KeepResult = SaveVersionResult | { ok: true; version: null; thinned: 0 };

interface KeepOptions {
  /** A name given by the person; an automatic version has none. */
  name?: string;
  /** Whose version it is, when not the canvas's own (a file imported beside it). */
  canvasId?: string;
  /** Only when no version of the canvas was kept today yet (the daily one). */
  firstToday?: boolean;
  /** Leave a failure in `problem` for the app to tell (false: the caller tells it). */
  report?: boolean;
}

/**
 * Keeps `canvas` as a version. One Boom makes by itself is not kept when the newest version says
 * the same already (`version: null` then). A failure is left in `problem` for the app to tell.
 */
export async function keepVersion(canvas: Canvas, reason: VersionReason, options: KeepOptions = {}): Promise<KeepResult> {
  const { name = '', canvasId = canvas.id, firstToday = false, report = true } = options;
  let code: Awaited<ReturnType<typeof storage>>;
  try {
    code = await storage();
  } catch (error) {
    console.error('Could not load the code that keeps versions:', error);
    if (report) useVersions.setState({ problem: { reason, problem: 'unavailable', canvas } });
    return { ok: false, problem: 'unavailable' };
  }
  const now = new Date();
  if (reason !== 'saved') {
    const [newest] = await code.listVersions(canvasId);
    if (newest && firstToday && new Date(newest.at).toDateString() === now.toDateString()) return { ok: true, version: null, thinned: 0 };
    const kept = newest ? await code.readVersion(newest.id) : null;
    if (kept?.ok && sameData(content(kept.canvas), content(canvas))) return { ok: true, version: null, thinned: 0 };
  }
  const result = await code.saveVersion(canvas, reason, name, now.toISOString(), canvasId);
  if (result.ok) bump();
  else if (report) useVersions.setState({ problem: { reason, problem: result.problem, canvas } });
  return result;
}

/** A canvas's versions as its file carries them, newest first. */
export async function versionsForFile(canvasId: string): Promise<FileVersion[]> {
  return (await storage()).versionsForFile(canvasId);
}

/** Keeps the versions a file brought as versions of canvas `canvasId`. */
export async function saveFileVersions(
  canvasId: string,
  versions: readonly FileVersion[],
): Promise<{ saved: number; problem: VersionsProblem | null }> {
  const result = await (await storage()).saveFileVersions(canvasId, versions);
  if (result.saved > 0) bump();
  return result;
}

/** A canvas's versions, newest first. */
export async function listVersions(canvasId: string): Promise<VersionMeta[]> {
  return (await storage()).listVersions(canvasId);
}

/** How many versions each canvas has. */
export async function countVersions(): Promise<Map<string, number>> {
  return (await storage()).countVersions();
}

/** Lets go of every version of the canvases `canvasIds` (deleted for good). */
export async function forgetVersionsOf(canvasIds: readonly string[]): Promise<number> {
  return (await storage()).forgetVersionsOf(canvasIds);
}

export async function deleteVersion(id: string): Promise<void> {
  await (await storage()).deleteVersion(id);
  bump();
}

/** A version's canvas, read through the one door; an error when it is no longer readable or gone. */
export async function readVersion(version: VersionMeta): Promise<{ ok: true; canvas: Canvas } | { ok: false; error: LoadError | null }> {
  const result = await (await storage()).readVersion(version.id);
  if (!result) return { ok: false, error: null };
  return result.ok ? { ok: true, canvas: result.canvas } : { ok: false, error: result.error };
}

/**
 * The version Boom keeps of each canvas as it was before its first change of the day
 * (`startedWith`: the canvases as the app started, on `startedOn`: this starts after the first
 * screen). The other moments are watched from the start (./versions, `watchVersionMoments`).
 * Returns a function that stops.
 */
export function startDailyVersions(startedWith: Readonly<Record<string, Canvas>> = {}, startedOn = new Date().toDateString()): () => void {
  const checked = new Set<string>();
  return onCanvasChange(({ origin, before, after }) => {
    if ((origin !== 'local' && origin !== 'undo') || before.canvases === after.canvases) return;
    const today = new Date().toDateString();
    for (const [id, earlier] of Object.entries(before.canvases)) {
      const later = after.canvases[id];
      if (!later || later === earlier || checked.has(`${id}:${today}`)) continue;
      checked.add(`${id}:${today}`);
      // Changed before this started: the canvas as the day's work found it.
      const canvas = today === startedOn && Object.hasOwn(startedWith, id) ? startedWith[id]! : earlier;
      if (isPristine(canvas)) continue;
      keepVersion(canvas, 'daily', { firstToday: true }).catch((error: unknown) => console.error('Could not keep a version:', error));
    }
  });
}
