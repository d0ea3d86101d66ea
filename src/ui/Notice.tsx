import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

interface NoticeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'role'> {
  /** `error` and `warning` are coloured as such; `info` is plain. */
  tone?: 'info' | 'warning' | 'error';
  /** `alert` is read out at once; `status` politely; none when a live region around it speaks. */
  role?: 'alert' | 'status';
  /** What happened, in a sentence or two. */
  children: ReactNode;
  /** More on it (what went wrong trying to act on it), in a paragraph of its own. */
  detail?: ReactNode;
  /** Buttons offering what to do about it. */
  actions?: ReactNode;
  /** Shows a "Dismiss" button, last, that calls this. */
  onDismiss?: () => void;
}

/** A message on the page: what happened, and what can be done about it. One markup for every notice. */
export function Notice({ tone = 'info', role, children, detail, actions, onDismiss, className, ...rest }: NoticeProps) {
  const { t } = useTranslation();
  const classes = ['notice', tone === 'info' ? '' : `notice-${tone}`, className ?? ''].filter(Boolean).join(' ');
  return (
    <div role={role} className={classes} {...rest}>
      <p>{children}</p>
      {detail && <p>{detail}</p>}
      {(actions || onDismiss) && (
        <div className="notice-actions">
          {actions}
          {onDismiss && (
            <button type="button" className="button button-quiet" onClick={onDismiss}>
              {t('storage.dismiss')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
