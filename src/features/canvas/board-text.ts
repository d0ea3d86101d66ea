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
    group: t('notes:tools'),
    drag: t('notes:drag'),
    color: t('notes:color'),
    colorMenu: t('notes:colorMenu'),
    segments: t('notes:segments'),
    segmentsMenu: t('notes:segmentsMenu'),
    moveTo: t('notes:moveTo'),
    moveMenu: t('notes:moveMenu'),
    delete: t('notes:delete'),
    more: t('notes:more'),
    moreMenu: t('notes:moreMenu'),
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
