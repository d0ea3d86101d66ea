import { useTranslation } from 'react-i18next';
import { panelRequestHandled, useNavigation } from '@/store/navigation';
import { lazyDialog } from '@/ui/lazy-dialog';
import { HeartIcon } from '@/ui/icons';
import { PanelButton } from '@/ui/PanelButton';

// The panel and its long texts load only when it is first opened.
const RelationshipsPanel = lazyDialog(() => import('./RelationshipsPanel'));

/** The Customer Relationships block's button that opens the relationships panel. */
export function RelationshipsButton() {
  const { t } = useTranslation();
  // The canvas check can ask for the panel (at one of its findings).
  const openRequest = useNavigation((state) => (state.request?.id === 'relationships' ? state.request.serial : null));
  return (
    <PanelButton
      openRequest={openRequest}
      onOpenRequest={() => panelRequestHandled('relationships')}
      label={t('block.relationshipTypes')}
      icon={<HeartIcon />}
      Panel={RelationshipsPanel}
      preloadAtIdle
    />
  );
}
