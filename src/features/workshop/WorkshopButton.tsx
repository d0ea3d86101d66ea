import { lazy, Suspense } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { selectJoining, useLiveRoom } from '@/store/live-room';
import { lazyDialog } from '@/ui/lazy-dialog';
import { PanelButton } from '@/ui/PanelButton';
import { PeopleIcon } from '@/ui/icons';

// The dialog, Yjs and the connection load when a workshop is first opened.
const WorkshopDialog = lazyDialog<(returnFocus?: boolean) => void>(() => import('./WorkshopDialog'));
const RoomStatus = lazy(() => import('./RoomStatus'));
const RoomLayer = lazy(() => import('./RoomLayer'));

/** The header's "Workshop": start a live room, give out its links, see who is here, end it. */
export function WorkshopButton() {
  const { t } = useTranslation();
  return <PanelButton className="toolbar-button" icon={<PeopleIcon />} label={t('room.button')} Panel={WorkshopDialog} wideLabelOnly />;
}

/** In a room: the connection's state and who is here, in the header (or, `presenting`, in the presentation's bar). */
export function RoomStatusWhenLive({ presenting = false }: { presenting?: boolean }) {
  const live = useLiveRoom((state) => state.room !== null);
  return live ? (
    <Suspense fallback={null}>
      <RoomStatus presenting={presenting} />
    </Suspense>
  ) : null;
}

/** A room link waiting for a name, a room's canvas on its way, or a room that could not be joined: said over the canvas. */
export function RoomLayerWhenNeeded() {
  const needed = useLiveRoom((state) => state.invitation !== null || state.problem !== null || selectJoining(state));
  return needed ? (
    <Suspense fallback={null}>
      <RoomLayer />
    </Suspense>
  ) : null;
}
