/**
 * The parts of a note that other features draw: its votes (features/voting), handed in by the app
 * through CanvasBoard's `noteParts`. The canvas does not know voting; it only leaves room for it.
 */
import { createContext, type ComponentType, type KeyboardEvent } from 'react';
import type { NoteVotesProps } from '@/ui/VoteDots';

export interface NoteParts {
  /** Drawn under a note's text while it has votes or voting is on. */
  Votes: ComponentType<NoteVotesProps>;
  /** A key on a note, before the note's own keys; true when it was used. */
  onNoteKeyDown: (event: KeyboardEvent<HTMLElement>, noteId: string) => boolean;
}

/** Without parts handed in (a board drawn on its own, in a test), a note has no votes to show. */
export const NO_NOTE_PARTS: NoteParts = { Votes: () => null, onNoteKeyDown: () => false };

export const NotePartsContext = createContext<NoteParts>(NO_NOTE_PARTS);

/** True when the board may only be watched (a live room's watch link): notes are shown, never edited or moved. */
export const BoardReadOnlyContext = createContext(false);
