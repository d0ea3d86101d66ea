import { useEffect, useSyncExternalStore } from 'react';
import { missingCode } from '@/ui/missing-code';
import { loadedNotesCode, loadNotesCode, subscribeNotesCode, type NotesCode } from './notes-code';

const none = () => null;

/**
 * The notes' code once it is here (null until then); `needed`: there are notes to draw, or one to
 * write, so it is asked for now. Not needed, it stays null: the code arriving after a first visit's
 * first screen does not draw its nine empty blocks again (40 ms on a slow phone).
 */
export function useNotesCode(needed: boolean): NotesCode | null {
  const snapshot = needed ? loadedNotesCode : none;
  const code = useSyncExternalStore(subscribeNotesCode, snapshot, snapshot);
  useEffect(() => {
    if (!code && needed) loadNotesCode().catch(missingCode);
  }, [code, needed]);
  return code;
}
