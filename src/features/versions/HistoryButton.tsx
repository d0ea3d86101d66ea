import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useVersions } from '@/store/versions';
import { HistoryIcon } from '@/ui/icons';
import { lazyDialog } from '@/ui/lazy-dialog';
import { PanelButton } from '@/ui/PanelButton';

// History, a version's view and the comparison load when first used (with the versions' storage).
const HistoryDialog = lazyDialog(() => import('./HistoryDialog'));
const VersionScreen = lazy(() => import('./VersionScreen'));

/** The header's "History": the open canvas's versions. */
export function HistoryButton() {
  const { t } = useTranslation();
  return <PanelButton className="toolbar-button" icon={<HistoryIcon />} label={t('versions.button')} Panel={HistoryDialog} wideLabelOnly />;
}

/** True while a version or a comparison is shown in place of the editor. */
export const useVersionShown = () => useVersions((state) => state.view !== null);

/** A version, read-only, or a comparison, in place of the editor (when one is open). */
export function VersionScreenWhenOpen() {
  const open = useVersionShown();
  return open ? (
    <Suspense fallback={null}>
      <VersionScreen />
    </Suspense>
  ) : null;
}
