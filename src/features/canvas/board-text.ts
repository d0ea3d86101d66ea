/**
 * The board's words, given to its notes by their block: one translation hook per block rather
 * than several per note, and the words every note's tools carry looked up once (a board may hold
 * thousands of notes; each hook costs memory, each lookup time).
 */
import { createContext, useContext } from 'react';
import type { TFunction } from '@/i18n/translator';

export interface BoardText {
  t: TFunction;
  language: string;
  /** The names of a note's tools, the same on every note. */
  tools: ReturnType<typeof toolNames>;
}

export function toolNames(t: TFunction) {
  return {
    group: t('note.tools'),
    drag: t('note.drag'),
    color: t('note.color'),
    colorMenu: t('note.colorMenu'),
    segments: t('note.segments'),
    segmentsMenu: t('note.segmentsMenu'),
    moveTo: t('note.moveTo'),
    moveMenu: t('note.moveMenu'),
    delete: t('note.delete'),
    more: t('note.more'),
    moreMenu: t('note.moreMenu'),
    addVote: t('voting.add'),
    removeVote: t('voting.remove'),
  };
}

export const BoardTextContext = createContext<BoardText | null>(null);

export function useBoardText(): BoardText {
  const text = useContext(BoardTextContext);
  if (!text) throw new Error('A note is drawn outside a block (no BoardTextContext).');
  return text;
}
