import { createContext } from 'react';
import type { BlockLists } from '@/domain/schema';

/**
 * While a note is dragged, the board shows the note lists as they would be after the drop
 * (the store is changed once, on drop). Null when nothing is being dragged.
 */
export const DragItemsContext = createContext<BlockLists | null>(null);
