/**
 * The parts of a note that other features draw: its votes (features/voting), handed in by the app
 * (app/note-parts). The canvas does not know voting; it only leaves room for it. No React at run
 * time: the app's first module reads this (through ./notes-code) before React's code has come.
 */
import type { ComponentType, KeyboardEvent } from 'react';
import type { NoteVotesProps } from '@/ui/VoteDots';

export interface NoteParts {
  /** Drawn under a note's text while it has votes or voting is on. */
  Votes: ComponentType<NoteVotesProps>;
  /** A key on a note, before the note's own keys; true when it was used. */
  onNoteKeyDown: (event: KeyboardEvent<HTMLElement>, noteId: string) => boolean;
}

/** Without parts handed in (a board drawn on its own, in a test), a note has no votes to show. */
export const NO_NOTE_PARTS: NoteParts = { Votes: () => null, onNoteKeyDown: () => false };
