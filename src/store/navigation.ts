/**
 * Requests to take the user to a place another part of the app owns: the whole-canvas check asks
 * for a block's panel to open at a finding. The panel's button opens it (and marks the request
 * done at once, so it never opens the panel again by itself); the panel, once open, takes the
 * finding and moves focus to where it is fixed. (Features never import each other.)
 */
import { useEffect, useEffectEvent, type ComponentType, type ReactNode } from 'react';
import type { TFunction } from '@/i18n/translator';
import { create } from 'zustand';
import type { BlockId } from '@/domain/blocks';
import type { Finding } from '@/domain/findings';

/** The panels that open from a block (app/panels.tsx lists them); Check canvas opens the one named like a finding's area. */
export const PANEL_IDS = ['relationships', 'channels'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export const isPanelId = (value: string): value is PanelId => (PANEL_IDS as readonly string[]).includes(value);

/** A panel, as its feature describes it for the list of panels (app/panels.tsx). */
export interface BlockPanel {
  id: PanelId;
  /** The block among whose tools its button is. */
  block: BlockId;
  /** The button's name. */
  label: (t: TFunction) => string;
  icon: ReactNode;
  /** The panel, a lazyDialog: its code comes in a quiet moment after the first screen, or when it is first opened. */
  Panel: ComponentType<{ onClose: (returnFocus?: boolean) => void }> & { preload?: () => void };
}

interface NavigationState {
  /** The panel asked for; `serial` tells two requests apart. */
  request: { id: PanelId; serial: number } | null;
}

export const useNavigation = create<NavigationState>(() => ({ request: null }));

let serial = 0;
/** The finding the panel asked for is to show, until the panel takes it. */
let waiting: { id: PanelId; finding: Finding | null } | null = null;

export function requestPanel(id: PanelId, finding: Finding | null = null): void {
  waiting = { id, finding };
  useNavigation.setState({ request: { id, serial: (serial += 1) } });
}

/** Called by the panel's button as it opens the panel: the request is done. */
export function panelRequestHandled(id: PanelId): void {
  if (useNavigation.getState().request?.id === id) useNavigation.setState({ request: null });
}

/** The finding a panel was opened for (once). */
export function takePanelRequest(id: PanelId): Finding | null {
  if (waiting?.id !== id) return null;
  const { finding } = waiting;
  waiting = null;
  return finding;
}

/** In a panel: once, as it opens, goes to the finding it was opened for (by Check canvas), if any. */
export function usePanelRequest(id: PanelId, goTo: (finding: Finding) => void): void {
  const take = useEffectEvent(() => {
    const finding = takePanelRequest(id);
    if (finding) goTo(finding);
  });
  useEffect(() => take(), []);
}
