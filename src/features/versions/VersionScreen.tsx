import { useId, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { translator } from '@/i18n/translator';
import { BLOCK_IDS, STORY_ORDER } from '@/domain/blocks';
import type { Canvas } from '@/domain/schema';
import { formatDateTime } from '@/i18n/format';
import { selectReadOnly, useLiveRoom } from '@/store/live-room';
import { selectOpenCanvas, useCanvasStore } from '@/store/canvas-store';
import { closeVersionView, compareVersions, useVersions, type CompareSide, type VersionView } from '@/store/versions';
import { CanvasSheet, SheetHeader, sheetNoteContent } from '@/ui/CanvasSheet';
import { Notice } from '@/ui/Notice';
import { NARROW_SCREEN, useMediaQuery } from '@/ui/useMediaQuery';
import { canvasLines, changeLines, compareCanvases, type CompareBlock, type CompareEntry } from './compare-model';
import { comparisonMarkdown, sideLabel } from './compare-markdown';
import { compareWithNow, quote, restoreVersion, sideOf, versionAsNewCanvas, versionLabel, versionName } from './version-actions';
import { downloadFile, fileNameFor } from '@/persistence/files';
import '@/ui/sheet.css';
import { useVersionList } from './use-version-list';
import './versions.css';

/** A version, read-only, or a comparison of two, in place of the editor. */
export default function VersionScreen() {
  const view = useVersions((state) => state.view);
  if (!view) return null;
  return view.kind === 'version' ? <VersionView view={view} /> : <CompareView view={view} />;
}

function VersionView({ view }: { view: Extract<VersionView, { kind: 'version' }> }) {
  const { t, i18n } = useTranslation('versions');
  const stacked = useMediaQuery(NARROW_SCREEN);
  const readOnly = useLiveRoom(selectReadOnly);
  const { version, canvas } = view;
  return (
    <div className="version-screen">
      <Notice
        className="version-banner"
        actions={
          <>
            {!readOnly && (
              <button type="button" className="button" onClick={() => void restoreVersion(version, canvas)}>
                {t('restore')}
              </button>
            )}
            <button type="button" className="button button-quiet" onClick={() => void compareWithNow(version)}>
              {t('compareWithNow')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => versionAsNewCanvas(canvas)}>
              {t('asNewCanvas')}
            </button>
            <button type="button" className="button button-quiet" onClick={closeVersionView}>
              {t('back')}
            </button>
          </>
        }
      >
        {versionName(version) === formatDateTime(version.at, i18n.language)
          ? t('bannerDated', { date: formatDateTime(version.at, i18n.language) })
          : t('banner', { name: quote(versionName(version), i18n.language), date: formatDateTime(version.at, i18n.language) })}
      </Notice>
      <CanvasSheet canvas={canvas} layout={stacked ? 'stacked' : 'canvas'} />
    </div>
  );
}

/** The comparison, timed for the benchmark (`npm run bench`: within a frame at 1,000 notes). */
function measuredComparison(earlier: Canvas, later: Canvas) {
  const start = performance.now();
  const result = compareCanvases(earlier, later);
  performance.measure('boom:compare', { start, end: performance.now() });
  return result;
}

const sideValue = (side: CompareSide) => (side.kind === 'now' ? 'now' : side.version.id);

function CompareView({ view }: { view: Extract<VersionView, { kind: 'compare' }> }) {
  const { t, i18n } = useTranslation('versions');
  const id = useId();
  const stacked = useMediaQuery(NARROW_SCREEN);
  const now = useCanvasStore(selectOpenCanvas);
  // Its two lists offer the canvas's versions (none while they are read).
  const versions = useVersionList(view.canvasId) ?? [];
  const [changesOnly, setChangesOnly] = useState(false);
  const canvasOf = (side: CompareSide): Canvas => (side.kind === 'now' ? now : side.canvas);
  const earlier = canvasOf(view.earlier);
  const later = canvasOf(view.later);
  const comparison = useMemo(() => measuredComparison(earlier, later), [earlier, later]);
  const fieldLines = canvasLines(comparison.diff, translator.t);
  const total = comparison.blocks.reduce((sum, block) => sum + block.count, 0) + fieldLines.length;
  const number = new Intl.NumberFormat(i18n.language);

  const choose = async (which: 'earlier' | 'later', value: string) => {
    const version = value === 'now' ? null : (versions.find((candidate) => candidate.id === value) ?? null);
    const side = await sideOf(version);
    if (!side) return;
    const current = useVersions.getState().view;
    if (current?.kind !== 'compare') return;
    compareVersions(view.canvasId, which === 'earlier' ? side : current.earlier, which === 'later' ? side : current.later);
  };

  const exportMarkdown = () => {
    const text = comparisonMarkdown(
      earlier,
      later,
      sideLabel(view.earlier, i18n.language),
      sideLabel(view.later, i18n.language),
      i18n.language,
    );
    downloadFile(
      fileNameFor(`${later.title.trim() || t('compare.title')} - ${t('compare.fileSuffix')}`, t('compare.title'), '.md'),
      text,
      'text/markdown;charset=utf-8',
    );
  };

  const options = (
    <>
      <option value="now">{t('compare.now')}</option>
      {versions.map((version) => (
        <option key={version.id} value={version.id}>
          {versionLabel(version, i18n.language)}
        </option>
      ))}
    </>
  );
  const order = stacked ? STORY_ORDER : BLOCK_IDS;
  const blocks = new Map(comparison.blocks.map((block) => [block.blockId, block]));
  return (
    <div className="version-screen compare-screen">
      <section className="compare-bar" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('compare.title')}</h2>
        <label>
          <span>{t('compare.earlier')}</span>
          <select value={sideValue(view.earlier)} onChange={(event) => void choose('earlier', event.target.value)}>
            {options}
          </select>
        </label>
        <label>
          <span>{t('compare.later')}</span>
          <select value={sideValue(view.later)} onChange={(event) => void choose('later', event.target.value)}>
            {options}
          </select>
        </label>
        <label className="compare-only">
          <input type="checkbox" checked={changesOnly} onChange={(event) => setChangesOnly(event.target.checked)} />
          <span>{t('compare.changesOnly')}</span>
        </label>
        <div className="compare-actions">
          <button type="button" className="button button-quiet" onClick={exportMarkdown}>
            {t('compare.export')}
          </button>
          <button type="button" className="button button-quiet" onClick={closeVersionView}>
            {t('back')}
          </button>
        </div>
        <p role="status" className="compare-summary">
          {total === 0
            ? t('compare.nothing')
            : t('compare.summary', {
                added: number.format(comparison.totals.added),
                removed: number.format(comparison.totals.removed),
                changed: number.format(comparison.totals.changed),
                moved: number.format(comparison.totals.moved),
              })}
        </p>
      </section>
      <article className="sheet compare-sheet" data-layout={stacked ? 'stacked' : 'canvas'} data-changes-only={changesOnly || undefined}>
        <SheetHeader canvas={later} />
        {fieldLines.length > 0 && (
          <section className="compare-fields" aria-label={t('compare.canvasFields')}>
            <ul>
              {fieldLines.map((line) => (
                <li key={line} dir="auto">
                  <span className="compare-mark" data-mark="changed">
                    {t('mark.changed')}
                  </span>{' '}
                  {line}
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className={stacked ? 'sheet-grid' : 'sheet-grid canvas-grid'}>
          {order.map((blockId) => (
            <CompareBlockView key={blockId} block={blocks.get(blockId)!} earlier={earlier} later={later} changesOnly={changesOnly} />
          ))}
        </div>
      </article>
    </div>
  );
}

function CompareBlockView({
  block,
  earlier,
  later,
  changesOnly,
}: {
  block: CompareBlock;
  earlier: Canvas;
  later: Canvas;
  changesOnly: boolean;
}) {
  // The hook draws it again when the language changes; the app's `t` reads any namespace.
  const { i18n } = useTranslation();
  const t = translator.t;
  const name = t(`blocks.${block.blockId}.name`);
  const entries = changesOnly ? block.entries.filter((entry) => entry.marks.length > 0 || entry.trace) : block.entries;
  const count = t('versions:compare.blockCount', { count: block.count });
  return (
    <section
      className="sheet-block compare-block"
      data-block={block.blockId}
      data-changed={block.count > 0 || undefined}
      aria-label={t('versions:compare.blockHeading', { block: name, count })}
    >
      <h3>
        <span>{name}</span>
        {block.count > 0 && <span className="compare-count">{count}</span>}
      </h3>
      {entries.length > 0 && (
        <ul className="sheet-notes">
          {/* Drawn without hooks of their own: a thousand notes come at once. */}
          {entries.map((entry) => (
            <li
              key={`${entry.note.id}:${entry.marks.join()}`}
              className="sheet-note compare-note"
              data-color={entry.note.color}
              data-change={entry.trace ?? entry.marks[0] ?? undefined}
            >
              {compareNote(entry, earlier, later, t, i18n.language)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A note in a comparison: what happened to it, in words, then the note, then how it changed. */
function compareNote(entry: CompareEntry, earlier: Canvas, later: Canvas, t: typeof translator.t, language: string) {
  const { note, marks, change } = entry;
  if (entry.trace === 'movedAway') {
    const to = change ? t(`blocks.${change.block}.name`) : '';
    return (
      <>
        <span className="compare-marks">
          <span className="compare-mark" data-mark="movedAway">
            {t('versions:mark.movedAway', { block: to })}
          </span>
        </span>
        {sheetNoteContent(note, entry.canvas, t, language)}
      </>
    );
  }
  const lines = changeLines(change, earlier, later, t, language);
  const from = change?.kind === 'changed' && change.from ? t(`blocks.${change.from}.name`) : null;
  return (
    <>
      {marks.length > 0 && (
        <span className="compare-marks">
          {marks.map((mark) => (
            <span key={mark} className="compare-mark" data-mark={mark}>
              {mark === 'moved' && from
                ? `${t('versions:mark.moved')} ${t('versions:change.movedFrom', { block: from })}`
                : t(`versions:mark.${mark}`)}
            </span>
          ))}
        </span>
      )}
      {sheetNoteContent(note, entry.canvas, t, language)}
      {lines.length > 0 && (
        <ul className="compare-lines">
          {lines.map((line) => (
            <li key={line} dir="auto">
              {line}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
