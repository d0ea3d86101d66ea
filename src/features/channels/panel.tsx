import type { BlockPanel } from '@/store/navigation';
import { MapIcon } from '@/ui/icons';
import { lazyDialog } from '@/ui/lazy-dialog';

/** The channel map, opened from the Channels block. Its code and long texts load apart. */
export const channelsPanel: BlockPanel = {
  id: 'channels',
  block: 'channels',
  label: (t) => t('block.channelMap'),
  icon: <MapIcon />,
  Panel: lazyDialog(() => import('./ChannelsPanel')),
};
