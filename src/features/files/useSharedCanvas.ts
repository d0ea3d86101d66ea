import { useEffect } from 'react';
import { create } from 'zustand';
import type { Canvas } from '@/domain/schema';
import type { LoadError } from '@/domain/load-errors';
import type { LoadResult } from '@/persistence/canvas-document';
import { isShareFragment } from '@/persistence/share-marker';
import { commitPendingEdits } from '@/store/pending-edits';

export type SharedCanvas = { status: 'loading' } | { status: 'ready'; canvas: Canvas } | { status: 'failed'; error: LoadError };

// Known at once from the address, so the editor never flashes up before a shared canvas.
const useShared = create<{ shared: SharedCanvas | null }>(() => ({
  shared: typeof location !== 'undefined' && isShareFragment(location.hash) ? { status: 'loading' } : null,
}));

let serial = 0;

/** Reads the share link in the address bar, if any (on start and whenever the fragment changes). */
async function readLocation(): Promise<void> {
  const hash = location.hash;
  const mine = (serial += 1);
  if (!isShareFragment(hash)) {
    useShared.setState({ shared: null });
    return;
  }
  // The editor goes away: a note still being typed is saved first.
  commitPendingEdits();
  useShared.setState({ shared: { status: 'loading' } });
  // It never throws; should fetching the code that reads it fail, that is said too, never a page waiting for ever.
  const result = await import('@/persistence/share-link')
    .then(({ readShareFragment }) => readShareFragment(hash))
    .catch((): LoadResult => ({ ok: false, error: { code: 'unexpected' } }));
  if (mine !== serial) return;
  useShared.setState({ shared: result.ok ? { status: 'ready', canvas: result.canvas } : { status: 'failed', error: result.error } });
}

/** The shared canvas the page was opened with, or null for the editor. */
export function useSharedCanvas(): SharedCanvas | null {
  useEffect(() => {
    void readLocation();
    const onHashChange = () => void readLocation();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return useShared((state) => state.shared);
}

/** Leaves the shared view for the editor, taking the link out of the address bar (and history's current entry). */
export function closeSharedCanvas(): void {
  serial += 1;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  useShared.setState({ shared: null });
}
