import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import './files-namespace';
import { useStorageKept } from '@/store/storage-kept';
import { countVersions } from '@/store/version-keeping';
import { useShallow } from 'zustand/react/shallow';
import { countNotes } from '@/domain/canvas';
import { LIMITS } from '@/domain/limits';
import type { Canvas } from '@/domain/schema';
import { formatDateTime, isolate } from '@/i18n/format';
import { loadErrorText } from '@/i18n/load-error';
import { canvasActions, selectCanvasList, useCanvasStore } from '@/store/canvas-store';
import { Dialog } from '@/ui/Dialog';
import { Notice } from '@/ui/Notice';
import { PlusIcon } from '@/ui/icons';
import { showToast } from '@/ui/toasts';
import { useDeferredFocus } from '@/ui/useDeferredFocus';
import { currentCanvas, displayTitle, noRoomText, rememberCopy } from './file-actions';
import { EXAMPLES, loadExample, type ExampleId } from './examples';
import { CANVAS_ORDERS, findCanvases, FINDER_FROM, type CanvasOrder } from './canvas-finder';

/** A canvas deleted from the list, still to be undone. */
interface Deleted {
  canvas: Canvas;
  wasOpen: boolean;
}

/** What the list last did besides deleting, said inside it (the page behind a modal dialog is out of reach). */
type Message = { kind: 'restored' | 'duplicated'; title: string } | { kind: 'failed'; text: string };

/** How the list was left: `newCanvas` when the user started a new canvas (focus then goes to its title). */
export type CanvasesClose = 'newCanvas' | undefined;

