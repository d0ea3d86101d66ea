import { useTranslation } from '@/i18n/useTranslation';
import { setRoomControls, useLiveRoom } from '@/store/live-room';
import { setVoting, useWorkshop } from '@/store/workshop';
import { announce } from '@/ui/announcer';
import { lazyDialog } from '@/ui/lazy-dialog';
import { PanelButton } from '@/ui/PanelButton';
import { RankIcon } from '@/ui/icons';
import './voting.css';

const MostVotedDialog = lazyDialog(() => import('./MostVotedDialog'));

/** The header's dot-voting tools: voting on or off, and the ranking of the most voted notes. */
export function VotingTools() {
  const { t } = useTranslation();
  const voting = useWorkshop((state) => state.voting);
  // In a live room dot voting is the facilitator's to turn on and off, for everyone.
  const role = useLiveRoom((state) => state.room?.role ?? null);
  return (
    <div className="toolbar" role="group" aria-label={t('voting.group')}>
      {(role === null || role === 'host') && (
        <button
          type="button"
          className="toolbar-button"
          aria-pressed={voting}
          onClick={() => {
            if (role === 'host') setRoomControls({ voting: !voting });
            else setVoting(!voting);
            announce(t(voting ? 'voting.off' : 'voting.on'));
          }}
        >
          <span className="vote-dot" aria-hidden="true" />
          <span>{t('voting.toggle')}</span>
        </button>
      )}
      <PanelButton
        className="toolbar-button"
        icon={<RankIcon className="phone-only" />}
        label={t('voting.mostVoted')}
        Panel={MostVotedDialog}
      />
    </div>
  );
}
