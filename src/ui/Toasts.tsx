import { useTranslation } from 'react-i18next';
import { dismissToast, useToasts } from './toasts';

/** The messages of `showToast`, each with its action and a way to dismiss it. */
export function Toasts() {
  const { t } = useTranslation();
  const toasts = useToasts((state) => state.toasts);
  return toasts.map((toast) => (
    <div key={toast.id} role={toast.tone === 'error' ? 'alert' : 'status'} className={`notice ${toast.tone === 'error' ? 'notice-error' : ''}`}>
      <p>{toast.text()}</p>
      <div className="notice-actions">
        {toast.action && (
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
        )}
        <button type="button" className="button button-quiet" onClick={() => dismissToast(toast.id)}>
          {t('storage.dismiss')}
        </button>
      </div>
    </div>
  ));
}
