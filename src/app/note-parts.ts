/**
 * The parts of a note that other features draw, handed in to the canvas, which does not know them:
 * a note's votes. Their code comes with the notes' own (features/canvas/notes-code), not with the
 * first screen.
 */
import { provideNoteParts } from '@/features/canvas/notes-code';

provideNoteParts(() =>
  import('@/features/voting/NoteVotes').then(({ NoteVotes, voteByKey }) => ({ Votes: NoteVotes, onNoteKeyDown: voteByKey })),
);
