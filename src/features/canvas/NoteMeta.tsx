import { useShallow } from 'zustand/react/shallow';
import { formatList } from '@/i18n/format';
import type { Note } from '@/domain/schema';
import { linkedSegments } from '@/domain/canvas';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { useBoardText } from './board-text';
import '@/i18n/model-words';

/** The segments a note names on its face; the rest are counted ("+2"). */
const SEGMENT_TAGS_SHOWN = 3;

/**
 * What a note carries besides its text: its relationship type as a badge, and a tag for each
 * customer segment it serves (the start of its name, in its note's colour).
 */
export function NoteMeta({ note }: { note: Note }) {
  const { t, language } = useBoardText();
  const segments = useCanvasStore(useShallow((state) => linkedSegments(selectCurrentCanvas(state), note)));
  if (!note.relationship && segments.length === 0) return <span className="note-meta" />;
  const serves = t('note.serves', {
    segments: formatList(
      segments.map((s) => s.text),
      language,
    ),
  });
  return (
    <span className="note-meta">
      {note.relationship && (
        <span className="badge" title={t('notes:relationshipBadge', { type: t(`model:relationshipTypes.${note.relationship.type}`) })}>
          {t(`model:relationshipTypes.${note.relationship.type}`)}
        </span>
      )}
      {segments.length > 0 && (
        // Each segment by the start of its name, in its note's colour: readable across a room.
        <span className="segment-tags" title={serves}>
          {segments.slice(0, SEGMENT_TAGS_SHOWN).map((segment) => (
            <span key={segment.id} className="segment-tag" aria-hidden="true">
              <span className="segment-dot" data-color={segment.color} />
              <span className="segment-tag-name" dir="auto">
                {segment.text}
              </span>
            </span>
          ))}
          {segments.length > SEGMENT_TAGS_SHOWN && (
            <span className="segment-tag" aria-hidden="true">
              {t('notes:moreSegments', { count: segments.length - SEGMENT_TAGS_SHOWN })}
            </span>
          )}
          <span className="visually-hidden">{serves}</span>
        </span>
      )}
    </span>
  );
}
