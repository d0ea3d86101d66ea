import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { canvasOfNotes } from '@/domain/canvas';
import { DEFAULT_JOURNEY_MODEL } from '@/domain/journey';
import { LIMITS } from '@/domain/limits';
import { formatDateTime, formatList, isolate } from '@/i18n/format';
import { canvasActions, useCanvasStore } from '@/store/canvas-store';
import { newId, nowIso } from '@/lib/ids';
import { announce } from '@/ui/announcer';
import { Notice } from '@/ui/Notice';
import { downloadFile } from '@/persistence/files';
import { backupTime, browserStorage, forgetBackups, readBackup } from '@/persistence/local-storage';
import { loadErrorText as reason } from '@/i18n/load-error';
import { exportJson } from '@/features/files/file-actions';
import { addNamespace } from '@/i18n/namespaces';
import en from '@locales/en/notices.json';
import fa from '@locales/fa/notices.json';
import { useStorageStatus, type StorageStatus } from './storage-sync';

// The notices' texts come with them.
addNamespace('notices', { en, fa });

/** Problems with saved data, told plainly: what happened, that nothing was deleted, what to do. */
export function StorageNotices() {
  const { t } = useTranslation('notices');
  const { t: tApp } = useTranslation();
  const unreadable = useStorageStatus((state) => state.unreadable);
  const migrated = useStorageStatus((state) => state.migrated);
  const saveProblem = useStorageStatus((state) => state.saveProblem);
  const keptBackups = useStorageStatus((state) => state.keptBackups);
  const deletedElsewhere = useStorageStatus((state) => state.deletedElsewhere);
  const notKept = useStorageStatus((state) => state.notKept);
  const { i18n } = useTranslation();
  const downloadLabel = (backupKey: string | null) => {
    const time = backupKey ? backupTime(backupKey) : null;
    return time ? t('storage.downloadFrom', { date: formatDateTime(time, i18n.language) }) : t('storage.download');
  };

  return (
    <div className="notices">
      {saveProblem && (
        <Notice
          role="alert"
          tone="error"
          actions={
            <button type="button" className="button" onClick={() => exportJson()}>
              {t('storage.exportNow')}
            </button>
          }
        >
          {t('storage.saveFailed', { context: saveProblem })}
        </Notice>
      )}
      {unreadable.length > 0 && (
        <Notice
          role="alert"
          tone="warning"
          actions={unreadable.map((entry) => (
            <button key={entry.key} type="button" className="button" onClick={() => downloadRaw(entry.backupKey ?? entry.key)}>
              {downloadLabel(entry.backupKey)}
            </button>
          ))}
          onDismiss={() => useStorageStatus.setState({ unreadable: [] })}
        >
          {unreadable.every((entry) => entry.error.code === 'versionTooNew')
            ? t('storage.unreadableNewer', { count: unreadable.length })
            : unreadable.some((entry) => entry.backupKey === null && entry.error.code !== 'versionTooNew')
              ? t('storage.unreadableKeptOriginal', { reason: reason(unreadable[0]!.error) })
              : t('storage.unreadable', { count: unreadable.length, reason: reason(unreadable[0]!.error) })}
        </Notice>
      )}
      {keptBackups.length > 0 && (
        <Notice
          role="status"
          actions={
            <>
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
            </>
          }
        >
          {t('storage.keptBackups', { count: keptBackups.length })}
        </Notice>
      )}
      {notKept.map((entry) => (
        <NotKeptNotice
          key={`${entry.canvasId}:${entry.notes[0]?.note.id}`}
          entry={entry}
          onDone={() => useStorageStatus.setState((status) => ({ notKept: status.notKept.filter((other) => other !== entry) }))}
        />
      ))}
      {deletedElsewhere.length > 0 && (
        <Notice role="status" onDismiss={() => useStorageStatus.setState({ deletedElsewhere: [] })}>
          {t('storage.deletedElsewhere', {
            count: deletedElsewhere.length,
            title: isolate(deletedElsewhere[0]!.trim() || tApp('header.titlePlaceholder')),
          })}
        </Notice>
      )}
      {migrated.length > 0 && (
        <Notice role="status" onDismiss={() => useStorageStatus.setState({ migrated: [] })}>
          {t('storage.migrated')}
        </Notice>
      )}
    </div>
  );
}

/**
 * Notes this tab added that a full canvas could not keep (another tab added notes at the same
 * moment): named, and offered as a canvas of their own or as text to paste elsewhere.
 */
function NotKeptNotice({ entry, onDone }: { entry: StorageStatus['notKept'][number]; onDone: () => void }) {
  const { t, i18n } = useTranslation('notices');
  const { t: tApp } = useTranslation();
  const canvas = useCanvasStore((state) => state.canvases[entry.canvasId]);
  const [problem, setProblem] = useState<'canvasesFull' | 'copyFailed' | null>(null);
  const title = canvas?.title.trim() || tApp('header.titlePlaceholder');
  // Saves of two tabs can cross more than once: a note that is back in the canvas since is kept after all.
  const missing = entry.notes.filter(({ note }) => !canvas || !Object.hasOwn(canvas.notes, note.id));
  const texts = missing.map(({ note }) => note.text);
  if (missing.length === 0) return null;
  const keepAside = () => {
    const aside = canvasOfNotes(
      newId(),
      nowIso(),
      t('storage.notKeptTitle', { title }),
      missing,
      canvas ?? { journeyModel: DEFAULT_JOURNEY_MODEL },
    );
    if (canvasActions().addCanvas(aside, { open: true }) === null) return setProblem('canvasesFull');
    announce(t('storage.notKeptOpened'));
    onDone();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(texts.join('\n\n'));
      announce(t('storage.notKeptCopied', { count: texts.length }));
      onDone();
    } catch {
      setProblem('copyFailed');
    }
  };
  return (
    <Notice
      role="alert"
      tone="error"
      detail={problem && t(`storage.${problem}`)}
      actions={
        <>
          <button type="button" className="button" onClick={keepAside}>
            {t('storage.notKeptNewCanvas', { count: texts.length })}
          </button>
          <button type="button" className="button" onClick={() => void copy()}>
            {t('storage.notKeptCopy', { count: texts.length })}
          </button>
        </>
      }
      onDismiss={onDone}
    >
      {t('storage.notKept', {
        count: texts.length,
        limit: LIMITS.notesPerCanvas,
        title: isolate(title),
        notes: formatList(
          texts.map((text) => quote(isolate(text.replace(/\s+/g, ' ').trim()), i18n.language)),
          i18n.language,
        ),
      })}
    </Notice>
  );
}

const quote = (text: string, language: string) => (language === 'fa' ? `«${text}»` : `“${text}”`);

/** Hands the user the raw text kept under `key`, as a file. */
function downloadRaw(key: string): void {
  const raw = readBackup(browserStorage(), key);
  if (raw !== null) downloadFile(`${key.replace(/[^A-Za-z0-9_-]+/g, '-')}.txt`, raw);
}