/** Every canvas kept in this browser: open, rename, duplicate, delete (with undo), start a new one or an example. */
export default function CanvasesDialog({ onClose }: { onClose: (how?: CanvasesClose) => void }) {
  const { i18n } = useTranslation();
  const { t } = useTranslation('files');
  const headingId = useId();
  const canvases = useCanvasStore(useShallow(selectCanvasList));
  const currentId = useCanvasStore((state) => state.currentId);
  const kept = useStorageKept((state) => state.persistence);
  const hasWork = useCanvasStore((state) => Object.values(state.canvases).some(hasNotes));
  // Every delete can be undone, the latest first, while the list is open and after (see close).
  const [deleted, setDeleted] = useState<Deleted[]>([]);
  // A delete already taken back another way (Ctrl+Z) has nothing left to undo here.
  const pending = deleted.filter((entry) => !canvases.some((canvas) => canvas.id === entry.canvas.id));
  const [message, setMessage] = useState<Message | null>(null);
  // The row to focus once it is drawn (a canvas brought back by Undo).
  const focusRow = useRef<string | null>(null);
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<CanvasOrder>('changed');
  const finder = canvases.length > FINDER_FROM;
  // A search left from when there were more canvases does not come back by surprise.
  if (!finder && query !== '') setQuery('');
  const shown = finder ? findCanvases(canvases, query, order, i18n.language) : canvases;
  const notices = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);

  // After a delete, focus goes to its "Undo" (the row it was on is gone); after an undo, to the row that came back.
  useEffect(() => {
    notices.current?.querySelector<HTMLElement>('button')?.focus();
  }, [pending.length]);
  useEffect(() => {
    const id = focusRow.current;
    const row = id === null ? null : list.current?.querySelector<HTMLElement>(`[data-canvas-id="${CSS.escape(id)}"] button`);
    if (!row) return;
    row.focus();
    focusRow.current = null;
  });

  const undo = (entry: Deleted) => {
    canvasActions().restoreCanvas(entry.canvas, { open: entry.wasOpen });
    setDeleted((all) => all.filter((other) => other !== entry));
    setMessage({ kind: 'restored', title: displayTitle(entry.canvas) });
    // The row it comes back in takes focus, so the search must not hide it.
    setQuery('');
    focusRow.current = entry.canvas.id;
  };

  // Closing the list with deletes still undoable hands each Undo over to the page.
  const close = (how?: CanvasesClose) => {
    for (const entry of pending) {
      const title = isolate(displayTitle(entry.canvas));
      showToast({
        tone: 'info',
        text: () => t('canvases.deleted', { title }),
        action: { label: () => t('canvases.undo'), run: () => void canvasActions().restoreCanvas(entry.canvas, { open: entry.wasOpen }) },
      });
    }
    onClose(how);
  };

  const startNew = () => {
    if (canvasActions().createCanvas() === null) return setMessage({ kind: 'failed', text: noRoomText() });
    close('newCanvas');
  };

  const openExample = async (id: ExampleId) => {
    let result: Awaited<ReturnType<typeof loadExample>>;
    try {
      result = await loadExample(id, i18n.language);
    } catch (error) {
      console.error(error);
      setMessage({ kind: 'failed', text: t('canvases.exampleUnavailable') });
      return;
    }
    if (!result.ok) {
      setMessage({ kind: 'failed', text: t('canvases.exampleFailed', { reason: loadErrorText(result.error) }) });
      return;
    }
    if (canvasActions().addCanvas(result.canvas, { fresh: true }) === null) {
      setMessage({ kind: 'failed', text: noRoomText() });
      return;
    }
    rememberCopy(currentCanvas());
    const title = isolate(displayTitle(result.canvas));
    showToast({ tone: 'info', text: () => t('canvases.exampleOpened', { title }) });
    close();
  };

  return (
    <Dialog labelledBy={headingId} onClose={() => close()} className="panel canvases-dialog">
      <div className="panel-header">
        <h2 id={headingId}>{t('canvases.title')}</h2>
        <p className="panel-intro">{t('canvases.intro')}</p>
        {/* Said calmly, and only once there is work to keep (never to an empty first visit). */}
        {kept && hasWork && <p className="storage-kept">{t(kept === 'granted' ? 'canvases.kept' : 'canvases.mayBeCleared')}</p>}
      </div>
      <div ref={notices} role="status" className="canvases-notices">
        {pending.map((entry) => (
          <Notice
            key={entry.canvas.id}
            actions={
              <button type="button" className="button" onClick={() => undo(entry)}>
                {t('canvases.undo')}
              </button>
            }
          >
            {t('canvases.deleted', { title: isolate(displayTitle(entry.canvas)) })}
          </Notice>
        ))}
        {message && message.kind !== 'failed' && <Notice>{t(`canvases.${message.kind}`, { title: isolate(message.title) })}</Notice>}
      </div>
      {message?.kind === 'failed' && (
        <p role="alert" className="notice notice-error canvases-alert">
          {message.text}
        </p>
      )}
      <div className="panel-body">
        <section className="panel-main" aria-labelledby={`${headingId}-mine`}>
          <div className="canvases-section-head">
            <h3 id={`${headingId}-mine`}>{t('canvases.mine', { count: canvases.length })}</h3>
            <button type="button" className="button" onClick={startNew}>
              <PlusIcon />
              <span>{t('canvases.new')}</span>
            </button>
          </div>
          {finder && (
            <div className="canvas-finder">
              <input
                type="search"
                dir="auto"
                aria-label={t('canvases.find')}
                placeholder={t('canvases.find')}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
              <label>
                <span>{t('canvases.orderLabel')}</span>
                <select value={order} onChange={(event) => setOrder(event.target.value as CanvasOrder)}>
                  {CANVAS_ORDERS.map((choice) => (
                    <option key={choice} value={choice}>
                      {t(`canvases.order.${choice}`)}
                    </option>
                  ))}
                </select>
              </label>
              {/* Said politely as the list narrows. */}
              <p role="status" className="field-note">
                {query.trim() &&
                  (shown.length === 0
                    ? t('canvases.noneFound', { query: isolate(query.trim()) })
                    : t('canvases.found', { count: shown.length }))}
              </p>
            </div>
          )}
          <ul ref={list} className="canvas-list">
            {shown.map((canvas) => (
              <CanvasRow
                key={canvas.id}
                canvas={canvas}
                isCurrent={canvas.id === currentId}
                onOpened={() => close()}
                onDeleted={(gone) => setDeleted((all) => [{ canvas: gone, wasOpen: canvas.id === currentId }, ...all])}
                onDuplicated={(title) =>
                  setMessage(title === null ? { kind: 'failed', text: noRoomText() } : { kind: 'duplicated', title })
                }
              />
            ))}
          </ul>
        </section>
        <section className="panel-side" aria-labelledby={`${headingId}-examples`}>
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
  /** With the copy's title, or null when there was no room for it. */
  onDuplicated: (title: string | null) => void;
}

