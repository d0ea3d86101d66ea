import type { KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { formatList, isolateWithin } from '@/i18n/format';
import { RATING_MAX, RATING_MIN } from '@/domain/channels';
import type { PhaseId } from '@/domain/journey';
import { linkedSegments } from '@/domain/canvas';
import type { Canvas, Channel, Note } from '@/domain/schema';
import { canvasActions } from '@/store/canvas-store';
import '@/i18n/model-words';

/**
 * Sets one phase of a channel note, describing the note as a channel if it was not one yet (with
 * no other detail: those wait for the user's choice).
 */
function setPhase(note: Note, phase: PhaseId, change: { used?: boolean; rating?: number | undefined }) {
  const channel: Channel = note.channel ?? { phases: {} };
  const current = channel.phases[phase] ?? { used: false };
  const next = { ...current, ...change };
  if (next.rating === undefined) delete next.rating;
  canvasActions().updateNote(note.id, { channel: { ...channel, phases: { ...channel.phases, [phase]: next } } });
}

/**
 * The channel × phase table. Each cell holds a checkbox (used there or not) and, once used, how
 * well it works (1–5). Arrow keys move between cells, following the reading direction.
 */
export function ChannelMatrix({ canvas, channels, phases }: { canvas: Canvas; channels: readonly Note[]; phases: readonly PhaseId[] }) {
  const { t, i18n } = useTranslation('channels');
  const { t: tApp } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const rtl = i18n.dir() === 'rtl';

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, rtl ? 1 : -1],
      ArrowRight: [0, rtl ? -1 : 1],
    };
    const move = moves[event.key];
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    // Up and Down belong to a rating list (they choose its value); Left and Right still move between cells.
    const inRating = (event.target as HTMLElement).tagName === 'SELECT';
    if (!move || !cell || (inRating && move[0] !== 0)) return;
    const [row, col] = (cell.dataset.cell ?? '0:0').split(':').map(Number) as [number, number];
    const target = event.currentTarget.querySelector<HTMLElement>(`[data-cell="${row + move[0]}:${col + move[1]}"] input`);
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };

  return (
    <div className="matrix-scroll">
      <table className="matrix" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col">{t('matrix.channel')}</th>
            {phases.map((phase) => {
              const count = channels.filter((note) => note.channel?.phases[phase]?.used).length;
              return (
                <th key={phase} scope="col" data-uncovered={count === 0 || undefined} tabIndex={-1} data-phase-header={phase}>
                  {tApp(`model:phases.${phase}`)}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {channels.length === 0 && (
            <tr>
              <td colSpan={phases.length + 1} className="matrix-none">
                {t('matrix.noneForSegment')}
              </td>
            </tr>
          )}
          {channels.map((note, row) => (
            <tr key={note.id} data-channel-row={note.id}>
              <th scope="row" className="matrix-channel" data-color={note.color}>
                <span dir="auto">{note.text}</span>
                <SegmentDots canvas={canvas} note={note} />
              </th>
              {phases.map((phase, col) => {
                const state = note.channel?.phases[phase];
                const used = state?.used ?? false;
                return (
                  <td key={phase} data-cell={`${row}:${col}`} data-used={used || undefined}>
                    <input
                      type="checkbox"
                      aria-label={t('matrix.used', {
                        channel: isolateWithin(note.text, i18n.language),
                        phase: tApp(`model:phases.${phase}`),
                      })}
                      checked={used}
                      onChange={(event) => setPhase(note, phase, { used: event.target.checked })}
                    />
                    {used && (
                      <select
                        aria-label={t('matrix.rating', {
                          channel: isolateWithin(note.text, i18n.language),
                          phase: tApp(`model:phases.${phase}`),
                        })}
                        value={state?.rating ?? ''}
                        onChange={(event) => setPhase(note, phase, { rating: event.target.value ? Number(event.target.value) : undefined })}
                      >
                        <option value="">{t('matrix.noRating')}</option>
                        {Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i).map((value) => (
                          <option key={value} value={value}>
                            {number.format(value)}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('matrix.coverage')}</th>
            {phases.map((phase) => {
              const using = channels.filter((note) => note.channel?.phases[phase]?.used);
              const ratings = using.flatMap((note) => {
                const rating = note.channel?.phases[phase]?.rating;
                return rating ? [rating] : [];
              });
              const average = ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null;
              return (
                <td key={phase} data-uncovered={using.length === 0 || undefined}>
                  {using.length === 0 ? (
                    <>
                      <strong className="no-channel">{t('matrix.noChannel')}</strong>
                      <span className="phase-hint">{t(`phaseHints.${phase}`)}</span>
                    </>
                  ) : (
                    <>
                      <span className="coverage-bar" aria-hidden="true">
                        <span style={{ inlineSize: `${(using.length / Math.max(1, channels.length)) * 100}%` }} />
                      </span>
                      <span>{t('matrix.covered', { count: using.length })}</span>
                      {average !== null && (
                        <span className="coverage-average">{t('matrix.average', { value: number.format(average) })}</span>
                      )}
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The segments a channel reaches, as dots in their colours (and in words for screen readers). */
function SegmentDots({ canvas, note }: { canvas: Canvas; note: Note }) {
  const { t, i18n } = useTranslation('channels');
  const segments = linkedSegments(canvas, note);
  if (segments.length === 0) return null;
  const names = formatList(
    segments.map((s) => s.text),
    i18n.language,
  );
  return (
    <span className="segment-dots" title={t('matrix.serves', { segments: names })}>
      {segments.map((segment) => (
        <span key={segment.id} className="segment-dot" data-color={segment.color} aria-hidden="true" />
      ))}
      <span className="visually-hidden">{t('matrix.serves', { segments: names })}</span>
    </span>
  );
}
