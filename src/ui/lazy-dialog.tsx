import { Component, lazy, useEffect, useId, useState, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { Dialog } from './Dialog';
import { whenIdle } from './idle';
import { loadOnce } from './load-once';
import { reloadWhenConnected } from './missing-code';

/** A dialog: how it closes, and whatever else it is given (`Props`). */
type DialogComponent<Close extends (...args: never[]) => void, Props extends object = object> = ComponentType<{ onClose: Close } & Props>;

/** A lazily loaded dialog whose code can be fetched ahead of its first opening. */
export type PreloadableDialog<Close extends (...args: never[]) => void, Props extends object = object> = DialogComponent<Close, Props> & {
  /** Fetches the dialog's code now (once; later calls do nothing more). */
  preload: () => void;
};

/**
 * Fetches a dialog's code when the user is about to open it (the pointer comes over its button,
 * or focus does) and, for the heavy ones, in a quiet moment after the first screen: opening it
 * then takes no wait.
 */
export function usePreload(
  dialog: { preload?: () => void },
  atIdle: boolean,
  { soon = false }: { soon?: boolean } = {},
): { onPointerEnter: () => void; onFocus: () => void } {
  useEffect(() => {
    if (!atIdle || !dialog.preload) return;
    let cancelIdle = () => {};
    // A while after the first screen, so it never competes with it; `soon`, in its first quiet moment.
    const timer = setTimeout(
      () => (cancelIdle = whenIdle(() => dialog.preload?.(), soon ? SOON_MS : IDLE_PRELOAD_MS)),
      soon ? 0 : IDLE_PRELOAD_MS,
    );
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, [dialog, atIdle, soon]);
  const preload = () => dialog.preload?.();
  return { onPointerEnter: preload, onFocus: preload };
}

const IDLE_PRELOAD_MS = 2000;
const SOON_MS = 250;

/**
 * `React.lazy` for a dialog or panel whose code loads when first opened. If that code cannot be
 * fetched (see ui/missing-code for when that can still happen), a small dialog says so in place
 * of it, instead of the error reaching the page.
 */
export function lazyDialog<Close extends (...args: never[]) => void, Props extends object = object>(
  load: () => Promise<{ default: DialogComponent<Close, Props> }>,
): PreloadableDialog<Close, Props> {
  // One fetch, whether it starts ahead (preload) or at the first opening. A failed preload is
  // tried again at the opening (the network may be back); a failed opening shows LoadFailed,
  // whose "Reload" fetches everything afresh.
  // The dialog once its code is here (`code.loaded`) is drawn at once. Through `lazy` it would
  // suspend for a moment all the same, and React holds a suspended part back for 300 ms.
  const code = loadOnce(load);
  const loadOrSayNot = () =>
    code.load().catch((error: unknown) => {
      console.error(error);
      return { default: LoadFailed as unknown as DialogComponent<Close, Props> };
    });
  const Lazy = lazy(loadOrSayNot);
  // An error while it runs closes it into a small dialog that says so; the page goes on.
  function GuardedDialog(props: { onClose: Close } & Props) {
    // Chosen once per opening: switching while open would draw it afresh, losing what is typed.
    const [Shown] = useState(() => code.loaded?.default ?? Lazy);
    return (
      <DialogErrorBoundary onClose={props.onClose as unknown as () => void}>
        <Shown {...props} />
      </DialogErrorBoundary>
    );
  }
  return Object.assign(GuardedDialog, { preload: () => void loadOrSayNot() });
}

class DialogErrorBoundary extends Component<{ onClose: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <Failed onClose={this.props.onClose} /> : this.props.children;
  }
}

function LoadFailed({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return <ProblemDialog title={t('dialog.loadFailedTitle')} text={t('dialog.loadFailed')} onClose={onClose} reload />;
}

function Failed({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return <ProblemDialog title={t('errors.panelTitle')} text={t('errors.panel')} onClose={onClose} />;
}

/** A small dialog in place of a part that could not load or stopped working. */
function ProblemDialog({ title, text, onClose, reload = false }: { title: string; text: string; onClose: () => void; reload?: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  // Still no connection when "Reload" is pressed: said here (a message behind the dialog is out of reach).
  const [offline, setOffline] = useState(false);
  return (
    <Dialog labelledBy={headingId} onClose={onClose} className="small-dialog">
      <h2 id={headingId}>{title}</h2>
      <p role="alert">{offline ? t('dialog.stillOffline') : text}</p>
      <div className="notice-actions">
        {reload && (
          <button type="button" className="button" onClick={() => reloadWhenConnected(() => setOffline(true))}>
            {t('dialog.reload')}
          </button>
        )}
        <button type="button" className={reload ? 'button button-quiet' : 'button'} onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </Dialog>
  );
}
