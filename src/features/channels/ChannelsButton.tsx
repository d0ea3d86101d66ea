import { useTranslation } from 'react-i18next';
import { panelRequestHandled, useNavigation } from '@/store/navigation';
import { lazyDialog } from '@/ui/lazy-dialog';
import { MapIcon } from '@/ui/icons';
import { PanelButton } from '@/ui/PanelButton';

// The channel map loads only when it is first opened.
const ChannelsPanel = lazyDialog(() => import('./ChannelsPanel'));

/** The Channels block's button that opens the channel map. */
export function ChannelsButton() {
  const { t } = useTranslation();
  // The canvas check can ask for the panel (at one of its findings).
  const openRequest = useNavigation((state) => (state.request?.id === 'channels' ? state.request.serial : null));
  return (
    <PanelButton
      openRequest={openRequest}
      onOpenRequest={() => panelRequestHandled('channels')}
      label={t('block.channelMap')}
      icon={<MapIcon />}
      Panel={ChannelsPanel}
      preloadAtIdle
    />
  );
}
