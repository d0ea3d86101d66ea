import { lazy, Suspense, type ReactNode } from 'react';
import { useHasNotes } from '@/store/canvas-store';
import { missingCode } from '@/ui/missing-code';
import { usePreload } from '@/ui/lazy-dialog';
import { useStorageStatus, type StorageStatus } from './storage-sync';

const loadNotices = () => import('./StorageNotices').then((module): { default: () => ReactNode } => ({ default: module.StorageNotices }));
// Should their code not come (ui/missing-code), that is said instead.
const StorageNotices = lazy(() =>
  loadNotices().catch((error: unknown) => {
    missingCode(error);
    return { default: (): ReactNode => null };
  }),
);
const notices = { preload: () => void loadNotices().catch(() => undefined) };

const anyNotice = (status: StorageStatus) =>
  status.saveProblem !== null ||
  status.unreadable.length > 0 ||
  status.migrated.length > 0 ||
  status.keptBackups.length > 0 ||
  status.deletedElsewhere.length > 0 ||
  status.notKept.length > 0;

/**
 * The notices about saved data, drawn only when there is one: most visits have none, so their
 * code is not part of the first screen. It is fetched in a quiet moment all the same once the
 * canvas has notes to lose, so a save that fails later (storage full, say) is told at once.
 */
export function StorageNoticesWhenNeeded() {
  const needed = useStorageStatus(anyNotice);
  usePreload(notices, useHasNotes());
  return needed ? (
    <Suspense fallback={null}>
      <StorageNotices />
    </Suspense>
  ) : null;
}
