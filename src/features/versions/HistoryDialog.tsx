import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { selectReadOnly, useLiveRoom } from '@/store/live-room';
import { useCanvasStore } from '@/store/canvas-store';
import { deleteVersion, keepVersion } from '@/store/version-keeping';
import type { VersionMeta } from '@/store/versions';
import { LIMITS } from '@/domain/limits';
import { formatDay } from '@/i18n/format-day';
import { Dialog } from '@/ui/Dialog';
import { useDeferredFocus } from '@/ui/useDeferredFocus';
import {
  compareWithNow,
  defaultVersionName,
  exportWithVersions,
  openCanvasNow,
  quote,
  readOrSay,
  restoreVersion,
  sayProblem,
  showVersion,
  versionLabel,
  versionName,
} from './version-actions';
import { loadVersionScreen } from './HistoryButton';
import { useVersionList } from './use-version-list';
import './versions.css';

/** The version "what changed since" starts from: the last workshop's, else the last saved by hand, else the newest. */
export function defaultComparison(versions: readonly VersionMeta[]): VersionMeta | undefined {
  return versions.find((version) => version.reason === 'workshop' || version.reason === 'saved') ?? versions[0];
}

/** Versions by the day they were kept (in the reader's calendar), newest first. */
function byDay(versions: readonly VersionMeta[], language: string): { day: string; versions: VersionMeta[] }[] {
  const days: { day: string; versions: VersionMeta[] }[] = [];
  for (const version of versions) {
    const day = formatDay(version.at, language);
    const last = days.at(-1);
    if (last?.day === day) last.versions.push(version);
    else days.push({ day, versions: [version] });
  }
  return days;
}

/**
 * "History": the open canvas's versions, newest first and by day; save one with a name; open,
 * compare with now or restore any of them. "What changed since the last workshop?" is its first button.
 */
