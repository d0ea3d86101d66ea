import { Suspense, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import './files-namespace';
import type { Canvas } from '@/domain/schema';
import { isolate } from '@/i18n/format';
import { loadErrorText } from '@/i18n/load-error';
import { canvasActions } from '@/store/canvas-store';
import { ExportIcon } from '@/ui/icons';
import { Notice } from '@/ui/Notice';
import { MenuButton } from '@/ui/MenuButton';
import { showToast } from '@/ui/toasts';
import { NARROW_SCREEN, useMediaQuery } from '@/ui/useMediaQuery';
import { CanvasSheet } from '@/ui/CanvasSheet';
import { SharedLoading } from './LazySharedView';
import { useDeferredFocus } from '@/ui/useDeferredFocus';
import { PrintDialog } from './FilesToolbar';
import { currentCanvas, displayTitle, noRoomText, rememberCopy } from './file-actions';
import { exportMenuItems } from './exports';
import { closeSharedCanvas, type SharedCanvas } from './useSharedCanvas';

/**
 * A canvas opened from a share link: read-only, with "Save a copy" to keep it; the header's
 * tools (SharedTools) present, print and export it as it is.
 */
export function SharedView({ shared }: { shared: SharedCanvas }) {
  const { t } = useTranslation('files');
  const stacked = useMediaQuery(NARROW_SCREEN);

  if (shared.status === 'loading') return <SharedLoading />;

  if (shared.status === 'failed') {
    return (
      <div className="shared">
        <Notice
          role="alert"
          tone="error"
          actions={
            <button type="button" className="button" onClick={closeSharedCanvas}>
              {t('shared.toMine')}
            </button>
          }
        >
          {t('shared.failed', { reason: loadErrorText(shared.error) })}
        </Notice>
      </div>
    );
  }

  const { canvas } = shared;
  const saveCopy = () => {
    if (canvasActions().addCanvas(canvas) === null) {
      showToast({ tone: 'error', text: noRoomText });
      return;
    }
    rememberCopy(currentCanvas());
    closeSharedCanvas();
    const title = isolate(displayTitle(canvas));
    showToast({ tone: 'info', text: () => t('shared.saved', { title }) });
  };
  return (
    <div className="shared">
      <Notice
        className="shared-banner"
        actions={
          <>
            <button type="button" className="button" onClick={saveCopy}>
              {t('shared.saveCopy')}
            </button>
            <button type="button" className="button button-quiet" onClick={closeSharedCanvas}>
              {t('shared.toMine')}
            </button>
          </>
        }
      >
        {t('shared.banner')}
      </Notice>

      <CanvasSheet canvas={canvas} layout={stacked ? 'stacked' : 'canvas'} />
    </div>
  );
}

/**
 * The header's tools over a shared canvas: present, print and export it as it is, without saving
 * it in this browser (a consultant on the room's computer). `present` is the app's "Present"
 * button for it (presenting is not this feature's).
 */
export function SharedTools({ canvas, present }: { canvas: Canvas; present: ReactNode }) {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState(false);
  const exportButton = useRef<HTMLButtonElement>(null);
  const focusExport = useDeferredFocus(exportButton, !printing);
  const exportItems = exportMenuItems(t, () => setPrinting(true), canvas);
  return (
    <div className="toolbar" role="group" aria-label={t('shared.tools')}>
      <MenuButton
        buttonRef={exportButton}
        className="toolbar-button"
        label={t('fileTools.export')}
        menuLabel={t('fileTools.exportMenu')}
        items={exportItems}
      >
        <ExportIcon />
        <span>{t('fileTools.export')}</span>
      </MenuButton>
      {present}
      {printing && (
        <Suspense
          fallback={
            <p className="visually-hidden" role="status">
              {t('dialog.loading')}
            </p>
          }
        >
          <PrintDialog
            canvas={canvas}
            onClose={() => {
              focusExport();
              setPrinting(false);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
