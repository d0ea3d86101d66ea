import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCK_IDS, STORY_ORDER, type BlockId } from '@/domain/blocks';
import { selectPresenting, stepBlock, useWorkshop } from '@/store/workshop';
import { Block, type PresentRole } from './Block';
import { whenIdle } from '@/ui/idle';
import { NARROW_SCREEN, useMediaQuery } from '@/ui/useMediaQuery';
import './canvas.css';

interface CanvasBoardProps {
  /** Extra tools shown in a block, under its name (the panels' buttons, provided by the app). */
  blockTools?: Partial<Record<BlockId, ReactNode>>;
}

const loadDragLayer = () => import('./DragLayer');
const DragLayer = lazy(() => loadDragLayer().then((module) => ({ default: module.DragLayer })));

/** The nine blocks, laid out as the canvas; notes can be dragged within and between them. */
export function CanvasBoard({ blockTools = {} }: CanvasBoardProps) {
  const { t } = useTranslation();
  const stacked = useMediaQuery(NARROW_SCREEN);
  const presenting = useWorkshop(selectPresenting);
  const presented = useWorkshop((state) => stepBlock(state.step));
  const dragging = useDragLayerAfterFirstScreen();
  const order = stacked ? STORY_ORDER : BLOCK_IDS;
  const roleOf = (blockId: BlockId): PresentRole | undefined =>
    !presenting ? undefined : presented === null ? 'overview' : presented === blockId ? 'current' : 'dimmed';

  return (
    <>
      <div
        className={stacked ? 'board' : 'board canvas-grid'}
        data-layout={stacked ? 'stacked' : 'canvas'}
        data-presenting={presenting ? (presented ?? 'overview') : undefined}
        aria-label={t('app.canvasLabel')}
        role="group"
      >
        {order.map((blockId) => (
          <Block key={blockId} blockId={blockId} tools={blockTools[blockId]} present={roleOf(blockId)} />
        ))}
      </div>
      {dragging && (
        // Until the layer is there (a moment), notes are read, edited and moved by menu as usual.
        <Suspense fallback={null}>
          <DragLayer presenting={presenting} />
        </Suspense>
      )}
    </>
  );
}

/**
 * Dragging (dnd-kit) is not needed to show the canvas: its code is fetched in the first quiet
 * moment after the board is on screen (a few milliseconds, at most a quarter second later), so
 * the first screen's code stays small. The drag handles say they cannot act until then.
 */
function useDragLayerAfterFirstScreen(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
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
  }, []);
  return loaded;
}
