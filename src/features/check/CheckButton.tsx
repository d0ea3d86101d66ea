import { useTranslation } from '@/i18n/useTranslation';
import { CheckIcon } from '@/ui/icons';
import { lazyDialog } from '@/ui/lazy-dialog';
import { PanelButton } from '@/ui/PanelButton';

// The check and the words of every finding load when it is first opened.
const CheckDialog = lazyDialog<(returnFocus?: boolean) => void>(() => import('./CheckDialog'));

/** The header's "Check canvas": every finding of the canvas in one list. */
export function CheckButton() {
  const { t } = useTranslation();
  return (
    <PanelButton
      className="toolbar-button"
      icon={<CheckIcon />}
      label={t('check.button')}
      Panel={CheckDialog}
      preloadAtIdle
      wideLabelOnly
    />
  );
}
