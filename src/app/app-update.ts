/**
 * Updates of Boom itself. The service worker (vite.config.ts's `offlineApp`) keeps the app's files
 * so it opens offline; when a new version is published, the worker fetches it and waits. Nothing
 * reloads by itself, not even when the update is accepted in another tab: a calm message offers
 * "Reload to update", and accepting it first saves what is being typed. A tab also hears from the
 * others which build they run (persistence/sync/tab-versions): one started later on another build
 * means this tab is the older (without a service worker too: a phone on a plain-http network).
 *
 * Loaded after the first paint (`startUpdates`), never with the first screen.
 */
import i18next from 'i18next';
import { registerSW } from 'virtual:pwa-register';
import en from '@locales/en/update.json';
import fa from '@locales/fa/update.json';
import { addNamespace } from '@/i18n/namespaces';
import { syncedCanvases } from '@/store/synced-canvases';
import { showToast } from '@/ui/toasts';

addNamespace('update', { en, fa });

/** Where the news came from: this tab's service worker, or another tab already on the new version. */
type Source = 'worker' | 'elsewhere';

/** How long accepting waits for the new worker to take over before reloading all the same. */
const TAKEOVER_MS = 4000;

let source: Source | null = null;
let accepted = false;
let applyWorkerUpdate: ((reload?: boolean) => Promise<void>) | null = null;
let waitingWorker = false;

/** Shows the message (once: later news changes its words, not the number of messages). */
function offer(from: Source): void {
  const first = source === null;
  // Another tab already runs the new version: that says more than "one is ready".
  if (first || from === 'elsewhere') source = from;
  if (!first) return;
  showToast({
    tone: 'info',
    stays: true,
    text: () => i18next.t(source === 'elsewhere' ? 'update:elsewhere' : 'update:ready'),
    action: { label: () => i18next.t('update:reload'), run: accept },
  });
}

/** "Reload to update": what is typed is saved, then the new version takes over and the page reloads. */
function accept(): void {
  if (accepted) return;
  accepted = true;
  // Open editors write into their notes; leaving the page writes the canvases (storage-sync's pagehide).
  syncedCanvases.commitEdits();
  if (waitingWorker && applyWorkerUpdate) {
    // The waiting worker takes over; `onNeedReload` below reloads once it has.
    void applyWorkerUpdate(true);
    setTimeout(() => location.reload(), TAKEOVER_MS);
  } else location.reload();
}

/** Registers the service worker, and offers its updates. Safe to call once per page. */
export function startUpdates(): void {
  if (!('serviceWorker' in navigator)) return;
  applyWorkerUpdate = registerSW({
    immediate: true,
    onNeedRefresh() {
      waitingWorker = true;
      offer('worker');
    },
    // The new worker took over. Here, because this tab accepted: reload. In any other tab, the
    // update was accepted elsewhere: this tab carries on as it is until its user reloads.
    onNeedReload() {
      if (accepted) location.reload();
      else {
        waitingWorker = false;
        offer('elsewhere');
      }
    },
    onRegisterError(error: unknown) {
      console.error('Boom will not open offline: its service worker could not be registered.', error);
    },
  });
}

/** Another tab started on another build after this one: this tab runs the older version. */
export function updateRunsElsewhere(): void {
  offer('elsewhere');
}
