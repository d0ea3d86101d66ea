import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRoom } from '@/store/live-room';
import { Dialog } from '@/ui/Dialog';
import { Notice } from '@/ui/Notice';
import { showToast } from '@/ui/toasts';
import { QrCode } from './QrCode';
import { PeopleList } from './RoomStatus';
import { NAME_LENGTH } from '@/persistence/room/room-prefs';
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
  const [name, setName] = useState(rememberedName);
  const nameId = useId();
  const nameHelpId = useId();

  const start = async () => {
    setStarting(true);
    setProblem(null);
    const result = await startWorkshop(name);
    setStarting(false);
    setProblem(result);
  };

  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="small-dialog workshop-dialog">
      <h2 id={titleId}>{t('title')}</h2>
      {!room && (
        <>
          <p>{t('intro')}</p>
          <div className="room-join">
            <label htmlFor={nameId}>{t('hostName')}</label>
            <input
              id={nameId}
              type="text"
              dir="auto"
              autoComplete="nickname"
              maxLength={NAME_LENGTH}
              value={name}
              aria-describedby={nameHelpId}
              onChange={(event) => setName(event.target.value)}
            />
            <p id={nameHelpId} className="room-link-help">
              {t('hostNameHelp')}
            </p>
          </div>
          {problem && (
            <Notice role="alert" tone="error">
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
              <RoomLink label={t('joinLink')} help={t('joinHelp')} url={room.links.join} />
              <RoomLink label={t('watchLink')} help={t('watchHelp')} url={room.links.watch} />
            </div>
          )}
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
                        type="button"
                        className="button button-danger"
                        onClick={() => {
                          endWorkshop();
                          onClose();
                        }}
                      >
                        {t('endNow')}
                      </button>
                      <button type="button" className="button" onClick={() => setConfirming(false)}>
                        {t('keepGoing')}
                      </button>
                    </>
                  }
                >
                  {t('endConfirm')}
                </Notice>
              ) : (
                <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
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

/** A link to give out: read-only text to select, a copy button and its QR code. */
function RoomLink({ label, help, url }: { label: string; help: string; url: string }) {
  const { t } = useTranslation('workshop');
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const helpId = useId();
  const copy = async () => {
    try {
      // Not in a secure context (a plain-http address on the network): no clipboard API there.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      showToast({ tone: 'info', text: () => t('copied') });
    } catch {
      field.current?.select();
      showToast({ tone: 'error', text: () => t('copyFailed') });
    }
  };
  return (
    <section className="room-link">
      <label htmlFor={fieldId}>{label}</label>
      <p id={helpId} className="room-link-help">
        {help}
      </p>
      <div className="room-link-row">
        <input
          ref={field}
          id={fieldId}
          type="text"
          readOnly
          dir="ltr"
          value={url}
          aria-describedby={helpId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={copy} aria-label={t('copyLabel', { link: label })}>
          {t('copy')}
        </button>
      </div>
      <QrCode text={url} label={t('qr', { link: label })} />
    </section>
  );
}
