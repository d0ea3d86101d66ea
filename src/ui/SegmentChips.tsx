import type { Note } from '@/domain/schema';

interface SegmentChipsProps {
  legend: string;
  /** Said when there is no segment to choose. */
  empty: string;
  segments: readonly Note[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** Customer segments as checkboxes, each with its note's colour. */
export function SegmentChips({ legend, empty, segments, selected, onChange }: SegmentChipsProps) {
  return (
    <fieldset data-field="segments">
      <legend>{legend}</legend>
      {segments.length === 0 ? (
        <p className="field-note">{empty}</p>
      ) : (
        <div className="chips">
          {segments.map((segment) => (
            <label key={segment.id} className="chip">
              <input
                type="checkbox"
                data-value={segment.id}
                checked={selected.includes(segment.id)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...selected, segment.id] : selected.filter((id) => id !== segment.id))
                }
              />
              <span className="swatch" data-color={segment.color} aria-hidden="true" />
              <span dir="auto">{segment.text}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
