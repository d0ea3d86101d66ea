import { useId, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { notesIn } from '@/domain/canvas';
import { relationshipFindings, type Finding, type RelationshipFindingCode } from '@/domain/findings';
import { RELATIONSHIP_GROUPS, RELATIONSHIP_TYPES, typesInGroup, type RelationshipType } from '@/domain/relationships';
import { relationshipFindingText } from '@/i18n/finding-messages';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { boardPlaces } from '@/store/board-places';
import { usePanelRequest } from '@/store/navigation';
import { announce } from '@/ui/announcer';
import { FindingsList } from '@/ui/FindingsList';
import { PanelShell } from '@/ui/PanelShell';
import { MixChart } from './MixChart';
import { RelationshipCard } from './RelationshipCard';
import './relationships.css';
import '@/i18n/model-words';

/**
 * The Customer Relationships panel: the nine relationship types explained, the relationships of
 * this canvas with their segments, motivations, phases and measures, the mix as a picture, and
 * what is missing.
 */
export default function RelationshipsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('relationships');
  const { t: tApp } = useTranslation();
  const canvas = useCanvasStore(selectCurrentCanvas);
  const titleId = useId();
  const [forSegment, setForSegment] = useState<string | null>(null);
  const relationshipNotes = notesIn(canvas, 'customerRelationships');
  const segments = notesIn(canvas, 'customerSegments');
  const findings = useMemo(() => relationshipFindings(canvas), [canvas]);

  const add = (type: RelationshipType) => {
    const name = tApp(`model:relationshipTypes.${type}`);
    const id = canvasActions().addNote('customerRelationships', name, {
      relationship: { type, motivations: [], phases: [], measures: [] },
      segmentIds: forSegment ? [forSegment] : [],
    });
    setForSegment(null);
    if (id) {
      announce(tApp('note.added', { block: tApp('blocks.customerRelationships.name') }));
      // The type's name stands in as the description, selected: typing replaces it ("Online
      // pre-order app", never "Self-serviceOnline pre-order app"); the type shows as the badge.
      focusField(id, 'text', undefined, { select: true });
    }
  };

  const fix = (finding: Finding) => {
    const target = finding.target;
    if (target.kind === 'note') focusField(target.noteId, target.field, target.value);
    else if (target.kind === 'add') {
      setForSegment(target.segmentId ?? null);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.rel-catalogue .add-type')?.focus({ focusVisible: true }));
    } else if (target.kind === 'block') {
      onClose();
      requestAnimationFrame(() => boardPlaces.focusAddNote(target.blockId));
    }
  };

  const message = (finding: Finding<RelationshipFindingCode>) => relationshipFindingText(canvas, finding);

  // Opened from the canvas check: go straight to the finding it was opened for.
  usePanelRequest('relationships', fix);

  return (
    <PanelShell
      titleId={titleId}
      title={tApp('blocks.customerRelationships.name')}
      intro={t('intro')}
      canvas={canvas}
      notes={relationshipNotes}
      onJourneyModel={(model) => canvasActions().setJourneyModel(model)}
      onClose={onClose}
      side={
        <>
          <section aria-labelledby={`${titleId}-mix`}>
            <h3 id={`${titleId}-mix`}>{t('mix.title')}</h3>
            <MixChart canvas={canvas} notes={relationshipNotes} />
          </section>
          <section aria-labelledby={`${titleId}-findings`}>
            <h3 id={`${titleId}-findings`}>{t('findings.title')}</h3>
            <FindingsList findings={findings} empty={t('findings.none')} message={message} onSelect={fix} />
          </section>
        </>
      }
    >
      <section aria-labelledby={`${titleId}-yours`} className="rel-yours">
        <h3 id={`${titleId}-yours`}>{t('yours.title')}</h3>
        {relationshipNotes.length === 0 ? (
          <p className="panel-empty">{t('yours.empty')}</p>
        ) : (
          relationshipNotes.map((note) => (
            <RelationshipCard key={note.id} note={note} segments={segments} journeyModel={canvas.journeyModel} />
          ))
        )}
      </section>
      <section aria-labelledby={`${titleId}-types`} className="rel-catalogue">
        <h3 id={`${titleId}-types`}>{t('catalogue.title')}</h3>
        {forSegment && canvas.notes[forSegment] && (
          <p className="panel-hint" role="status">
            {t('catalogue.forSegment', { segment: (forSegment && canvas.notes[forSegment]?.text) || '' })}
          </p>
        )}
        {RELATIONSHIP_GROUPS.map((group) => (
          <div key={group} className="rel-group">
            <h4>{t(`groups.${group}.name`)}</h4>
            <p className="rel-group-description">{t(`groups.${group}.description`)}</p>
            <ul className="rel-types">
              {typesInGroup(group).map((type) => (
                <TypeCard key={type} type={type} onAdd={() => add(type)} />
              ))}
            </ul>
          </div>
        ))}
      </section>
    </PanelShell>
  );
}

/** One relationship type explained, with its profile and a button to add one. */
function TypeCard({ type, onAdd }: { type: RelationshipType; onAdd: () => void }) {
  const { t } = useTranslation('relationships');
  const { t: tApp } = useTranslation();
  const profile = RELATIONSHIP_TYPES[type];
  const name = tApp(`model:relationshipTypes.${type}`);
  const headingId = useId();
  return (
    <li className="type-card" aria-labelledby={headingId}>
      <h5 id={headingId}>{name}</h5>
      <p>{t(`types.${type}.what`)}</p>
      <p>
        <strong>{t('catalogue.fits')}: </strong>
        {t(`types.${type}.fits`)}
      </p>
      <p className="type-examples">
        <strong>{t('catalogue.examples')}: </strong>
        {t(`types.${type}.examples`)}
      </p>
      <ul className="type-profile">
        <li>
          <Meter value={profile.cost} max={3} />
          {t('catalogue.cost', { level: t(`levels.cost_${profile.cost}`) })}
        </li>
        <li>
          <Meter value={profile.touch} max={5} />
          {t('catalogue.touch', { level: t(`levels.touch_${profile.touch}`) })}
        </li>
      </ul>
      <button type="button" className="button add-type" onClick={onAdd}>
        {t('catalogue.add', { type: name })}
      </button>
    </li>
  );
}

/** A row of filled and empty dots; decoration beside a text that says the same. */
function Meter({ value, max }: { value: number; max: number }) {
  return (
    <span className="meter" aria-hidden="true">
      {Array.from({ length: max }, (_, i) => (
        <span key={i} data-on={i < value || undefined} />
      ))}
    </span>
  );
}

/** Brings a field of a relationship card into view and focuses its control (the one for `value`, if given). */
function focusField(noteId: string, field: string, value?: string, options: { select?: boolean } = {}) {
  requestAnimationFrame(() => {
    const card = document.querySelector<HTMLElement>(`[data-relationship="${noteId}"]`);
    const place = card?.querySelector<HTMLElement>(`[data-field="${field}"]`);
    const control =
      (value ? place?.querySelector<HTMLElement>(`[data-value="${value}"]`) : null) ??
      (place?.matches('input, select, button') ? place : place?.querySelector<HTMLElement>('input, select, button'));
    control?.scrollIntoView?.({ block: 'nearest' });
    control?.focus({ focusVisible: true });
    if (options.select && control instanceof HTMLInputElement) control.select();
  });
}
