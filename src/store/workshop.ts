/**
 * Workshop state that is not part of the canvas (and so not of undo, storage or files): whether
 * dot voting is on.
 */
import { create } from 'zustand';

export const useWorkshop = create<{ voting: boolean }>(() => ({ voting: false }));

export function setVoting(voting: boolean): void {
  useWorkshop.setState({ voting });
}
