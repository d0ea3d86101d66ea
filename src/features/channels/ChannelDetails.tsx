import { useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { CHANNEL_COSTS, MEDIA, OWNERSHIPS, REACHES } from '@/domain/channels';
import type { Note } from '@/domain/schema';
import { canvasActions } from '@/store/canvas-store';
import { SegmentChips } from '@/ui/SegmentChips';

const FIELDS = [
  ['ownership', OWNERSHIPS],
  ['reach', REACHES],
  ['medium', MEDIA],
  ['cost', CHANNEL_COSTS],
] as const;

/** What a channel is: ownership, reach, medium, cost, and the segments it reaches. */
export function ChannelDetails({ note, segments }: { note: Note; segments: readonly Note[] }) {
  const { t } = useTranslation('channels');
  const id = useId();
  const channel = note.channel;
  // One detail at a time: choosing one never sets the others ("not set" takes it away again).
  const set = (field: (typeof FIELDS)[number][0], value: string) => {
    const { [field]: _previous, ...rest } = channel ?? { phases: {} };
    canvasActions().updateNote(note.id, { channel: value ? { ...rest, [field]: value } : rest });
  };
  return (
    <article className="channel-card" data-channel={note.id} data-color={note.color} aria-label={note.text}>
      <h4 dir="auto">{note.text}</h4>
      {!channel && <p className="field-note">{t('details.notDescribed')}</p>}
      <div className="channel-attributes" data-field="attributes">
        {FIELDS.map(([field, options]) => (
          <div key={field} className="field">
            <label htmlFor={`${id}-${field}`}>{t(`details.${field}`)}</label>
            <select id={`${id}-${field}`} value={channel?.[field] ?? ''} onChange={(event) => set(field, event.target.value)}>
              <option value="">{t('details.notSet')}</option>
              {options.map((option) => (
                <option key={option} value={option}>
                  {t(`options.${option}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <SegmentChips
        legend={t('details.segments')}
        empty={t('details.noSegments')}
        segments={segments}
        selected={note.segmentIds ?? []}
        onChange={(segmentIds) => canvasActions().updateNote(note.id, { segmentIds })}
      />
    </article>
  );
}
