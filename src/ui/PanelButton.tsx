import { Suspense, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeferredFocus } from './useDeferredFocus';

interface PanelButtonProps {
  label: string;
  icon: ReactNode;
  /** The panel, usually `lazy()`: its code loads when it is first opened. */
  Panel: ComponentType<{ onClose: () => void }>;
}

/** A block's door to a panel: opens it, and takes focus back when it closes. */
export function PanelButton({ label, icon, Panel }: PanelButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Focus can go back to the button only once the modal (which makes the page inert) is gone.
  const focusButton = useDeferredFocus(button, !open);
  const close = () => {
    focusButton();
    setOpen(false);
  };
  return (
    <>
      <button ref={button} type="button" className="block-tool" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {icon}
        <span>{label}</span>
      </button>
      {open && (
        <Suspense fallback={<p className="visually-hidden" role="status">{t('dialog.loading')}</p>}>
          <Panel onClose={close} />
        </Suspense>
      )}
    </>
  );
}
