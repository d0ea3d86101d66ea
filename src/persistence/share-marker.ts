/**
 * How a URL fragment says it carries a shared canvas (see share-link.ts). Apart from the code that
 * reads one, which a page opened without a share link never needs.
 */
export const SHARE_MARKER = 'share=';

/** True when a URL fragment (`location.hash`) carries a shared canvas. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(SHARE_MARKER);
}
