import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './files-namespace';
import { useShallow } from 'zustand/react/shallow';
import { countNotes } from '@/domain/canvas';
import { LIMITS } from '@/domain/limits';
import type { Canvas } from '@/domain/schema';
import { formatDateTime, isolate } from '@/i18n/format';
import { loadErrorText } from '@/i18n/load-error';
import { canvasActions, selectCanvasList, useCanvasStore } from '@/store/canvas-store';
import { Dialog } from '@/ui/Dialog';
import { PlusIcon } from '@/ui/icons';
import { showToast } from '@/ui/toasts';
import { useDeferredFocus } from '@/ui/useDeferredFocus';
import { displayTitle } from './file-actions';
import { EXAMPLES, loadExample, type ExampleId } from './examples';

/** What the list last did, said inside the dialog (the page behind a modal dialog is out of reach). */
type Notice =
  | { kind: 'deleted'; canvas: Canvas; wasOpen: boolean }
  | { kind: 'restored' | 'duplicated'; title: string }
  | { kind: 'exampleFailed'; reason: string };

/** Every canvas kept in this browser: open, rename, duplicate, delete (with undo), start a new one or an example. */
export default function CanvasesDialog({ onClose }: { onClose: () => void }) {
  const { i18n } = useTranslation();
  const { t } = useTranslation('files');
  const headingId = useId();
  const canvases = useCanvasStore(useShallow(selectCanvasList));
  const currentId = useCanvasStore((state) => state.currentId);
  const [notice, setNotice] = useState<Notice | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const pendingUndo = useRef<Notice | null>(null);
  pendingUndo.current = notice?.kind === 'deleted' ? notice : null;

  // After a delete, focus goes to its "Undo" (the row it was on is gone).
  useEffect(() => {
    if (notice?.kind === 'deleted') undoButton.current?.focus();
  }, [notice]);

  const undo = (deleted: Extract<Notice, { kind: 'deleted' }>) => {
    canvasActions().addCanvas(deleted.canvas, { open: deleted.wasOpen });
    return displayTitle(deleted.canvas);
  };

  // Closing the list with a delete still undoable hands the Undo over to the page.
  const close = () => {
    const deleted = pendingUndo.current;
    if (deleted?.kind === 'deleted') {
      const title = isolate(displayTitle(deleted.canvas));
      showToast({
        tone: 'info',
        text: () => t('canvases.deleted', { title }),
        action: { label: () => t('canvases.undo'), run: () => void undo(deleted) },
      });
    }
    onClose();
  };

  const startNew = () => {
    canvasActions().createCanvas();
    close();
  };

  const openExample = async (id: ExampleId) => {
    const result = await loadExample(id, i18n.language);
    if (!result.ok) {
      setNotice({ kind: 'exampleFailed', reason: loadErrorText(result.error) });
      return;
    }
    canvasActions().addCanvas(result.canvas, { fresh: true });
    const title = isolate(displayTitle(result.canvas));
    showToast({ tone: 'info', text: () => t('canvases.exampleOpened', { title }) });
    close();
  };

  return (
    <Dialog labelledBy={headingId} onClose={close} className="panel canvases-dialog">
      <div className="panel-header">
        <h2 id={headingId}>{t('canvases.title')}</h2>
        <p className="panel-intro">{t('canvases.intro')}</p>
      </div>
      <div role="status" className="canvases-notice">
        {notice && notice.kind !== 'exampleFailed' && (
          <div className="notice">
            <p>
              {notice.kind === 'deleted'
                ? t('canvases.deleted', { title: isolate(displayTitle(notice.canvas)) })
                : t(`canvases.${notice.kind}`, { title: isolate(notice.title) })}
            </p>
            {notice.kind === 'deleted' && (
              <div className="notice-actions">
                <button
                  ref={undoButton}
                  type="button"
                  className="button"
                  onClick={() => setNotice({ kind: 'restored', title: undo(notice) })}
                >
                  {t('canvases.undo')}
                </button>
              </div>
            )}
          </div>
        )}
      </div>
      {notice?.kind === 'exampleFailed' && (
        <p role="alert" className="notice notice-error canvases-alert">
          {t('canvases.exampleFailed', { reason: notice.reason })}
        </p>
      )}
      <div className="canvases-body">
        <section className="canvases-mine" aria-labelledby={`${headingId}-mine`}>
          <div className="canvases-section-head">
            <h3 id={`${headingId}-mine`}>{t('canvases.mine', { count: canvases.length })}</h3>
            <button type="button" className="button" onClick={startNew}>
              <PlusIcon />
              <span>{t('canvases.new')}</span>
            </button>
          </div>
          <ul className="canvas-list">
            {canvases.map((canvas) => (
              <CanvasRow
                key={canvas.id}
                canvas={canvas}
                isCurrent={canvas.id === currentId}
                onOpened={close}
                onDeleted={(deleted) => setNotice({ kind: 'deleted', canvas: deleted, wasOpen: canvas.id === currentId })}
                onDuplicated={(title) => setNotice({ kind: 'duplicated', title })}
              />
            ))}
          </ul>
        </section>
        <section className="canvases-examples" aria-labelledby={`${headingId}-examples`}>
          <h3 id={`${headingId}-examples`}>{t('canvases.examplesTitle')}</h3>
          <p className="field-note">{t('canvases.examplesIntro')}</p>
          <ul className="example-list">
            <li>
              <button type="button" className="example" onClick={startNew}>
                <strong>{t('canvases.blank.name')}</strong>
                <span>{t('canvases.blank.description')}</span>
              </button>
            </li>
            {EXAMPLES.map((example) => (
              <li key={example.id}>
                <button type="button" className="example" onClick={() => void openExample(example.id)}>
                  <strong>{t(`canvases.examples.${example.id}.name`)}</strong>
                  <span>{t(`canvases.examples.${example.id}.description`)}</span>
                  {!(example.languages as readonly string[]).includes(i18n.language) && (
                    <span className="example-language">{t(`canvases.writtenIn.${example.languages[0]}`)}</span>
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
  onDeleted: (deleted: Canvas) => void;
  onDuplicated: (title: string) => void;
}

function CanvasRow({ canvas, isCurrent, onOpened, onDeleted, onDuplicated }: RowProps) {
  const { t, i18n } = useTranslation('files');
  const { t: tApp } = useTranslation();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirmDelete'>('view');
  const [draft, setDraft] = useState(canvas.title);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // Leaving the rename box or the question puts focus back on the button that opened it.
  const focusRename = useDeferredFocus(renameButton, mode === 'view');
  const focusDelete = useDeferredFocus(deleteButton, mode === 'view');
  const title = displayTitle(canvas);
  const notes = countNotes(canvas);

  const backTo = (focus: (wanted?: boolean) => void) => {
    focus();
    setMode('view');
  };
  const rename = () => {
    canvasActions().renameCanvas(canvas.id, draft);
    backTo(focusRename);
  };
  const cancelRename = () => {
    setDraft(canvas.title);
    backTo(focusRename);
  };
  const duplicate = () => {
    const copyTitle = t('canvases.copyTitle', { title });
    canvasActions().duplicateCanvas(canvas.id, copyTitle);
    onDuplicated(copyTitle);
  };
  const remove = () => {
    const deleted = canvasActions().deleteCanvas(canvas.id);
    if (deleted) onDeleted(deleted);
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
            aria-label={t('canvases.renameLabel', { title })}
            maxLength={LIMITS.titleLength}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                rename();
              } else if (event.key === 'Escape') {
                // Escape leaves the box, not the list.
                event.preventDefault();
                event.stopPropagation();
                cancelRename();
              }
            }}
          />
        ) : (
          <strong dir="auto" className="canvas-row-title">
            {title}
          </strong>
        )}
        <span className="canvas-row-meta">
          {t('canvases.changed', { date: formatDateTime(canvas.updatedAt, i18n.language) })}
          {' · '}
          {tApp('header.noteTotal', { count: notes })}
          {isCurrent && <span className="canvas-row-current"> · {t('canvases.current')}</span>}
        </span>
      </div>
      {mode === 'confirmDelete' ? (
        <div className="canvas-row-actions" role="group" aria-label={t('canvases.confirmDelete', { title, count: notes })}>
          <span className="canvas-row-question">{t('canvases.confirmDelete', { title: isolate(title), count: notes })}</span>
          <button type="button" className="button button-danger" autoFocus onClick={remove}>
            {t('canvases.deleteConfirm')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => backTo(focusDelete)}>
            {t('canvases.cancel')}
          </button>
        </div>
      ) : mode === 'rename' ? (
        <div className="canvas-row-actions">
          <button type="button" className="button" onClick={rename}>
            {t('canvases.save')}
          </button>
          <button type="button" className="button button-quiet" onClick={cancelRename}>
            {t('canvases.cancel')}
          </button>
        </div>
      ) : (
        <div className="canvas-row-actions">
          {!isCurrent && (
            <button type="button" className="button" aria-label={t('canvases.openNamed', { title })} onClick={() => {
              canvasActions().openCanvas(canvas.id);
              onOpened();
            }}>
              {t('canvases.open')}
            </button>
          )}
          <button
            ref={renameButton}
            type="button"
            className="button button-quiet"
            aria-label={t('canvases.renameNamed', { title })}
            onClick={() => {
              setDraft(canvas.title);
              setMode('rename');
            }}
          >
            {t('canvases.rename')}
          </button>
          <button type="button" className="button button-quiet" aria-label={t('canvases.duplicateNamed', { title })} onClick={duplicate}>
            {t('canvases.duplicate')}
          </button>
          <button
            ref={deleteButton}
            type="button"
            className="button button-quiet"
            aria-label={t('canvases.deleteNamed', { title })}
            onClick={() => setMode('confirmDelete')}
          >
            {t('canvases.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
