import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRoom } from '@/store/live-room';
import { Dialog } from '@/ui/Dialog';
import { Notice } from '@/ui/Notice';
import { NAME_LENGTH } from '@/persistence/room/room-prefs';
import { joinRoom, rememberedName } from './workshop-session';
import './workshop-namespace';
import './workshop.css';

/** Over the canvas: a room link's question (your name), or why a room could not be joined. */
export default function RoomLayer() {
  const invitation = useLiveRoom((state) => state.invitation);
  const problem = useLiveRoom((state) => state.problem);
  const { t } = useTranslation('workshop');
  if (invitation) return <JoinDialog key={invitation.id} />;
  if (!problem) return null;
  return (
    <div className="room-problem">
      <Notice role="alert" tone="error" onDismiss={() => useLiveRoom.setState({ problem: null })}>
        {t(`problems.${problem}`)}
      </Notice>
    </div>
  );
}

/** "Join the workshop": a name (asked once, remembered), then in. */
function JoinDialog() {
  const { t } = useTranslation('workshop');
  const invitation = useLiveRoom((state) => state.invitation)!;
  const titleId = useId();
  const nameId = useId();
  const helpId = useId();
  const errorId = useId();
  const [name, setName] = useState(rememberedName);
  const [missing, setMissing] = useState(false);
  const notNow = () => {
    useLiveRoom.setState({ invitation: null });
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  };
  const join = () => {
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    joinRoom(invitation.id, invitation.secret, invitation.role, name);
  };
  return (
    <Dialog labelledBy={titleId} onClose={notNow} className="small-dialog workshop-dialog">
      <h2 id={titleId}>{t('joinTitle')}</h2>
      <p>{t(invitation.role === 'view' ? 'watchIntro' : 'joinIntro')}</p>
      <form
        className="room-join"
        onSubmit={(event) => {
          event.preventDefault();
          join();
        }}
      >
        <label htmlFor={nameId}>{t('name')}</label>
        <input
          id={nameId}
          type="text"
          dir="auto"
          autoComplete="nickname"
          maxLength={NAME_LENGTH}
          value={name}
          // Asked for at once: the dialog is here for this. The attribute (not React's autoFocus):
          // showModal() gives focus to the element that has it.
          ref={(field) => field?.setAttribute('autofocus', '')}
          aria-describedby={missing ? `${errorId} ${helpId}` : helpId}
          aria-invalid={missing || undefined}
          onChange={(event) => {
            setName(event.target.value);
            setMissing(false);
          }}
        />
        <p id={helpId} className="room-link-help">
          {t('nameHelp')}
        </p>
        {missing && (
          <p id={errorId} className="room-error" role="alert">
            {t('nameMissing')}
          </p>
        )}
        <div className="notice-actions workshop-actions">
          <button type="submit" className="button">
            {t('join')}
          </button>
          <button type="button" className="button button-quiet" onClick={notNow}>
            {t('notNow')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
