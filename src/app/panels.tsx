/**
 * The panels that open from a block, in one list: the one place a new panel is added (README,
 * "Adding a panel"). Each feature describes its panel (its `panel.tsx`); here each gets its button
 * among its block's tools, opening when Check canvas asks for it (store/navigation).
 */
import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import { channelsPanel } from '@/features/channels/panel';
import { relationshipsPanel } from '@/features/relationships/panel';
import { useHasNotes } from '@/store/canvas-store';
import { panelRequestHandled, useNavigation, type BlockPanel, type PanelId } from '@/store/navigation';
import { PanelButton } from '@/ui/PanelButton';

/** Every panel id has its panel (tsc says so when one is missing). */
const PANELS: Record<PanelId, BlockPanel> = { relationships: relationshipsPanel, channels: channelsPanel };

/** A block's button that opens its panel (also when Check canvas asks for it, at one of its findings). */
function BlockPanelButton({ panel }: { panel: BlockPanel }) {
  const { t } = useTranslation();
  // Fetched in a quiet moment once the canvas has notes to look at in the panel (else when about to open).
  const hasNotes = useHasNotes();
  const openRequest = useNavigation((state) => (state.request?.id === panel.id ? state.request.serial : null));
  return (
    <PanelButton
      openRequest={openRequest}
      onOpenRequest={() => panelRequestHandled(panel.id)}
      label={panel.label(t)}
      icon={panel.icon}
      Panel={panel.Panel}
      preloadAtIdle={hasNotes}
    />
  );
}

/** Each block's tools: the buttons of its panels (a block may have several, in the order given). */
export function blockTools(panels: readonly BlockPanel[]): Partial<Record<BlockId, ReactNode>> {
  return Object.fromEntries(
    BLOCK_IDS.map((block) => [block, panels.filter((panel) => panel.block === block)] as const)
      .filter(([, ofBlock]) => ofBlock.length > 0)
      .map(([block, ofBlock]) => [block, ofBlock.map((panel) => <BlockPanelButton key={panel.id} panel={panel} />)]),
  );
}

export const BLOCK_TOOLS = blockTools(Object.values(PANELS));
