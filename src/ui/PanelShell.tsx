import type { ReactNode } from 'react';
import type { JourneyModelId } from '@/domain/journey';
import type { Canvas, Note } from '@/domain/schema';
import { Dialog } from './Dialog';
import { JourneyModelSelect } from './JourneyModelSelect';
import { OtherModelMarks } from './OtherModelMarks';

interface PanelShellProps {
  /** The heading's id (the panel's sections build theirs from it). */
  titleId: string;
  title: string;
  intro: string;
  /** The canvas, and the block's notes the panel is about: the journey model applies to them. */
  canvas: Canvas;
  notes: readonly Note[];
  onJourneyModel: (model: JourneyModelId) => void;
  /** Wider, for a panel with a table (the channel map). */
  wide?: boolean;
  onClose: () => void;
  /** The side column: summaries and findings. */
  side: ReactNode;
  /** The main column. */
  children: ReactNode;
}

/**
 * A block's panel, as a modal dialog: its header (the block's name, what the panel is for, the
 * customer-journey model it maps onto and what is kept under another model), its main column
 * and, beside it on a wide screen, a side column.
 */
export function PanelShell({
  titleId,
  title,
  intro,
  canvas,
  notes,
  onJourneyModel,
  wide = false,
  onClose,
  side,
  children,
}: PanelShellProps) {
  return (
    <Dialog labelledBy={titleId} onClose={onClose} className={wide ? 'panel panel-wide' : 'panel'}>
      <div className="panel-header">
        <h2 id={titleId}>{title}</h2>
        <p className="panel-intro">{intro}</p>
        <JourneyModelSelect value={canvas.journeyModel} onChange={onJourneyModel} />
        <OtherModelMarks canvas={canvas} notes={notes} />
      </div>
      <div className="panel-body">
        <div className="panel-main">{children}</div>
        <aside className="panel-side">{side}</aside>
      </div>
    </Dialog>
  );
}
