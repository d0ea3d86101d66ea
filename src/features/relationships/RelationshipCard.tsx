import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { LIMITS } from '@/domain/limits';
import { phasesOf, type JourneyModelId, type PhaseId } from '@/domain/journey';
import {
  MEASURE_KINDS,
  MOTIVATIONS,
  RELATIONSHIP_GROUPS,
  typesInGroup,
  type MeasureKind,
  type Motivation,
  type RelationshipType,
} from '@/domain/relationships';
import type { Note, Relationship } from '@/domain/schema';
import { newId } from '@/lib/ids';
import { canvasActions } from '@/store/canvas-store';
import { registerPendingEdit } from '@/store/pending-edits';
import { TrashIcon } from '@/ui/icons';
import { IconButton } from '@/ui/IconButton';
import { SegmentChips } from '@/ui/SegmentChips';
import '@/i18n/model-words';

interface RelationshipCardProps {
  note: Note;
  segments: readonly Note[];
  journeyModel: JourneyModelId;
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

/** One relationship of the canvas: its description and type, segments, motivations, phases and measures. */
export function RelationshipCard({ note, segments, journeyModel }: RelationshipCardProps) {
  const { t } = useTranslation('relationships');
  const { t: tApp } = useTranslation();
  const details = note.relationship;
  const [text, setText] = useState(note.text);
  const [editedFrom, setEditedFrom] = useState(note.text);
  // Follow changes made elsewhere (the canvas, another tab) unless the user is typing here.
  if (note.text !== editedFrom) {
    setEditedFrom(note.text);
    setText(note.text);
  }
  const textId = useId();
  const typeId = useId();
  const update = (changes: Partial<Relationship>) => {
    if (details) canvasActions().updateNote(note.id, { relationship: { ...details, ...changes } });
  };
  const saveText = () => {
    const cleaned = text.trim();
    if (cleaned && cleaned !== note.text) canvasActions().updateNote(note.id, { text: cleaned });
    else setText(note.text);
  };
  // What is typed is kept even if the panel closes (Escape) or the page goes away before a blur.
  const pending = useRef({ id: note.id, text, saved: note.text });
  useLayoutEffect(() => {
    pending.current = { id: note.id, text, saved: note.text };
  });
  useEffect(() => {
    const commit = () => {
      const { id, text: typed, saved } = pending.current;
      const cleaned = typed.trim();
      if (cleaned && cleaned !== saved) canvasActions().updateNote(id, { text: cleaned });
    };
    const unregister = registerPendingEdit(commit);
    return () => {
      unregister();
      commit();
    };
  }, []);

  return (
    <article className="rel-card" data-relationship={note.id} data-color={note.color} aria-label={note.text}>
      <div className="rel-card-head">
        <div className="field">
          <label htmlFor={textId}>{t('yours.text')}</label>
          <input
            id={textId}
            data-field="text"
            dir="auto"
            value={text}
            maxLength={LIMITS.noteLength}
            onChange={(event) => setText(event.target.value)}
            onBlur={saveText}
            onKeyDown={(event) => {
              if (event.key === 'Enter') saveText();
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={typeId}>{t('yours.type')}</label>
          <select
            id={typeId}
            data-field="type"
            value={details?.type ?? ''}
            onChange={(event) => {
              const type = event.target.value as RelationshipType;
              canvasActions().updateNote(note.id, {
                relationship: details ? { ...details, type } : { type, motivations: [], phases: [], measures: [] },
              });
            }}
          >
            {!details && (
              <option value="" disabled>
                {t('yours.noType')}
              </option>
            )}
            {RELATIONSHIP_GROUPS.map((group) => (
              <optgroup key={group} label={t(`groups.${group}.name`)}>
                {typesInGroup(group).map((type) => (
                  <option key={type} value={type}>
                    {tApp(`model:relationshipTypes.${type}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      </div>
      {details && (
        <>
          <SegmentChips
            legend={t('yours.segments')}
            empty={t('yours.noSegments')}
            segments={segments}
            selected={note.segmentIds ?? []}
            onChange={(segmentIds) => canvasActions().updateNote(note.id, { segmentIds })}
          />
          <fieldset data-field="motivations">
            <legend>{t('yours.motivations')}</legend>
            <div className="chips">
              {MOTIVATIONS.map((motivation: Motivation) => (
                <label key={motivation} className="chip">
                  <input
                    type="checkbox"
                    data-value={motivation}
                    checked={details.motivations.includes(motivation)}
                    onChange={(event) => update({ motivations: toggle(details.motivations, motivation, event.target.checked) })}
                  />
                  <span>{tApp(`model:motivations.${motivation}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset data-field="phases">
            <legend>{t('yours.phases')}</legend>
            <div className="chips">
              {phasesOf(journeyModel).map((phase: PhaseId) => (
                <label key={phase} className="chip">
                  <input
                    type="checkbox"
                    checked={details.phases.includes(phase)}
                    onChange={(event) => update({ phases: toggle(details.phases, phase, event.target.checked) })}
                  />
                  <span>{tApp(`model:phases.${phase}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <Measures details={details} onChange={(measures) => update({ measures })} />
        </>
      )}
    </article>
  );
}

function Measures({ details, onChange }: { details: Relationship; onChange: (measures: Relationship['measures']) => void }) {
  const { t } = useTranslation('relationships');
  const measures = details.measures;
  const set = (id: string, changes: Partial<Relationship['measures'][number]>) =>
    onChange(measures.map((measure) => (measure.id === id ? { ...measure, ...changes } : measure)));
  return (
    <fieldset data-field="measures">
      <legend>{t('yours.measures')}</legend>
      {measures.length === 0 && <p className="field-note">{t('yours.noMeasures')}</p>}
      {measures.map((measure) => (
        <div key={measure.id} className="measure-row" data-measure={measure.id}>
          <select
            aria-label={t('yours.measureKind')}
            value={measure.kind}
            onChange={(event) => set(measure.id, { kind: event.target.value as MeasureKind })}
          >
            {MEASURE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`measureKinds.${kind}`)}
              </option>
            ))}
          </select>
          {measure.kind === 'custom' && (
            <input
              aria-label={t('yours.measureName')}
              placeholder={t('yours.measureName')}
              dir="auto"
              maxLength={LIMITS.fieldLength}
              value={measure.label}
              onChange={(event) => set(measure.id, { label: event.target.value })}
            />
          )}
          <input
            aria-label={t('yours.target')}
            placeholder={t('yours.targetPlaceholder')}
            dir="auto"
            maxLength={LIMITS.fieldLength}
            value={measure.target}
            onChange={(event) => set(measure.id, { target: event.target.value })}
          />
          <IconButton label={t('yours.removeMeasure')} onClick={() => onChange(measures.filter((m) => m.id !== measure.id))}>
            <TrashIcon />
          </IconButton>
        </div>
      ))}
      <button
        type="button"
        className="button button-quiet"
        onClick={(event) => {
          const id = newId();
          onChange([...measures, { id, kind: 'nps', label: '', target: '' }]);
          const fieldset = event.currentTarget.closest('fieldset');
          requestAnimationFrame(() => fieldset?.querySelector<HTMLElement>(`[data-measure="${id}"] select`)?.focus());
        }}
      >
        {t('yours.addMeasure')}
      </button>
    </fieldset>
  );
}
