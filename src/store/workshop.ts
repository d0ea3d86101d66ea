/**
 * Workshop state that is not part of the canvas (and so not of undo, storage or files): whether
 * dot voting is on, and where a presentation is.
 */
import { create } from 'zustand';
import { STORY_ORDER, type BlockId } from '@/domain/blocks';
import { useCanvasStore } from './canvas-store';

/**
 * A presentation's steps: the whole canvas, each block in the storytelling order, and the whole
 * canvas again to close.
 */
export const PRESENTATION_STEPS: readonly (BlockId | 'overview')[] = ['overview', ...STORY_ORDER, 'overview'];

export const LAST_STEP = PRESENTATION_STEPS.length - 1;

interface WorkshopState {
  voting: boolean;
  /** The presentation's step (an index of PRESENTATION_STEPS), or null when not presenting. */
  step: number | null;
}

export const useWorkshop = create<WorkshopState>(() => ({ voting: false, step: null }));

export function setVoting(voting: boolean): void {
  useWorkshop.setState({ voting });
}

export function startPresenting(): void {
  useWorkshop.setState({ step: 0 });
}

/** Ends a presentation; a canvas shown read-only for it (a shared link's) goes with it. */
export function stopPresenting(): void {
  useWorkshop.setState({ step: null });
  useCanvasStore.getState().viewCanvas(null);
}

/** Goes to a step (kept within the presentation); does nothing when not presenting. */
export function goToStep(step: number): void {
  if (useWorkshop.getState().step === null) return;
  useWorkshop.setState({ step: Math.min(LAST_STEP, Math.max(0, step)) });
}

/** The block a step shows enlarged, or null for the overview (and when not presenting). */
export function stepBlock(step: number | null): BlockId | null {
  if (step === null) return null;
  const shown = PRESENTATION_STEPS[step];
  return shown === undefined || shown === 'overview' ? null : shown;
}

export const selectPresenting = (state: WorkshopState) => state.step !== null;
