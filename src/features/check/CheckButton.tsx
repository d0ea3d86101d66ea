import { Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon } from '@/ui/icons';
import { lazyDialog } from '@/ui/lazy-dialog';
import { useDeferredFocus } from '@/ui/useDeferredFocus';

// The check and the words of every finding load when it is first opened.
const CheckDialog = lazyDialog<(returnFocus: boolean) => void>(() => import('./CheckDialog'));

/** The header's "Check canvas": every finding of the canvas in one list. */
export function CheckButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const focusButton = useDeferredFocus(button, !open);
  // Closed by choosing a finding, focus goes to where that finding is fixed, not back here.
  const close = (returnFocus: boolean) => {
    focusButton(returnFocus);
    setOpen(false);
  };
  return (
    <>
      <button ref={button} type="button" className="toolbar-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <CheckIcon />
        <span>{t('check.button')}</span>
      </button>
      {open && (
        <Suspense fallback={<p className="visually-hidden" role="status">{t('dialog.loading')}</p>}>
          <CheckDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
