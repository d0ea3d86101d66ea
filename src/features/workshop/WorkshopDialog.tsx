import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import type { RoomControls } from '@/domain/room';
import { setRoomControls, useLiveRoom } from '@/store/live-room';
import { CopyField } from '@/ui/CopyField';
import { Dialog } from '@/ui/Dialog';
import { Notice } from '@/ui/Notice';
import { showToast } from '@/ui/toasts';
import { NameField } from './NameField';
import { QrCode } from './QrCode';
import { PeopleList } from './RoomStatus';
import { endWorkshop, leaveWorkshop, rememberedName, startWorkshop, type StartProblem } from './workshop-session';
import './workshop-namespace';
import './workshop.css';

/**
 * "Workshop": outside a room, what a live workshop is and "Start workshop"; for the facilitator,
 * the two links (each with a copy button and a QR code), who is here and "End workshop"; for
 * anyone else in the room, who is here and "Leave workshop".
 */
export default function WorkshopDialog({ onClose }: { onClose: (returnFocus?: boolean) => void }) {
  const { t } = useTranslation('workshop');
  const titleId = useId();
  const room = useLiveRoom((state) => state.room);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<StartProblem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const endButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Once the room is open, the button that opened it is gone: focus goes to the dialog's heading.
  const open = room !== null;
  useEffect(() => {
    const active = document.activeElement;
    if (open && (!active || active === document.body || active.tagName === 'DIALOG')) heading.current?.focus();
  }, [open]);
  const [name, setName] = useState(rememberedName);

  const start = async () => {
    setStarting(true);
    setProblem(null);
    const result = await startWorkshop(name);
    setStarting(false);
    setProblem(result);
  };

  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="small-dialog workshop-dialog">
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('title')}
      </h2>
      {!room && (
        <>
          <p>{t('intro')}</p>
          <NameField label={t('hostName')} help={t('hostNameHelp')} value={name} onChange={setName} />
          {problem && (
            // No connection (or none to the server, most often the same) is no fault: said plainly, not as an error.
            <Notice role="alert" tone={problem === 'offline' || problem === 'unreachable' ? 'info' : 'error'}>
              {t('startFailed', { reason: t(`reasons.${problem}`) })}
            </Notice>
          )}
          <div className="notice-actions workshop-actions">
            <button type="button" className="button" onClick={start} disabled={starting} aria-busy={starting || undefined}>
              {starting ? t('starting') : t('start')}
            </button>
          </div>
        </>
      )}
      {room && (
        <>
          <p>{t(room.role === 'host' ? 'hostIntro' : room.role === 'view' ? 'viewerIntro' : 'participantIntro')}</p>
          {room.ignored > 0 && (
            <Notice role="status" tone="warning">
              {t('ignored', { count: room.ignored })}
            </Notice>
          )}
          {room.role === 'host' && room.links && (
            <div className="room-links">
              <RoomLink kind="join" url={room.links.join} />
              <RoomLink kind="watch" url={room.links.watch} />
            </div>
          )}
          {room.role === 'host' && <RoomControlsForm controls={room.controls} />}
          <h3>{t('room.people')}</h3>
          <PeopleList people={room.people} className="room-people room-people-full" />
          <div className="notice-actions workshop-actions">
            {room.role === 'host' ? (
              confirming ? (
                <Notice
                  role="alert"
                  tone="warning"
                  actions={
                    <>
                      <button
                        ref={(button) => button?.focus()}
                        type="button"
                        className="button button-danger"
                        onClick={() => {
                          endWorkshop();
                          onClose();
                        }}
                      >
                        {t('endNow')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        onClick={() => {
                          setConfirming(false);
                          requestAnimationFrame(() => endButton.current?.focus());
                        }}
                      >
                        {t('keepGoing')}
                      </button>
                    </>
                  }
                >
                  {t('endConfirm')}
                </Notice>
              ) : (
                <button
                  ref={endButton}
                  type="button"
                  className="button button-danger"
                  // Ending needs the server to hear it: not while the connection is away.
                  aria-disabled={room.connection !== 'connected' || undefined}
                  onClick={() => room.connection === 'connected' && setConfirming(true)}
                >
                  {t('end')}
                </button>
              )
            ) : (
              <button
                type="button"
                className="button"
                onClick={() => {
                  leaveWorkshop();
                  onClose();
                }}
              >
                {t('leave')}
              </button>
            )}
          </div>
        </>
      )}
    </Dialog>
  );
}

/** The facilitator's decisions for everyone: editing paused, dot voting, dots per person. */
/** Dots a facilitator may give each person: none (no limit), one to twenty, and the room's own if other. */
function dotChoices(current: number): number[] {
  const choices = Array.from({ length: 21 }, (_, dots) => dots);
  if (!choices.includes(current)) choices.push(current);
  return choices;
}

function RoomControlsForm({ controls }: { controls: RoomControls }) {
  const { t, i18n } = useTranslation('workshop');
  const format = new Intl.NumberFormat(i18n.language);
  const pauseHelp = useId();
  const votingHelp = useId();
  const dotsId = useId();
  const dotsHelp = useId();
  return (
    <section className="room-controls">
      <h3>{t('controlsTitle')}</h3>
      <div className="room-control">
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={controls.paused}
          aria-describedby={pauseHelp}
          onClick={() => setRoomControls({ paused: !controls.paused })}
        >
          {t('pause')}
        </button>
        <p id={pauseHelp} className="room-link-help">
          {t(controls.paused ? 'pauseHelpOn' : 'pauseHelp')}
        </p>
      </div>
      <div className="room-control">
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={controls.voting}
          aria-describedby={votingHelp}
          onClick={() => setRoomControls({ voting: !controls.voting })}
        >
          {t('voting')}
        </button>
        <p id={votingHelp} className="room-link-help">
          {t('votingHelp')}
        </p>
      </div>
      <div className="room-control">
        <label htmlFor={dotsId}>{t('dots')}</label>
        {/* A list, not a number field: its numbers are written in the page's language (a number
            field shows Latin digits and takes no Persian ones). */}
        <select
          id={dotsId}
          value={controls.dots}
          aria-describedby={dotsHelp}
          onChange={(event) => setRoomControls({ dots: Number(event.target.value) })}
        >
          {dotChoices(controls.dots).map((dots) => (
            <option key={dots} value={dots}>
              {dots === 0 ? t('dotsUnlimited') : format.format(dots)}
            </option>
          ))}
        </select>
        <p id={dotsHelp} className="room-link-help">
          {t('dotsHelp')}
        </p>
      </div>
    </section>
  );
}

/** A link to give out: read-only text to select, a copy button and its QR code. */
function RoomLink({ kind, url }: { kind: 'join' | 'watch'; url: string }) {
  const { t } = useTranslation('workshop');
  const [label, help, copyLabel, qrLabel] =
    kind === 'join'
      ? [t('joinLink'), t('joinHelp'), t('copyJoin'), t('qrJoin')]
      : [t('watchLink'), t('watchHelp'), t('copyWatch'), t('qrWatch')];
  const fieldId = useId();
  const helpId = useId();
  return (
    <section className="room-link">
      <label htmlFor={fieldId}>{label}</label>
      <p id={helpId} className="room-link-help">
        {help}
      </p>
      <CopyField
        id={fieldId}
        value={url}
        copyText={t('copy')}
        copyLabel={copyLabel}
        describedBy={helpId}
        rowClassName="room-link-row"
        onCopied={(copied) => showToast({ tone: copied ? 'info' : 'error', text: () => t(copied ? 'copied' : 'copyFailed') })}
      />
      <QrCode text={url} label={qrLabel} />
    </section>
  );
}