function CanvasRow({ canvas, isCurrent, onOpened, onDeleted, onDuplicated }: RowProps) {
  const { t, i18n } = useTranslation('files');
  const { t: tApp } = useTranslation();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirmDelete'>('view');
  const [draft, setDraft] = useState(canvas.title);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const row = useRef<HTMLLIElement>(null);
  // The question or the rename box takes focus as it appears.
  useEffect(() => {
    if (mode !== 'view') row.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [mode]);
  // Leaving the rename box or the question puts focus back on the button that opened it.
  const focusRename = useDeferredFocus(renameButton, mode === 'view');
  const focusDelete = useDeferredFocus(deleteButton, mode === 'view');
  const title = displayTitle(canvas);
  const notes = countNotes(canvas);
  // Asked before a delete: how many versions go with the canvas (they stay while Undo can bring it back).
  const [versions, setVersions] = useState(0);
  useEffect(() => {
    if (mode !== 'confirmDelete') return;
    let live = true;
    countVersions().then(
      (counts) => live && setVersions(counts.get(canvas.id) ?? 0),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [mode, canvas.id]);
  const question = (name: string) =>
    [t('canvases.confirmDelete', { title: name, count: notes }), versions > 0 ? t('canvases.deleteVersions', { count: versions }) : '']
      .filter(Boolean)
      .join(' ');

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
    onDuplicated(canvasActions().duplicateCanvas(canvas.id, copyTitle) === null ? null : copyTitle);
  };
  const remove = () => {
    const deleted = canvasActions().deleteCanvas(canvas.id);
    if (deleted) onDeleted(deleted);
  };

  return (
    <li ref={row} className="canvas-row" data-canvas-id={canvas.id} data-current={isCurrent || undefined}>
      <div className="canvas-row-text">
        {mode === 'rename' ? (
          <input
            className="canvas-row-rename"
            type="text"
            dir="auto"
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
          <span>{t('canvases.changed', { date: formatDateTime(canvas.updatedAt, i18n.language) })}</span>
          <span>{tApp('header.noteTotal', { count: notes })}</span>
          {isCurrent && <span className="canvas-row-current">{t('canvases.current')}</span>}
        </span>
      </div>
      {mode === 'confirmDelete' ? (
        <div
          className="canvas-row-actions"
          role="group"
          aria-label={question(title)}
          onKeyDown={(event) => {
            // Escape answers "no", and leaves the list open.
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            backTo(focusDelete);
          }}
        >
          <span className="canvas-row-question">{question(isolate(title))}</span>
          <button type="button" className="button button-danger" onClick={remove}>
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
            <button
              type="button"
              className="button"
              aria-label={t('canvases.openNamed', { title })}
              onClick={() => {
                canvasActions().openCanvas(canvas.id);
                onOpened();
              }}
            >
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

/** Whether a canvas has a note (without listing thousands of ids on every change). */
function hasNotes(canvas: Canvas): boolean {
  for (const id in canvas.notes) if (Object.hasOwn(canvas.notes, id)) return true;
  return false;
}
