/**
 * The day's versions Boom keeps by itself (store/version-keeping), started after the first
 * screen, and telling the person when one could not be kept (storage full, or no IndexedDB here): that
 * nothing was lost, with the canvas offered as a file instead.
 */
import type { Canvas } from '@/domain/schema';
import { keepsAnythingOf, loadVersionOrphans, saveVersionOrphans } from '@/persistence/version-orphans';
import type { KeyValueStorage } from '@/persistence/storage-access';
import { useCanvasStore } from '@/store/canvas-store';
import { countVersions, forgetVersionsOf, startDailyVersions } from '@/store/version-keeping';
import { dismissVersionsProblem, useVersions, type VersionsState } from '@/store/versions';

/** How long a deleted canvas's versions wait before they go: long past its Undo, in any tab. */
const ORPHANS_WAIT_MS = 24 * 60 * 60 * 1000;

/**
 * `startedWith`: the canvases as the app started (a change made before this runs is kept from
 * them). Also lets go of the versions of canvases deleted for good (see forgetDeletedCanvases).
 */
export function startVersions(
  startedWith: Readonly<Record<string, Canvas>>,
  startedOn: string,
  storage: KeyValueStorage | null,
): () => void {
  void forgetDeletedCanvases(storage).catch((error: unknown) => console.error('Could not tidy the versions of deleted canvases:', error));
  const stopKeeping = startDailyVersions(startedWith, startedOn);
  const stopTelling = tellVersionProblems();
  return () => {
    stopKeeping();
    stopTelling();
  };
}

/** Says each problem keeping a version, one left before this started too. */
function tellVersionProblems(): () => void {
  const tell = (problem: VersionsState['problem']) => {
    if (!problem) return;
    dismissVersionsProblem();
    import('@/features/versions/version-actions').then(
      ({ sayProblem }) => sayProblem(problem.problem, problem.canvas),
      (error: unknown) => console.error('Could not tell that a version was not kept:', error),
    );
  };
  tell(useVersions.getState().problem);
  return useVersions.subscribe((state, previous) => {
    if (state.problem !== previous.problem) tell(state.problem);
  });
}

/**
 * The versions of a canvas that is no longer here (deleted; nothing of it kept aside) go once it
 * has been missing at two starts a day apart: an Undo in another tab, or a canvas kept aside as
 * unreadable, keeps them.
 */
async function forgetDeletedCanvases(storage: KeyValueStorage | null, now = Date.now()): Promise<void> {
  if (!storage) return;
  const present = useCanvasStore.getState().canvases;
  const seen = loadVersionOrphans(storage);
  const missing: Record<string, string> = {};
  const gone: string[] = [];
  for (const id of (await countVersions()).keys()) {
    if (Object.hasOwn(present, id) || keepsAnythingOf(storage, id)) continue;
    const since = Date.parse(seen[id] ?? '');
    if (Number.isFinite(since) && now - since >= ORPHANS_WAIT_MS) gone.push(id);
    else missing[id] = seen[id] ?? new Date(now).toISOString();
  }
  if (gone.length > 0) await forgetVersionsOf(gone);
  saveVersionOrphans(storage, missing);
}
