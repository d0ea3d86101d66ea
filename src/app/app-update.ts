/**
 * Updates of Boom itself. The service worker (vite.config.ts's `offlineApp`) keeps the app's files
 * so it opens offline; when a new version is published, the worker fetches it and waits. Nothing
 * reloads by itself, not even when the update is accepted in another tab: a calm message offers
 * "Reload to update", and accepting it first saves what is being typed. A tab also hears from the
 * others which build they run (persistence/sync/tab-versions): when the site's page names another
 * build than this tab runs, this tab is the older (without a service worker too: a phone on a
 * plain-http network).
 *
 * Loaded once the first screen is on screen (`startUpdates`), never with it.
 */
import { translator } from '@/i18n/translator';
import { registerSW } from 'virtual:pwa-register';
import en from '@locales/en/update.json';
import fa from '@locales/fa/update.json';
import { addNamespace } from '@/i18n/namespaces';
import { SCHEMA_VERSION } from '@/domain/document';
import { stopSavingForNewerTab, storageStatus } from '@/persistence/sync/storage-sync';
import { fileActions } from '@/features/files/exports';
import { startTabVersions } from '@/persistence/sync/tab-versions';
import { syncedCanvases } from '@/store/synced-canvases';
import { stopWorkAhead } from '@/ui/idle';
import { dismissToast, showToast } from '@/ui/toasts';

addNamespace('update', { en, fa });

/** Where the news came from: this tab's service worker, or another tab already on the new version. */
type Source = 'worker' | 'elsewhere';

/**
 * How long accepting waits for the new worker to take over before reloading all the same (past the
 * workers, where the takeover is stuck: `reloadPastWorkers`).
 */
const TAKEOVER_MS = 15_000;
/** How long reloading past the workers waits for them to be unregistered. */
const UNREGISTER_MS = 2000;
/** How long a file put out before the reload is given to start downloading. */
const DOWNLOAD_MS = 1000;
/**
 * How often an open tab asks whether a new version was published (the browser itself asks only
 * when a page is opened): a tab left open all day, a workshop's, hears of it too.
 */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** Coming back to the tab asks again, if the last time was longer ago than this. */
const CHECK_ON_RETURN_MS = 10 * 60 * 1000;

let source: Source | null = null;
let toast: number | null = null;
let accepted = false;
let applyWorkerUpdate: ((reload?: boolean) => Promise<void>) | null = null;
let waitingWorker = false;

/**
 * Shows the message; later news replaces it (another tab already running the new version says
 * more than "one is ready"), so there is never more than one.
 */
function offer(from: Source): void {
  if (source === from || source === 'elsewhere') return;
  source = from;
  if (toast !== null) dismissToast(toast);
  const text = from === 'elsewhere' ? 'update:elsewhere' : 'update:ready';
  toast = showToast({
    tone: 'info',
    stays: true,
    text: () => translator.t(text),
    action: { label: () => translator.t('update:reload'), run: () => void accept() },
  });
}

/** Asks now and then whether a new version was published: hourly, and on coming back to the tab. */
function checkForUpdates(registration: ServiceWorkerRegistration): void {
  let last = Date.now();
  const check = () => {
    last = Date.now();
    if (navigator.onLine !== false) registration.update().catch(() => {});
  };
  setInterval(check, CHECK_EVERY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && Date.now() - last > CHECK_ON_RETURN_MS) check();
  });
}

/**
 * "Reload to update": what is typed is saved, then the new version takes over and the page
 * reloads. Where this tab cannot save (storage full, or a newer tab's format), the open canvas is
 * downloaded as a file first, so nothing typed here is lost.
 */
async function accept(): Promise<void> {
  if (accepted) return;
  accepted = true;
  stopWorkAhead();
  // Open editors write into their notes; leaving the page writes the canvases (storage-sync's pagehide).
  syncedCanvases.commitEdits();
  if (storageStatus.getState().saveProblem !== null) {
    (await fileActions())?.exportJson();
    await new Promise((resolve) => setTimeout(resolve, DOWNLOAD_MS));
  }
  if (waitingWorker && applyWorkerUpdate) {
    // The waiting worker takes over; the page reloads once it has (`controllerchange` below).
    void applyWorkerUpdate(true);
    setTimeout(() => void reloadPastWorkers(), TAKEOVER_MS);
  } else location.reload();
}

