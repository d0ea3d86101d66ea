/**
 * Requests to take the user to a place another part of the app owns: the whole-canvas check asks
 * for a block's panel to open at a finding; the panel's button opens it and the panel, once open,
 * takes the finding and moves focus to where it is fixed. (Features never import each other.)
 */
import { create } from 'zustand';
import type { Finding } from '@/domain/findings';

export type PanelId = 'relationships' | 'channels';

interface NavigationState {
  /** The panel asked for, and the finding to show there; `serial` tells two requests apart. */
  panel: { id: PanelId; finding: Finding | null; serial: number } | null;
}

export const useNavigation = create<NavigationState>(() => ({ panel: null }));

let serial = 0;

export function requestPanel(id: PanelId, finding: Finding | null = null): void {
  useNavigation.setState({ panel: { id, finding, serial: (serial += 1) } });
}

/** The finding a panel was opened for (once: the request is then done). */
export function takePanelRequest(id: PanelId): Finding | null {
  const request = useNavigation.getState().panel;
  if (request?.id !== id) return null;
  useNavigation.setState({ panel: null });
  return request.finding;
}
