import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { INTEGRATION_LEVELS, type IntegrationLevel } from '@/domain/channels';
import { notesIn } from '@/domain/canvas';
import { channelFindings, type ChannelFindingCode, type Finding } from '@/domain/findings';
import { phasesOf } from '@/domain/journey';
import { LIMITS } from '@/domain/limits';
import { channelFindingText } from '@/i18n/finding-messages';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { usePanelRequest } from '@/store/navigation';
import { announce } from '@/ui/announcer';
import { FindingsList } from '@/ui/FindingsList';
import { PanelShell } from '@/ui/PanelShell';
import { ChannelDetails } from './ChannelDetails';
import { ChannelMatrix } from './ChannelMatrix';
import './channels.css';

/**
 * The channel map: every channel against the phases of the customer's journey, what each is,
 * which phases nobody covers (overall and per segment), and how integrated the channels are.
 */
export default function ChannelsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('channels');
  const { t: tApp } = useTranslation();
  const canvas = useCanvasStore(selectCurrentCanvas);
  const titleId = useId();
  const newId = useId();
  const [draft, setDraft] = useState('');
  const draftField = useRef<HTMLInputElement>(null);
  const [segmentId, setSegmentId] = useState('');
  const filterId = useId();
  const channels = notesIn(canvas, 'channels');
  const segments = notesIn(canvas, 'customerSegments');
  const findings = useMemo(() => channelFindings(canvas), [canvas]);

  const add = () => {
    const text = draft.trim();
    if (!text) return;
    // A channel with no detail chosen yet: each waits for the user.
    const id = canvasActions().addNote('channels', text, { channel: { phases: {} } });
    if (id) {
      setDraft('');
      announce(tApp('note.added', { block: tApp('blocks.channels.name') }));
    }
    // Ready for the next one, whether it was added with Enter or with the button.
    draftField.current?.focus();
  };

  const message = (finding: Finding<ChannelFindingCode>) => channelFindingText(canvas, finding);

  const fix = (finding: Finding) => {
    const target = finding.target;
    const selector =
      target.kind === 'phase'
        ? `[data-phase-header="${target.phase}"]`
        : target.kind === 'integration'
          ? '.integration input:checked, .integration input'
          : target.kind === 'note' && target.field === 'phases'
            ? `[data-channel-row="${target.noteId}"] input`
            : target.kind === 'note' && target.field === 'segments'
              ? `[data-channel="${target.noteId}"] [data-field="segments"] ${target.value ? `[data-value="${target.value}"]` : 'input'}`
              : target.kind === 'note'
                ? `[data-channel="${target.noteId}"] select`
                : `#${CSS.escape(newId)}`;
    requestAnimationFrame(() => {
      const element = document.querySelector<HTMLElement>(selector);
      element?.scrollIntoView?.({ block: 'nearest' });
      element?.focus({ focusVisible: true });
    });
  };

  // Opened from the canvas check: go straight to the finding it was opened for.
  usePanelRequest('channels', fix);

  return (
    <PanelShell
      titleId={titleId}
      title={tApp('blocks.channels.name')}
      intro={t('intro')}
      canvas={canvas}
      notes={channels}
      onJourneyModel={(model) => canvasActions().setJourneyModel(model)}
      wide
      onClose={onClose}
      side={
        <>
          <section aria-labelledby={`${titleId}-integration`}>
            <h3 id={`${titleId}-integration`}>{t('integration.title')}</h3>
            <div className="integration" role="radiogroup" aria-labelledby={`${titleId}-integration`}>
              {INTEGRATION_LEVELS.map((level: IntegrationLevel) => (
                <label key={level} className="integration-option">
                  <input
                    type="radio"
                    name={`${titleId}-level`}
                    value={level}
                    checked={canvas.integrationLevel === level}
                    onChange={() => canvasActions().setIntegrationLevel(level)}
                  />
                  <span>
                    <strong>{t(`integration.${level}.name`)}</strong>
                    <span className="integration-meaning">{t(`integration.${level}.meaning`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </section>
          <section aria-labelledby={`${titleId}-findings`}>
            <h3 id={`${titleId}-findings`}>{t('findings.title')}</h3>
            <FindingsList findings={findings} empty={t('findings.none')} message={message} onSelect={fix} />
          </section>
        </>
      }
    >
      <form
        className="channel-add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label htmlFor={newId}>{t('add.label')}</label>
        {/* Direction follows the text once there is some; empty, the placeholder reads in the page's own. */}
        <input
          ref={draftField}
          id={newId}
          dir={draft ? 'auto' : undefined}
          value={draft}
          maxLength={LIMITS.noteLength}
          placeholder={t('add.placeholder')}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button">
          {t('add.button')}
        </button>
        <p className="field-note">{t('add.tip')}</p>
      </form>
      <section aria-labelledby={`${titleId}-matrix`}>
        <h3 id={`${titleId}-matrix`}>{t('matrix.title')}</h3>
        {segments.length > 0 && channels.length > 0 && (
          <div className="field-inline matrix-filter">
            <label htmlFor={filterId}>{t('matrix.segmentFilter')}</label>
            <select id={filterId} value={segmentId} onChange={(event) => setSegmentId(event.target.value)}>
              <option value="">{t('matrix.allSegments')}</option>
              {segments.map((segment) => (
                <option key={segment.id} value={segment.id}>
                  {segment.text}
                </option>
              ))}
            </select>
          </div>
        )}
        {channels.length === 0 ? (
          <p className="panel-empty">{t('matrix.empty')}</p>
        ) : (
          <ChannelMatrix
            canvas={canvas}
            channels={segmentId && canvas.notes[segmentId] ? channels.filter((note) => note.segmentIds?.includes(segmentId)) : channels}
            phases={phasesOf(canvas.journeyModel)}
          />
        )}
      </section>
      {channels.length > 0 && (
        <section aria-labelledby={`${titleId}-details`}>
          <h3 id={`${titleId}-details`}>{t('details.title')}</h3>
          {channels.map((note) => (
            <ChannelDetails key={note.id} note={note} segments={segments} />
          ))}
        </section>
      )}
    </PanelShell>
  );
}
