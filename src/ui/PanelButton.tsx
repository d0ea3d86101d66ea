import { Suspense, useEffect, useEffectEvent, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { useDeferredFocus } from './useDeferredFocus';
import { usePreload } from './lazy-dialog';

interface PanelButtonProps {
  label: string;
  icon?: ReactNode;
  /** The button's look: a block's tool (default) or a header tool. */
  className?: string;
  /**
   * The panel, usually `lazy()`: its code loads when it is first opened. It closes with
   * `onClose()`, or `onClose(false)` when it has put focus somewhere else (where it led the user).
   */
  Panel: ComponentType<{ onClose: (returnFocus?: boolean) => void }> & { preload?: () => void };
  /** Fetch the panel's code in a quiet moment after the first screen (a heavy panel), not only when the user comes near. */
  preloadAtIdle?: boolean;
  /** On a laptop-wide screen the label is left to screen readers and the tooltip (the icon says it). */
  wideLabelOnly?: boolean;
  /** Set when something else asks for the panel to open; `onOpenRequest` is called as it opens. */
  openRequest?: number | null;
  onOpenRequest?: () => void;
}

/** The button that opens a panel or dialog (from a block or the header): opens it, and takes focus back when it closes. */
export function PanelButton({
  label,
  icon,
  className = 'block-tool',
  Panel,
  openRequest = null,
  onOpenRequest,
  preloadAtIdle = false,
  wideLabelOnly = false,
}: PanelButtonProps) {
  const { t } = useTranslation();
  const intent = usePreload(Panel, preloadAtIdle);
  const [open, setOpen] = useState(openRequest !== null);
  // A new request opens the panel (set while rendering, as React advises for state that follows a prop).
  const [request, setRequest] = useState(openRequest);
  if (request !== openRequest) {
    setRequest(openRequest);
    if (openRequest !== null) setOpen(true);
  }
  const requested = useEffectEvent(() => onOpenRequest?.());
  useEffect(() => {
    if (openRequest !== null) requested();
  }, [openRequest]);
  const button = useRef<HTMLButtonElement>(null);
  // Focus can go back to the button only once the modal (which makes the page inert) is gone.
  const focusButton = useDeferredFocus(button, !open);
  const close = (returnFocus = true) => {
    focusButton(returnFocus);
    setOpen(false);
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-haspopup="dialog"
        title={wideLabelOnly ? label : undefined}
        onClick={() => setOpen(true)}
        {...intent}
      >
        {icon}
        <span className={wideLabelOnly ? 'label-wide' : undefined}>{label}</span>
      </button>
      {open && (
        <Suspense
          fallback={
            <p className="visually-hidden" role="status">
              {t('dialog.loading')}
            </p>
          }
        >
          <Panel onClose={close} />
        </Suspense>
      )}
    </>
  );
}
