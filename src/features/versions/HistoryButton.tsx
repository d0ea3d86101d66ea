import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { useHasNotes } from '@/store/canvas-store';
import { useVersions } from '@/store/versions';
import { HistoryIcon } from '@/ui/icons';
import { lazyDialog } from '@/ui/lazy-dialog';
import { PanelButton } from '@/ui/PanelButton';

// History, a version's view and the comparison load when first used (with the versions' storage).
const HistoryDialog = lazyDialog(() => import('./HistoryDialog'));
let versionScreen: ComponentType | null = null;
/** Fetches the code of a version's view and of a comparison (History does as it opens). */
export const loadVersionScreen = () =>
  import('./VersionScreen').then((module) => {
    versionScreen = module.default;
    return module;
  });
const VersionScreen = lazy(loadVersionScreen);

/** The header's "History": the open canvas's versions. */
export function HistoryButton() {
  const { t } = useTranslation();
  // Its code comes in a quiet moment once the canvas has notes (so has a past), so History opens at once.
  const hasNotes = useHasNotes();
  return (
    <PanelButton
      className="toolbar-button"
      icon={<HistoryIcon />}
      label={t('versions.button')}
      Panel={HistoryDialog}
      preloadAtIdle={hasNotes}
      wideLabelOnly
    />
  );
}

/** True while a version or a comparison is shown in place of the editor. */
export const useVersionShown = () => useVersions((state) => state.view !== null);

/** A version, read-only, or a comparison, in place of the editor (when one is open). */
export function VersionScreenWhenOpen() {
  const open = useVersionShown();
  // Drawn at once when its code is here (through `lazy`, React would hold it back 300 ms).
  const [Screen] = useState(() => versionScreen ?? VersionScreen);
  return open ? (
    <Suspense fallback={null}>
      <Screen />
    </Suspense>
  ) : null;
}
