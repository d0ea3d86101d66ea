import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshop } from '@/store/workshop';
import { SearchIcon } from '@/ui/icons';
import { isTextField } from '@/ui/keyboard';
import { lazyDialog } from '@/ui/lazy-dialog';
import { PanelButton } from '@/ui/PanelButton';
import { useBoardDrag } from './drag-state';

const FindDialog = lazyDialog<(returnFocus?: boolean) => void>(() => import('./FindDialog'));

/** The header's "Find" (in the notes of the open canvas); "/" outside text boxes opens it too. */
export function FindButton() {
  const { t } = useTranslation();
  const [request, setRequest] = useState<number | null>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      // Not over a presentation, nor while a note is being moved by keyboard.
      if (useWorkshop.getState().step !== null || useBoardDrag.getState().items !== null) return;
      event.preventDefault();
      setRequest((count) => (count ?? 0) + 1);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  // Fetched in a quiet moment, so what is typed right after "/" goes into the field.
  return (
    <PanelButton
      className="toolbar-button"
      icon={<SearchIcon />}
      label={t('find.button')}
      Panel={FindDialog}
      openRequest={request}
      preloadAtIdle
    />
  );
}
