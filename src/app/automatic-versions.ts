/**
 * The versions Boom keeps by itself (store/version-keeping), started after the first screen, and
 * telling the person when one could not be kept (storage full, or no IndexedDB here): that
 * nothing was lost, with the canvas offered as a file instead.
 */
import type { Canvas } from '@/domain/schema';
import { startAutomaticVersions } from '@/store/version-keeping';
import { dismissVersionsProblem, useVersions } from '@/store/versions';

/** `startedWith`: the canvases as the app started (a change made before this runs is kept from them). */
export function startVersions(startedWith: Readonly<Record<string, Canvas>>, startedOn: string): () => void {
  const stopKeeping = startAutomaticVersions(startedWith, startedOn);
  const stopTelling = tellVersionProblems();
  return () => {
    stopKeeping();
    stopTelling();
  };
}

function tellVersionProblems(): () => void {
  return useVersions.subscribe((state, previous) => {
    const { problem } = state;
    if (!problem || problem === previous.problem) return;
    dismissVersionsProblem();
    import('@/features/versions/version-actions').then(
      ({ sayProblem }) => sayProblem(problem.problem, problem.canvas),
      (error: unknown) => console.error('Could not tell that a version was not kept:', error),
    );
  });
}
