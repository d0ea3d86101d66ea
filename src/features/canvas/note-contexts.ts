/** What a note reads from the board it is drawn on: the parts other features draw, and whether it is only watched. */
import { createContext } from 'react';
import { NO_NOTE_PARTS, type NoteParts } from './note-parts';

export const NotePartsContext = createContext<NoteParts>(NO_NOTE_PARTS);

/** True when the board may only be watched (a live room's watch link): notes are shown, never edited or moved. */
export const BoardReadOnlyContext = createContext(false);
