/**
 * A part of Boom's code that could not be fetched. Once Boom has been visited, its service worker
 * keeps all of its code, so this happens only in two cases: a first visit that lost its
 * connection before everything was downloaded, or a tab still on an older version after an update
 * was accepted in another tab (the older files are gone then). Every place that fetches code says
 * so through here, in one message (shown once while it is on screen), with a way to reload.
 */
import { translator } from '@/i18n/translator';
import { dismissToast, showToast } from './toasts';

let shown = -1;

/** Says that a part of Boom did not load (`text`: the words for this part, else the general ones). */
export function missingCode(error: unknown, text: () => string = () => translator.t('dialog.loadFailed')): void {
  if (error) console.error(error);
  dismissToast(shown);
  shown = showToast({ tone: 'error', text, action: { label: () => translator.t('dialog.reload'), run: () => reloadWhenConnected() } });
}

/**
 * Reloads the page, unless that would leave the user on the browser's "No internet" page: a page
 * the service worker does not serve yet (a first visit) reloads only once the site answers. Else
 * `stillOffline` is called (by default, a message says so).
 */
export function reloadWhenConnected(stillOffline = () => missingCode(null, () => translator.t('dialog.stillOffline'))): void {
  void fetch(location.href, { cache: 'no-store' }).then(() => location.reload(), stillOffline);
}
