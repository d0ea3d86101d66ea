/**
 * Where floating things are drawn (menus, dialogs): a node inside the page's main landmark, so
 * every piece of content sits in a landmark, and outside any part that may be hidden (the header
 * is hidden while presenting, and a dialog opened from it must still show).
 */
export function overlayRoot(): HTMLElement {
  return document.getElementById('overlay-root') ?? document.body;
}
