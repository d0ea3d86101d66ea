import { Suspense, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { KeyboardIcon } from '@/ui/icons';
import { lazyDialog, usePreload } from '@/ui/lazy-dialog';
import { useDeferredFocus } from '@/ui/useDeferredFocus';
import { useShortcut } from '@/ui/shortcuts';

const ShortcutsDialog = lazyDialog(() => import('./ShortcutsList'));

/** "?" anywhere but in a text box opens the list of keyboard shortcuts; so does the header's button. */
export function ShortcutsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Closing gives focus back to where it was when "?" was pressed (else to this button).
  const returnTo = useRef<HTMLElement | null>(null);
  const focusButton = useDeferredFocus(returnTo, !open);
  useShortcut(['help'], () => {
    returnTo.current =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : button.current;
    setOpen(true);
  });
  const preload = usePreload(ShortcutsDialog, false);
  return (
    <>
      <button
        ref={button}
        {...preload}
        type="button"
        className="toolbar-button toolbar-icon keyboard-tool"
        aria-haspopup="dialog"
        aria-label={t('shortcuts.title')}
        title={`${t('shortcuts.title')} (?)`}
        onClick={() => {
          returnTo.current = button.current;
          setOpen(true);
        }}
      >
        <KeyboardIcon />
      </button>
      {open && (
        <Suspense
          fallback={
            <p className="visually-hidden" role="status">
              {t('dialog.loading')}
            </p>
          }
        >
          <ShortcutsDialog
            onClose={() => {
              focusButton();
              setOpen(false);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
