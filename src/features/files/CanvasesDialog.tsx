import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './files-namespace';
import { useShallow } from 'zustand/react/shallow';
import { countNotes } from '@/domain/canvas';
import { LIMITS } from '@/domain/limits';
import type { Canvas } from '@/domain/schema';
import { formatDateTime } from '@/i18n/format';
import { loadErrorText } from '@/i18n/load-error';
import { canvasActions, selectCanvasList, useCanvasStore } from '@/store/canvas-store';
import { Dialog } from '@/ui/Dialog';
import { PlusIcon } from '@/ui/icons';
import { showToast } from '@/ui/toasts';
import { displayTitle } from './file-actions';
import { EXAMPLES, loadExample, type ExampleId } from './examples';

/** Every canvas kept in this browser: open, rename, duplicate, delete (with undo), start a new one or an example. */
export default function CanvasesDialog({ onClose }: { onClose: () => void }) {
  const { i18n } = useTranslation();
  const { t: tf } = useTranslation('files');
  const headingId = useId();
  const canvases = useCanvasStore(useShallow(selectCanvasList));
  const currentId = useCanvasStore((state) => state.currentId);
  const listRef = useRef<HTMLUListElement>(null);

  const startNew = () => {
    canvasActions().createCanvas();
    onClose();
  };

  const openExample = async (id: ExampleId) => {
    const result = await loadExample(id, i18n.language);
    if (!result.ok) {
      const error = result.error;
      showToast({ tone: 'error', text: () => tf('canvases.exampleFailed', { reason: loadErrorText(error) }) });
      return;
    }
    canvasActions().addCanvas(result.canvas, { fresh: true });
    const title = displayTitle(result.canvas);
    showToast({ tone: 'info', text: () => tf('canvases.exampleOpened', { title }) });
    onClose();
  };

  return (
    <Dialog labelledBy={headingId} onClose={onClose} className="panel canvases-dialog">
      <div className="panel-header">
        <h2 id={headingId}>{tf('canvases.title')}</h2>
        <p className="panel-intro">{tf('canvases.intro')}</p>
      </div>
      <div className="canvases-body">
        <section className="canvases-mine" aria-labelledby={`${headingId}-mine`}>
          <div className="canvases-section-head">
            <h3 id={`${headingId}-mine`}>{tf('canvases.mine', { count: canvases.length })}</h3>
            <button type="button" className="button" onClick={startNew}>
              <PlusIcon />
              <span>{tf('canvases.new')}</span>
            </button>
          </div>
          <ul ref={listRef} className="canvas-list">
            {canvases.map((canvas) => (
              <CanvasRow
                key={canvas.id}
                canvas={canvas}
                isCurrent={canvas.id === currentId}
                onOpened={onClose}
                onGone={() => listRef.current?.querySelector<HTMLElement>('.canvas-row button')?.focus()}
              />
            ))}
          </ul>
        </section>
        <section className="canvases-examples" aria-labelledby={`${headingId}-examples`}>
          <h3 id={`${headingId}-examples`}>{tf('canvases.examplesTitle')}</h3>
          <p className="field-note">{tf('canvases.examplesIntro')}</p>
          <ul className="example-list">
            <li>
              <button type="button" className="example" onClick={startNew}>
                <strong>{tf('canvases.blank.name')}</strong>
                <span>{tf('canvases.blank.description')}</span>
              </button>
            </li>
            {EXAMPLES.map((example) => (
              <li key={example.id}>
                <button type="button" className="example" onClick={() => void openExample(example.id)}>
                  <strong>{tf(`canvases.examples.${example.id}.name`)}</strong>
                  <span>{tf(`canvases.examples.${example.id}.description`)}</span>
                  {!(example.languages as readonly string[]).includes(i18n.language) && (
                    <span className="example-language">{tf(`canvases.writtenIn.${example.languages[0]}`)}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Dialog>
  );
}

interface RowProps {
  canvas: Canvas;
  isCurrent: boolean;
  onOpened: () => void;
  /** Called when this row goes away, so focus can move somewhere sensible. */
  onGone: () => void;
}

function CanvasRow({ canvas, isCurrent, onOpened, onGone }: RowProps) {
  const { t, i18n } = useTranslation();
  const { t: tf } = useTranslation('files');
  const [mode, setMode] = useState<'view' | 'rename' | 'confirmDelete'>('view');
  const [draft, setDraft] = useState(canvas.title);
  const titleId = useId();
  const title = displayTitle(canvas);
  const notes = countNotes(canvas);

  const open = () => {
    canvasActions().openCanvas(canvas.id);
    onOpened();
  };
  const rename = () => {
    canvasActions().renameCanvas(canvas.id, draft);
    setMode('view');
  };
  const duplicate = () => {
    const copyTitle = tf('canvases.copyTitle', { title });
    canvasActions().duplicateCanvas(canvas.id, copyTitle);
    showToast({ tone: 'info', text: () => tf('canvases.duplicated', { title: copyTitle }) });
  };
  const remove = () => {
    const existing = new Set(Object.keys(useCanvasStore.getState().canvases));
    const deleted = canvasActions().deleteCanvas(canvas.id);
    if (!deleted) return;
    // Deleting the last canvas opens a new, empty one; undoing the delete takes that one away again.
    const replacement = existing.has(useCanvasStore.getState().currentId) ? null : useCanvasStore.getState().currentId;
    onGone();
    showToast({
      tone: 'info',
      text: () => tf('canvases.deleted', { title }),
      action: {
        label: () => tf('canvases.undo'),
        run: () => {
          canvasActions().addCanvas(deleted, { open: isCurrent });
          const untouched = replacement === null ? undefined : useCanvasStore.getState().canvases[replacement];
          if (untouched && !untouched.title && countNotes(untouched) === 0) canvasActions().deleteCanvas(untouched.id);
          showToast({ tone: 'info', text: () => tf('canvases.restored', { title }) });
        },
      },
    });
  };

  return (
    <li className="canvas-row" data-current={isCurrent || undefined}>
      <div className="canvas-row-text">
        {mode === 'rename' ? (
          <input
            className="canvas-row-rename"
            type="text"
            dir="auto"
            autoFocus
            aria-label={tf('canvases.renameLabel', { title })}
            maxLength={LIMITS.titleLength}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                rename();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                setDraft(canvas.title);
                setMode('view');
              }
            }}
          />
        ) : (
          <strong id={titleId} dir="auto" className="canvas-row-title">
            {title}
          </strong>
        )}
        <span className="canvas-row-meta">
          {tf('canvases.changed', { date: formatDateTime(canvas.updatedAt, i18n.language) })}
          {' · '}
          {t('header.noteTotal', { count: notes })}
          {isCurrent && <span className="canvas-row-current"> · {tf('canvases.current')}</span>}
        </span>
      </div>
      {mode === 'confirmDelete' ? (
        <div className="canvas-row-actions" role="group" aria-label={tf('canvases.confirmDelete', { title, count: notes })}>
          <span className="canvas-row-question">{tf('canvases.confirmDelete', { title, count: notes })}</span>
          <button type="button" className="button button-danger" autoFocus onClick={remove}>
            {tf('canvases.deleteConfirm')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setMode('view')}>
            {tf('canvases.cancel')}
          </button>
        </div>
      ) : mode === 'rename' ? (
        <div className="canvas-row-actions">
          <button type="button" className="button" onClick={rename}>
            {tf('canvases.save')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setDraft(canvas.title);
              setMode('view');
            }}
          >
            {tf('canvases.cancel')}
          </button>
        </div>
      ) : (
        <div className="canvas-row-actions">
          {!isCurrent && (
            <button type="button" className="button canvas-row-open" aria-label={tf('canvases.openNamed', { title })} onClick={open}>
              {tf('canvases.open')}
            </button>
          )}
          <button
            type="button"
            className="button button-quiet"
            aria-label={tf('canvases.renameNamed', { title })}
            onClick={() => {
              setDraft(canvas.title);
              setMode('rename');
            }}
          >
            {tf('canvases.rename')}
          </button>
          <button type="button" className="button button-quiet" aria-label={tf('canvases.duplicateNamed', { title })} onClick={duplicate}>
            {tf('canvases.duplicate')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-label={tf('canvases.deleteNamed', { title })}
            onClick={() => setMode('confirmDelete')}
          >
            {tf('canvases.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
