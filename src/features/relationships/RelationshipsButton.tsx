import { useTranslation } from 'react-i18next';
import { lazyDialog } from '@/ui/lazy-dialog';
import { HeartIcon } from '@/ui/icons';
import { PanelButton } from '@/ui/PanelButton';

// The panel and its long texts load only when it is first opened.
const RelationshipsPanel = lazyDialog(() => import('./RelationshipsPanel'));

/** The Customer Relationships block's door to the relationships panel. */
export function RelationshipsButton() {
  const { t } = useTranslation();
  return <PanelButton label={t('block.relationshipTypes')} icon={<HeartIcon />} Panel={RelationshipsPanel} />;
}
