/**
 * The board's words, given to its notes by their block: one translation hook per block rather
 * than several per note (a board may hold thousands of notes, and each hook costs memory).
 */
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';

export interface BoardText {
  t: TFunction;
  language: string;
}

export const BoardTextContext = createContext<BoardText | null>(null);

export function useBoardText(): BoardText {
  const text = useContext(BoardTextContext);
  if (!text) throw new Error('A note is drawn outside a block (no BoardTextContext).');
  return text;
}
