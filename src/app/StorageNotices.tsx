import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/i18n/format';
import { backupTime, browserStorage, forgetBackups, readBackup } from '@/persistence/local-storage';
import type { LoadError } from '@/persistence/canvas-document';
import { useStorageStatus } from './storage-sync';

/** Problems with saved data, told plainly: what happened, that nothing was deleted, what to do. */
export function StorageNotices() {
  const { t } = useTranslation();
  const unreadable = useStorageStatus((state) => state.unreadable);
  const migrated = useStorageStatus((state) => state.migrated);
  const saveProblem = useStorageStatus((state) => state.saveProblem);
  const keptBackups = useStorageStatus((state) => state.keptBackups);
  const reason = useLoadErrorText();
  const { i18n } = useTranslation();
  const downloadLabel = (backupKey: string | null) => {
    const time = backupKey ? backupTime(backupKey) : null;
    return time ? t('storage.downloadFrom', { date: formatDateTime(time, i18n.language) }) : t('storage.download');
  };

  return (
    <div className="notices">
      {saveProblem && (
        <div role="alert" className="notice notice-error">
          <p>{t('storage.saveFailed', { context: saveProblem })}</p>
        </div>
      )}
      {unreadable.length > 0 && (
        <div role="alert" className="notice notice-warning">
          <p>
            {unreadable.some((entry) => entry.backupKey === null)
              ? t('storage.unreadableKeptOriginal', { reason: reason(unreadable[0]!.error) })
              : t('storage.unreadable', { count: unreadable.length, reason: reason(unreadable[0]!.error) })}
          </p>
          <div className="notice-actions">
            {unreadable.map((entry) => (
              <button key={entry.key} type="button" className="button" onClick={() => downloadRaw(entry.backupKey ?? entry.key)}>
                {downloadLabel(entry.backupKey)}
              </button>
            ))}
            <button type="button" className="button button-quiet" onClick={() => useStorageStatus.setState({ unreadable: [] })}>
              {t('storage.dismiss')}
            </button>
          </div>
        </div>
      )}
      {keptBackups.length > 0 && (
        <div role="status" className="notice">
          <p>{t('storage.keptBackups', { count: keptBackups.length })}</p>
          <div className="notice-actions">
            {keptBackups.map((key) => (
              <button key={key} type="button" className="button button-quiet" onClick={() => downloadRaw(key)}>
                {downloadLabel(key)}
              </button>
            ))}
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                forgetBackups(browserStorage(), keptBackups);
                useStorageStatus.setState({ keptBackups: [] });
              }}
            >
              {t('storage.stopReminding')}
            </button>
          </div>
        </div>
      )}
      {migrated.length > 0 && (
        <div role="status" className="notice">
          <p>{t('storage.migrated')}</p>
          <div className="notice-actions">
            <button type="button" className="button button-quiet" onClick={() => useStorageStatus.setState({ migrated: [] })}>
              {t('storage.dismiss')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** A translated phrase for why data could not be read. */
export function useLoadErrorText(): (error: LoadError) => string {
  const { t } = useTranslation();
  return (error) => {
    switch (error.code) {
      case 'tooLarge':
        return t('loadError.tooLarge', { size: error.size, limit: error.limit });
      case 'versionTooNew':
        return t('loadError.versionTooNew', { version: error.version });
      case 'invalid':
        return t('loadError.invalid', { path: error.path });
      default:
        return t(`loadError.${error.code}`);
    }
  };
}

/** Hands the user the raw text kept under `key`, as a file. */
function downloadRaw(key: string): void {
  const raw = readBackup(browserStorage(), key);
  if (raw === null) return;
  const url = URL.createObjectURL(new Blob([raw], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${key.replace(/[^A-Za-z0-9_-]+/g, '-')}.txt`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
