import type { BlockPanel } from '@/store/navigation';
import { HeartIcon } from '@/ui/icons';
import { lazyDialog } from '@/ui/lazy-dialog';

/** The relationships panel, opened from the Customer Relationships block. Its code and long texts load apart. */
export const relationshipsPanel: BlockPanel = {
  id: 'relationships',
  block: 'customerRelationships',
  label: (t) => t('block.relationshipTypes'),
  icon: <HeartIcon />,
  Panel: lazyDialog(() => import('./RelationshipsPanel')),
};
