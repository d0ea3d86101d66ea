import { useTranslation } from '@/i18n/useTranslation';
import { useHasNotes } from '@/store/canvas-store';
import { CheckIcon } from '@/ui/icons';
import { lazyDialog } from '@/ui/lazy-dialog';
import { PanelButton } from '@/ui/PanelButton';

// The check and the words of every finding load when it is first opened.
const CheckDialog = lazyDialog<(returnFocus?: boolean) => void>(() => import('./CheckDialog'));

/** The header's "Check canvas": every finding of the canvas in one list. */
export function CheckButton() {
  const { t } = useTranslation();
  // Fetched in a quiet moment once there are notes to check (else as the pointer or focus comes).
  const hasNotes = useHasNotes();
  return (
    <PanelButton
      className="toolbar-button"
      icon={<CheckIcon />}
      label={t('check.button')}
      Panel={CheckDialog}
      preloadAtIdle={hasNotes}
      wideLabelOnly
    />
  );
}
