import { Suspense, useRef, useState, type RefObject } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { CANVAS_FILE_EXTENSION } from '@/persistence/canvas-text';
import { ExportIcon, ImportIcon, StackIcon } from '@/ui/icons';
import { lazyDialog } from '@/ui/lazy-dialog';
import { MenuButton } from '@/ui/MenuButton';
import { useDeferredFocus } from '@/ui/useDeferredFocus';
import type { CanvasesClose } from './CanvasesDialog';
import { exportMenuItems, fileActions, preloadFileActions } from './exports';
import './files.css';

// Dialogs load when first opened.
const CanvasesDialog = lazyDialog(() => import('./CanvasesDialog'));
const ShareDialog = lazyDialog(() => import('./ShareDialog'));
export const PrintDialog = lazyDialog(() => import('./PrintDialog'));

type Open = 'canvases' | 'share' | 'print' | null;

interface FilesToolbarProps {
  /** The canvas title field: a new canvas started from the list takes focus there. */
  titleField: RefObject<HTMLInputElement | null>;
}

/** The toolbar's file tools: the list of canvases, Import, and the Export menu. */
export function FilesToolbar({ titleField }: FilesToolbarProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const input = useRef<HTMLInputElement>(null);
  const canvasesButton = useRef<HTMLButtonElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const focusCanvases = useDeferredFocus(canvasesButton, open === null);
  const focusExport = useDeferredFocus(exportButton, open === null);
  const focusTitle = useDeferredFocus(titleField, open === null);

  const close = (how?: CanvasesClose) => {
    if (how === 'newCanvas') focusTitle();
    else if (open === 'canvases') focusCanvases();
    else focusExport();
    setOpen(null);
  };

  return (
    <div
      className="toolbar"
      role="group"
      aria-label={t('fileTools.toolbar')}
      onPointerEnter={preloadFileActions}
      onFocus={preloadFileActions}
    >
      <button
        ref={canvasesButton}
        type="button"
        className="toolbar-button own-canvases-tool"
        aria-haspopup="dialog"
        onClick={() => setOpen('canvases')}
      >
        <StackIcon />
        <span>{t('fileTools.canvases')}</span>
      </button>
      <button
        type="button"
        className="toolbar-button own-canvases-tool"
        title={t('fileTools.import')}
        onClick={() => input.current?.click()}
      >
        <ImportIcon />
        <span className="label-wide">{t('fileTools.import')}</span>
      </button>
      <input
        ref={input}
        type="file"
        accept={`${CANVAS_FILE_EXTENSION},.json,application/json`}
        multiple
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          void fileActions().then((actions) => actions?.importCanvasFiles(files));
        }}
      />
      <MenuButton
        buttonRef={exportButton}
        className="toolbar-button"
        label={t('fileTools.export')}
        menuLabel={t('fileTools.exportMenu')}
        items={exportMenuItems(t, setOpen)}
      >
        <ExportIcon />
        <span className="label-wide">{t('fileTools.export')}</span>
      </MenuButton>
      {open && (
        <Suspense
          fallback={
            <p className="visually-hidden" role="status">
              {t('dialog.loading')}
            </p>
          }
        >
          {open === 'canvases' ? (
            <CanvasesDialog onClose={close} />
          ) : open === 'share' ? (
            <ShareDialog onClose={close} />
          ) : (
            <PrintDialog onClose={close} />
          )}
        </Suspense>
      )}
    </div>
  );
}
