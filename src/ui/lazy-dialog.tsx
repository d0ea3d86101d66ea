import { lazy, useId, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

type DialogComponent<Close extends (...args: never[]) => void> = ComponentType<{ onClose: Close }>;

/**
 * `React.lazy` for a dialog or panel whose code loads when first opened. If that code cannot be
 * fetched (offline, or the site was updated while the tab stayed open), a small dialog says so
 * in place of it, instead of the error reaching the page.
 */
export function lazyDialog<Close extends (...args: never[]) => void>(
  load: () => Promise<{ default: DialogComponent<Close> }>,
): DialogComponent<Close> {
  return lazy(() => load().catch((error: unknown) => {
    console.error(error);
    return { default: LoadFailed as unknown as DialogComponent<Close> };
  }));
}

function LoadFailed({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog labelledBy={headingId} onClose={onClose} className="small-dialog">
      <h2 id={headingId}>{t('dialog.loadFailedTitle')}</h2>
      <p role="alert">{t('dialog.loadFailed')}</p>
      <div className="notice-actions">
        <button type="button" className="button" onClick={() => location.reload()}>
          {t('dialog.reload')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </Dialog>
  );
}
