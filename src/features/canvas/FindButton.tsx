import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { useHasNotes } from '@/store/canvas-store';
import { useWorkshop } from '@/store/workshop';
import { SearchIcon } from '@/ui/icons';
import { useShortcut } from '@/ui/shortcuts';
import { lazyDialog } from '@/ui/lazy-dialog';
import { PanelButton } from '@/ui/PanelButton';
import { useBoardDrag } from './drag-state';

const FindDialog = lazyDialog<(returnFocus?: boolean) => void>(() => import('./FindDialog'));

/** The header's "Find" (in the notes of the open canvas); "/" outside text boxes opens it too. */
export function FindButton() {
  const { t } = useTranslation();
  const hasNotes = useHasNotes();
  const [request, setRequest] = useState<number | null>(null);
  useShortcut(['find'], () => {
    // Not over a presentation, nor while a note is being moved by keyboard.
    if (useWorkshop.getState().step !== null || useBoardDrag.getState().items !== null) return false;
    setRequest((count) => (count ?? 0) + 1);
  });
  // Fetched in a quiet moment once there are notes to find, so what is typed right after "/" goes into the field.
  return (
    <PanelButton
      className="toolbar-button"
      icon={<SearchIcon />}
      label={t('find.button')}
      Panel={FindDialog}
      openRequest={request}
      preloadAtIdle={hasNotes}
    />
  );
}
