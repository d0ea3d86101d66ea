import { useLayoutEffect } from 'react';
import { Notice } from './Notice';
import { dismissToast, pauseToast, resumeToast, useToasts, type Toast } from './toasts';

/**
 * The messages of `showToast`. Problems are alerts; confirmations sit in one polite live region
 * that is always on the page, so screen readers announce each one as it arrives.
 */
export function Toasts() {
  const toasts = useToasts((state) => state.toasts);
  // On a phone the messages stay at the foot of the screen: a box being typed into is never left under them.
  useLayoutEffect(() => {
    const typing = document.activeElement;
    const area = document.querySelector<HTMLElement>('.toasts');
    if (!area || !(typing instanceof HTMLTextAreaElement || typing instanceof HTMLInputElement)) return;
    if (typing.getBoundingClientRect().bottom <= area.getBoundingClientRect().top) return;
    typing.style.scrollMarginBlockEnd = `${area.offsetHeight + 8}px`;
    typing.scrollIntoView({ block: 'nearest' });
    typing.style.scrollMarginBlockEnd = '';
  }, [toasts]);
  return (
    <>
      {toasts
        .filter((toast) => toast.tone === 'error')
        .map((toast) => (
          <ToastView key={toast.id} toast={toast} />
        ))}
      <div role="status" className="toast-stack">
        {toasts
          .filter((toast) => toast.tone === 'info')
          .map((toast) => (
            <ToastView key={toast.id} toast={toast} />
          ))}
      </div>
    </>
  );
}

function ToastView({ toast }: { toast: Toast }) {
  return (
    <Notice
      role={toast.tone === 'error' ? 'alert' : undefined}
      tone={toast.tone}
      onMouseEnter={() => pauseToast(toast.id, 'pointer')}
      onMouseLeave={() => resumeToast(toast.id, 'pointer')}
      onFocus={() => pauseToast(toast.id, 'focus')}
      // Only when focus leaves the message, not when it goes from one of its buttons to the other.
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) resumeToast(toast.id, 'focus');
      }}
      actions={
        toast.action && (
          <button
            type="button"
            className="button"
            onClick={() => {
              dismissToast(toast.id);
              toast.action!.run();
            }}
          >
            {toast.action.label()}
          </button>
        )
      }
      onDismiss={() => dismissToast(toast.id)}
    >
      {toast.text()}
    </Notice>
  );
}