export default function HistoryDialog({ onClose }: { onClose: (returnFocus?: boolean) => void }) {
  const { t, i18n } = useTranslation('versions');
  const titleId = useId();
  const canvasId = useCanvasStore((state) => state.currentId);
  const readOnly = useLiveRoom(selectReadOnly);
  const versions = useVersionList(canvasId);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [exported, setExported] = useState<{ carried: number; left: number } | null>(null);
  const placeholder = defaultVersionName(i18n.language);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const canvas = openCanvasNow();
    const given = name.trim() || placeholder;
    const result = await keepVersion(canvas, 'saved', { name: given, report: false });
    setSaving(false);
    if (!result.ok) {
      onClose(true);
      sayProblem(result.problem, canvas);
      return;
    }
    setName('');
    setDeleted(null);
    setSaved(given);
  };

  const exportAll = async () => {
    setExported(null);
    setExported(await exportWithVersions());
  };

  // Opening a version or a comparison closes History: the canvas's place shows it.
  const then = (action: Promise<boolean>) => void action.then((done) => done && onClose(false));
  const restore = async (version: VersionMeta) => {
    const canvas = await readOrSay(version);
    if (canvas && (await restoreVersion(version, canvas))) onClose(true);
  };

  // What opening a version or a comparison shows comes while the list is read.
  useEffect(() => void loadVersionScreen().catch(() => undefined), []);

  const start = versions ? defaultComparison(versions) : undefined;
  return (
    <Dialog labelledBy={titleId} onClose={() => onClose(true)} className="panel history-dialog">
      <div className="panel-header">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {t('title')}
        </h2>
        <p className="panel-intro">{t('intro')}</p>
      </div>
      <div className="history-body">
        <form className="history-save" onSubmit={(event) => void save(event)}>
          <label className="history-name">
            <span>{t('nameLabel')}</span>
            <input
              type="text"
              // Typed text takes its own direction; the date offered until then reads in the page's.
              dir={name ? 'auto' : undefined}
              value={name}
              placeholder={placeholder}
              maxLength={LIMITS.versionNameLength}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={saving}>
            {t('save')}
          </button>
          <p role="status" className="field-note history-saved">
            {saved !== null ? t('saved', { name: quote(saved, i18n.language) }) : deleted !== null && t('deleted', { name: deleted })}
          </p>
        </form>
        {start && (
          <button type="button" className="button history-start" onClick={() => then(compareWithNow(start))}>
            {t('compareDefault', { name: versionLabel(start, i18n.language) })}
          </button>
        )}
        {versions !== null && versions.length > 0 && (
          <div className="history-export">
            <button type="button" className="button button-quiet" onClick={() => void exportAll()}>
              {t('exportWithVersions')}
            </button>
            <p role="status" className="field-note">
              {exported &&
                (exported.left > 0
                  ? t('exportedSomeLeft', { count: exported.carried, left: exported.left })
                  : t('exportedWithVersions', { count: exported.carried }))}
            </p>
          </div>
        )}
        {versions === null ? (
          <p role="status" className="field-note">
            {t('loading')}
          </p>
        ) : versions.length === 0 ? (
          <p className="panel-empty">{t('none')}</p>
        ) : (
          <section aria-label={t('list')}>
            {byDay(versions, i18n.language).map(({ day, versions: ofDay }) => (
              <div key={day} className="history-day">
                <h3>{day}</h3>
                <ul className="history-list">
                  {ofDay.map((version) => (
                    <VersionRow
                      key={version.id}
                      version={version}
                      readOnly={readOnly}
                      onOpen={() => then(showVersion(version))}
                      onCompare={() => then(compareWithNow(version))}
                      onRestore={() => void restore(version)}
                      onDeleted={(label) => {
                        setSaved(null);
                        setDeleted(label);
                        heading.current?.focus();
                      }}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        )}
      </div>
    </Dialog>
  );
}

interface RowProps {
  version: VersionMeta;
  readOnly: boolean;
  onOpen: () => void;
  onCompare: () => void;
  onRestore: () => void;
  /** After it was deleted, with its label. */
  onDeleted: (label: string) => void;
}

function VersionRow({ version, readOnly, onOpen, onCompare, onRestore, onDeleted }: RowProps) {
  const { t, i18n } = useTranslation('versions');
  const [asking, setAsking] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const row = useRef<HTMLLIElement>(null);
  // The question takes focus as it comes; "Keep" (or Escape) gives it back to Delete.
  const focusDelete = useDeferredFocus(deleteButton, !asking);
  useEffect(() => {
    if (asking) row.current?.querySelector<HTMLElement>('.history-row-question button')?.focus();
  }, [asking]);
  const time = new Intl.DateTimeFormat(i18n.language === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', { timeStyle: 'short' }).format(
    new Date(version.at),
  );
  const label = versionLabel(version, i18n.language);
  const keep = () => {
    focusDelete();
    setAsking(false);
  };
  return (
    <li ref={row} className="history-row" data-reason={version.reason}>
      <div className="history-row-text">
        <strong dir="auto">{versionName(version)}</strong>
        <span className="history-row-meta">
          <span>{time}</span>
          <span>{t(`reason.${version.reason}`)}</span>
          <span>{t('notes', { count: version.notes })}</span>
        </span>
      </div>
      {asking ? (
        <div
          className="history-row-actions history-row-question"
          role="group"
          aria-label={t('deleteQuestion', { name: label })}
          onKeyDown={(event) => {
            // Escape answers "keep", and leaves History open.
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            keep();
          }}
        >
          <span className="history-row-ask">{t('deleteQuestion', { name: label })}</span>
          <button
            type="button"
            className="button button-danger"
            onClick={() => void deleteVersion(version.id).then(() => onDeleted(label))}
          >
            {t('delete')}
          </button>
          <button type="button" className="button button-quiet" onClick={keep}>
            {t('keep')}
          </button>
        </div>
      ) : (
        <div className="history-row-actions">
          <button type="button" className="button button-quiet" aria-label={t('openNamed', { name: label })} onClick={onOpen}>
            {t('open')}
          </button>
          <button type="button" className="button button-quiet" aria-label={t('compareNamed', { name: label })} onClick={onCompare}>
            {t('compareWithNow')}
          </button>
          {!readOnly && (
            <button type="button" className="button button-quiet" aria-label={t('restoreNamed', { name: label })} onClick={onRestore}>
              {t('restore')}
            </button>
          )}
          <button
            ref={deleteButton}
            type="button"
            className="button button-quiet"
            aria-label={t('deleteNamed', { name: label })}
            onClick={() => setAsking(true)}
          >
            {t('delete')}
          </button>
        </div>
      )}
    </li>
  );
}