/**
 * Reloads, from the site itself if the takeover is stuck: a new worker that has not finished taking
 * over by now may never (the browser waits on the old one, or its activation hangs), and meanwhile
 * the browser holds every request of the site, a reload's too. Unregistered, the workers answer no
 * new page, and the reloaded one registers the new version's worker. Not when the takeover is done
 * (only the reload was slow) nor offline, where the site cannot answer and the workers are what
 * opens Boom: then a plain reload.
 */
async function reloadPastWorkers(): Promise<void> {
  const unregistered = navigator.serviceWorker
    .getRegistration()
    .then((registration) => {
      if (!registration || navigator.onLine === false) return;
      if (registration.waiting !== null || registration.active?.state !== 'activated') return registration.unregister();
    })
    .catch(() => {});
  await Promise.race([unregistered, new Promise((resolve) => setTimeout(resolve, UNREGISTER_MS))]);
  location.reload();
}

/**
 * Whether the site now serves another build than this page runs: its page names another entry
 * script. (Through the service worker, that is the page of the newest version taken over.)
 */
async function outdated(): Promise<boolean> {
  const entry = (html: Document) => html.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
  const served = await fetch('/', { cache: 'no-cache' }).then(
    (response) => (response.ok ? response.text() : null),
    () => null,
  );
  if (served === null) return false;
  const page = new DOMParser().parseFromString(served, 'text/html');
  // Relative addresses in the parsed page resolve against this one, as they do in the page itself.
  page.head.prepend(Object.assign(page.createElement('base'), { href: location.origin }));
  const theirs = entry(page);
  return theirs !== undefined && theirs !== entry(document);
}

/**
 * Registers the service worker and offers its updates; starts telling other tabs which build and
 * format this one runs. Once per page; returns a function that stops the telling.
 */
export function startUpdates(): () => void {
  // Installed from this page, Boom takes the name of the language it shows (vite.config.ts's manifests).
  // Linked from here, once the first screen is on screen: linked in the page, the manifest and the
  // icon the browser fetches from it shared a slow line with the first screen's code (and a Persian
  // page fetched the English one first).
  const manifest =
    document.querySelector<HTMLLinkElement>('link[rel="manifest"]') ??
    document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'manifest' }));
  const linkManifest = (language: string) => manifest.setAttribute('href', `/manifest.${language}.webmanifest`);
  linkManifest(translator.language);
  translator.on('languageChanged', linkManifest);
  // Started once the first screen is on screen, like the rest of this: an older tab, the one that must stop
  // saving, has been listening since long before; and what a newer tab writes meanwhile, in its
  // newer format, storage-sync never writes over (it reads the format first).
  const stopTabVersions = startTabVersions(
    { build: __BOOM_BUILD__, schema: SCHEMA_VERSION },
    {
      newerFormat: stopSavingForNewerTab,
      otherBuild: () =>
        void outdated().then((older) => {
          if (older) offer('elsewhere');
        }),
    },
  );
  if ('serviceWorker' in navigator) registerWorker();
  return () => {
    stopTabVersions();
    translator.off('languageChanged', linkManifest);
  };
}

function registerWorker(): void {
  // The new worker took over (its first one, on a first visit, does too: then no update waited).
  // Here, because this tab accepted: reload. In any other tab, the update was accepted elsewhere:
  // this tab carries on as it is until its user reloads.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!waitingWorker) return;
    if (accepted) location.reload();
    else {
      waitingWorker = false;
      offer('elsewhere');
    }
  });
  applyWorkerUpdate = registerSW({
    immediate: true,
    onNeedRefresh() {
      waitingWorker = true;
      offer('worker');
    },
    // Said by the plugin only to pages a worker controlled when they registered; `controllerchange`
    // above hears it in every page. Given, so that the plugin does not reload pages by itself.
    onNeedReload() {},
    onRegisteredSW(_url, registration) {
      if (registration) checkForUpdates(registration);
    },
    onRegisterError(error: unknown) {
      console.error('Boom will not open offline: its service worker could not be registered.', error);
    },
  });
}
