import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '@/i18n/useTranslation';
import { overlayRoot } from './overlay-root';
import { IconButton } from './IconButton';

interface DialogProps {
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal built on the platform's <dialog>: showModal() makes the rest of the page inert (focus
 * stays inside), Escape closes it, and the caller puts focus back where it came from.
 */
export function Dialog({ labelledBy, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  // Drawn in the overlay root: a dialog opened from a part of the page that is hidden (the header
  // while presenting) must still show.
  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      className={`dialog ${className ?? ''}`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Escape is handled here too, so it closes the same way wherever the platform's cancel is missing.
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
    >
      <IconButton className="dialog-close" label={t('dialog.close')} onClick={onClose}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </IconButton>
      {children}
    </dialog>,
    overlayRoot(),
  );
}
