import { useTranslation } from 'react-i18next';
import { lazyDialog } from '@/ui/lazy-dialog';
import { MapIcon } from '@/ui/icons';
import { PanelButton } from '@/ui/PanelButton';

// The channel map loads only when it is first opened.
const ChannelsPanel = lazyDialog(() => import('./ChannelsPanel'));

/** The Channels block's door to the channel map. */
export function ChannelsButton() {
  const { t } = useTranslation();
  return <PanelButton label={t('block.channelMap')} icon={<MapIcon />} Panel={ChannelsPanel} />;
}
