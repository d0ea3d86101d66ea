import { useEffect, useId, useState } from 'react';
import type { TFunction } from '@/i18n/translator';
import { useTranslation } from '@/i18n/useTranslation';
import { selectJoining, useLiveRoom } from '@/store/live-room';
import { Dialog } from '@/ui/Dialog';
import { Notice } from '@/ui/Notice';
import { announce } from '@/ui/announcer';
import { NameField } from './NameField';
import { isolate } from '@/i18n/format';
import { aboutRoom, joinRoom, leaveWorkshop, rememberedName, type RoomInvitation } from './workshop-session';
import './workshop-namespace';
import './workshop.css';

/** Over the canvas: a room link's question (your name), the room's canvas on its way, or why a room could not be joined. */
export default function RoomLayer() {
  const invitation = useLiveRoom((state) => state.invitation);
  const problem = useLiveRoom((state) => state.problem);
  const joining = useLiveRoom(selectJoining);
  const { t } = useTranslation('workshop');
  if (invitation) return <JoinDialog key={invitation.id} />;
  if (joining) return <Joining />;
  if (!problem) return null;
  return (
    <div className="room-problem">
      <Notice role="alert" tone="error" onDismiss={() => useLiveRoom.setState({ problem: null })}>
        {t(`problems.${problem}`)}
      </Notice>
    </div>
  );
}

/**
 * Joined, the room's canvas on its way (a slow line; a reload until the browser's copy is read):
 * said after a moment, so a quick arrival does not flash it, with the way out of the room. Said to
 * screen readers once, through the app's announcer (a region that appears with its words is often
 * not read).
 */
function Joining() {
  const { t } = useTranslation('workshop');
  const message = t('canvasComing');
  useEffect(() => announce(message), [message]);
  return (
    <div className="room-joining">
      <p>{message}</p>
      <button type="button" className="button button-quiet" onClick={() => leaveWorkshop()}>
        {t('leave')}
      </button>
    </div>
  );
}

/**
 * "Join the workshop": what it is (the canvas, who runs it: asked of the server meanwhile), a name
 * (asked once, remembered), then in. A link to a room that has ended (or is not valid) says so
 * before asking anything.
 */
function JoinDialog() {
  const { t } = useTranslation('workshop');
  const invitation = useLiveRoom((state) => state.invitation)!;
  const titleId = useId();
  const [name, setName] = useState(rememberedName);
  const [missing, setMissing] = useState(false);
  const [about, setAbout] = useState<Awaited<ReturnType<typeof aboutRoom>>>(null);
  useEffect(() => {
    let current = true;
    void aboutRoom(invitation.id, invitation.secret).then((answer) => current && setAbout(answer));
    return () => {
      current = false;
    };
  }, [invitation.id, invitation.secret]);
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
  if (typeof about === 'string') {
    return (
      <Dialog labelledBy={titleId} onClose={notNow} className="small-dialog workshop-dialog">
        <h2 id={titleId}>{t('linkTitle')}</h2>
        <Notice role="alert" tone="error">
          {t(`problems.${about}`)}
        </Notice>
        <div className="notice-actions workshop-actions">
          <button type="button" className="button" onClick={notNow}>
            {t('notNow')}
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog labelledBy={titleId} onClose={notNow} className="small-dialog workshop-dialog">
      <h2 id={titleId}>{t('joinTitle')}</h2>
      <p>{introduction(t, invitation.role, about)}</p>
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

/** What the invitation says: the canvas and who runs the room, as far as the server has told them. */
function introduction(t: TFunction<'workshop'>, role: 'edit' | 'view', about: RoomInvitation | null): string {
  const watch = role === 'view';
  const title = about?.title.trim();
  const facilitator = about?.facilitator?.trim();
  if (facilitator && title)
    return t(watch ? 'watchIntroFromTitled' : 'joinIntroFromTitled', { title: isolate(title), facilitator: isolate(facilitator) });
  if (facilitator) return t(watch ? 'watchIntroFrom' : 'joinIntroFrom', { facilitator: isolate(facilitator) });
  if (title) return t(watch ? 'watchIntroTitled' : 'joinIntroTitled', { title: isolate(title) });
  return t(watch ? 'watchIntro' : 'joinIntro');
}
