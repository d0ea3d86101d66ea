/**
 * Workshop state that is not part of the canvas (and so not of undo, storage or files): whether
 * dot voting is on, and where a presentation is.
 */
import { create } from 'zustand';
import type { SharedTimer } from '@/domain/room';
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
  /** The timer of the block shown, as the presentation runs it here (a live room shares it). */
  timer: SharedTimer | null;
  /**
   * Set while this screen follows a live room's presenter: the presenter's timer, shown here as it
   * runs there. Null when presenting oneself, or looking around freely.
   */
  followed: { timer: SharedTimer | null } | null;
}

export const useWorkshop = create<WorkshopState>(() => ({ voting: false, step: null, timer: null, followed: null }));

/** The presentation says how its timer stands (for a live room to share). */
export function publishTimer(timer: SharedTimer | null): void {
  const current = useWorkshop.getState().timer;
  if (current?.left !== timer?.left || current?.since !== timer?.since) useWorkshop.setState({ timer });
}

/** Shows the presenter's step and timer here (a live room's participant following them). */
export function followPresenter(presentation: { step: number; timer: SharedTimer | null }): void {
  useWorkshop.setState({ step: Math.min(LAST_STEP, Math.max(0, presentation.step)), followed: { timer: presentation.timer } });
}

/** Stops following the presenter: the presentation stays where it is, to be looked around freely. */
export function stopFollowing(): void {
  if (useWorkshop.getState().followed) useWorkshop.setState({ followed: null });
}

export function setVoting(voting: boolean): void {
  useWorkshop.setState({ voting });
}

export function startPresenting(): void {
  useWorkshop.setState({ step: 0 });
}

/** Ends a presentation; a canvas shown read-only for it (a shared link's) goes with it. */
export function stopPresenting(): void {
  useWorkshop.setState({ step: null, timer: null, followed: null });
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
