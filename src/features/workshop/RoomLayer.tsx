import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRoom } from '@/store/live-room';
import { Dialog } from '@/ui/Dialog';
import { Notice } from '@/ui/Notice';
import { NameField } from './NameField';
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
        onSubmit={(event) => {
          event.preventDefault();
          join();
        }}
      >
        <NameField
          label={t('name')}
          help={t('nameHelp')}
          value={name}
          asked
          error={missing ? t('nameMissing') : null}
          onChange={(value) => {
            setName(value);
            setMissing(false);
          }}
        />
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
