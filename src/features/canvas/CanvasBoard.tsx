import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { BLOCK_IDS, STORY_ORDER, type BlockId } from '@/domain/blocks';
import { selectWatching, useLiveRoom } from '@/store/live-room';
import { selectPresenting, stepBlock, useWorkshop } from '@/store/workshop';
import { selectCurrentCanvas, useCanvasStore, useHasNotes } from '@/store/canvas-store';
import { provideBoardPlaces } from '@/store/board-places';
import { canvasBoardPlaces } from './board-places';
import { Block, BLOCK_BODY, type PresentRole } from './Block';
import { BoardReadOnlyContext } from './note-contexts';
import { overviewColumns } from './overview-layout';
import { whenIdle } from '@/ui/idle';
import { NARROW_SCREEN, useMediaQuery } from '@/ui/useMediaQuery';
import { useFitTogether, type FitRange } from '@/ui/useFitText';
import './canvas.css';

interface CanvasBoardProps {
  /** Extra tools shown in a block, under its name (the panels' buttons, provided by the app). */
  blockTools?: Partial<Record<BlockId, ReactNode>>;
  /**
   * Kept but not shown (a version is looked at in its place): coming back is at once, and a large
   * canvas is not drawn afresh each way.
   */
  hidden?: boolean;
}

const loadDragLayer = () => import('./DragLayer');
const DragLayer = lazy(() => loadDragLayer().then((module) => ({ default: module.DragLayer })));

/**
 * The overview's note text (CSS px on a 1920×1080 screen), one size for every block: the largest
 * at which every note of the canvas shows, down to the least that stays readable across a room.
 */
const OVERVIEW_TEXT: FitRange = { min: 14, max: 30 };

/** The nine blocks, laid out as the canvas; notes can be dragged within and between them. */
export function CanvasBoard({ blockTools = {}, hidden = false }: CanvasBoardProps) {
  const { t } = useTranslation();
  const stacked = useMediaQuery(NARROW_SCREEN);
  const presenting = useWorkshop(selectPresenting);
  const currentId = useCanvasStore((state) => state.currentId);
  const readOnly = useLiveRoom((state) => selectWatching(state, currentId));
  const presented = useWorkshop((state) => stepBlock(state.step));
  const dragging = useDragLayerAfterFirstScreen();
  // The other parts of the app reach the board's places through the store while it is on screen.
  useEffect(() => provideBoardPlaces(canvasBoardPlaces), []);
  const order = stacked ? STORY_ORDER : BLOCK_IDS;
  const roleOf = (blockId: BlockId): PresentRole | undefined =>
    !presenting ? undefined : presented === null ? 'overview' : presented === blockId ? 'current' : 'dimmed';
  const board = useRef<HTMLDivElement>(null);
  const overview = presenting && presented === null;
  const unfit = useOverviewFit(board, overview && !stacked);
  // The overview widens the columns whose notes need it (computed only while it shows).
  const columns = useCanvasStore((state) => (overview && !stacked ? overviewColumns(selectCurrentCanvas(state)) : undefined));

  return (
    <BoardReadOnlyContext value={readOnly}>
      <div
        ref={board}
        className={stacked ? 'board' : 'board canvas-grid'}
        data-layout={stacked ? 'stacked' : 'canvas'}
        data-presenting={presenting ? (presented ?? 'overview') : undefined}
        style={{ gridTemplateColumns: columns }}
        aria-label={t('app.canvasLabel')}
        role="group"
        hidden={hidden}
      >
        {order.map((blockId) => (
          <Block key={blockId} blockId={blockId} tools={blockTools[blockId]} present={roleOf(blockId)} readOnly={readOnly} />
        ))}
      </div>
      {/* On the page for the whole overview, so a screen reader hears the count when it comes. */}
      {overview && (
        <p className="overview-unfit" role="status">
          {unfit > 0 && t('block.notShown', { count: unfit })}
        </p>
      )}
      {dragging && (
        // Until the layer is there (a moment), notes are read, edited and moved by menu as usual.
        <Suspense fallback={null}>
          <DragLayer presenting={presenting || readOnly} />
        </Suspense>
      )}
    </BoardReadOnlyContext>
  );
}

const blockBodies = (board: HTMLElement) => [...board.querySelectorAll<HTMLElement>(`.${BLOCK_BODY}`)];

/**
 * The overview fits the whole canvas at one text size; how many notes it could not show even at
 * the least size (those blocks scroll), so the presenter can be told.
 */
function useOverviewFit(board: RefObject<HTMLDivElement | null>, active: boolean): number {
  const [unfit, setUnfit] = useState(0);
  const onFitted = useCallback((overflowing: HTMLElement[]) => {
    let count = 0;
    for (const body of overflowing) {
      const bottom = body.getBoundingClientRect().bottom;
      for (const note of body.querySelectorAll('.notes .note')) if (note.getBoundingClientRect().bottom > bottom + 1) count += 1;
    }
    setUnfit(count);
  }, []);
  useFitTogether(board, active ? OVERVIEW_TEXT : null, blockBodies, onFitted);
  return active ? unfit : 0;
}

/**
 * Dragging (dnd-kit) is not needed to show the canvas: its code is fetched in the first quiet
 * moment after the board is on screen with a note on it (a few milliseconds, at most a quarter
 * second later), so the first screen's code stays small, and a first visit's empty canvas
 * fetches none until its first note. The drag handles say they cannot act until then.
 */
function useDragLayerAfterFirstScreen(): boolean {
  const [loaded, setLoaded] = useState(false);
  const wanted = useHasNotes() || loaded;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const cancel = whenIdle(() => {
      // Fetched before it is rendered, so the layer appears in one step.
      loadDragLayer().then(
        () => live && setLoaded(true),
        (error: unknown) => console.error('Dragging notes is not available:', error),
      );
    }, 250);
    return () => {
      live = false;
      cancel();
    };
  }, [wanted]);
  return loaded;
}
