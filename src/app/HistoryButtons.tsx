import { useTranslation } from '@/i18n/useTranslation';
import { translator } from '@/i18n/translator';
import { lastStepChanged, redo, undo, useHistory } from '@/store/history';
import { announce } from '@/ui/announcer';
import { RedoIcon, UndoIcon } from '@/ui/icons';
import { useShortcut } from '@/ui/shortcuts';

/** Undo, saying so to screen readers (the change itself may be out of sight). */
function undoStep(): void {
  if (undo()) announce(translator.t(lastStepChanged() ? 'history.undone' : 'history.gone'));
}

function redoStep(): void {
  if (redo()) announce(translator.t(lastStepChanged() ? 'history.redone' : 'history.gone'));
}

/**
 * Ctrl/Cmd+Z undoes a change to the canvases, Ctrl/Cmd+Shift+Z and Ctrl+Y redo it, anywhere
 * but inside a text box (there they undo the typing, as everywhere else). Off while `enabled` is
 * false (a shared canvas is on screen, and the user's own are out of sight).
 */
export function useHistoryShortcuts(enabled: boolean): void {
  // Also with a dialog open (the canvases list: Ctrl+Z brings back a canvas just deleted).
  useShortcut(['undo', 'redo'], ({ id }) => (id === 'undo' ? undoStep() : redoStep()), { enabled, underDialogs: true });
}

/** The toolbar's Undo and Redo. */
export function HistoryButtons() {
  const { t } = useTranslation();
  const canUndo = useHistory((state) => state.canUndo);
  const canRedo = useHistory((state) => state.canRedo);
  return (
    <div className="toolbar" role="group" aria-label={t('history.label')}>
      {/* aria-disabled, not disabled: focus stays on the button when the last step is undone. */}
      {/* Icons only (the header is full); the names stay, for screen readers and tooltips. */}
      <button
        type="button"
        className="toolbar-button toolbar-icon"
        aria-disabled={!canUndo}
        title={t('history.undoKeys')}
        onClick={undoStep}
      >
        <UndoIcon />
        <span className="visually-hidden">{t('history.undo')}</span>
      </button>
      <button
        type="button"
        className="toolbar-button toolbar-icon"
        aria-disabled={!canRedo}
        title={t('history.redoKeys')}
        onClick={redoStep}
      >
        <RedoIcon />
        <span className="visually-hidden">{t('history.redo')}</span>
      </button>
    </div>
  );
}
