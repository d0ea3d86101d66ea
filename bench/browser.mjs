/**
 * Driving Chromium for the benchmark: launching it, opening a page with a probe installed before
 * the page's own scripts, and timing things inside the page (so no Node round trip is counted).
 */
import { chromium } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const VIEWPORT = { width: 1366, height: 768 };

/** Longest any one wait may take before the benchmark gives up (a 5,000-note canvas is slow). */
export const WAIT_TIMEOUT_MS = 120_000;

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Runs in the page before its own scripts (an init script): seeds localStorage, collects long
 * tasks, and watches every frame from navigation on until the board is ready, so `readyAt` is the
 * page's own clock (ms since navigation start) at the first frame that shows it. A wait started
 * from Node after `goto` would only see it later.
 *
 * Ready is what a person sees: nine blocks, each showing its notes as far as its view reaches, and
 * a way to add one. A list still marked busy (`aria-busy`: the app draws a block's first notes,
 * then the rest) counts once its drawn notes fill the view it scrolls in; a list not busy must
 * hold them all. `allAt` is the first frame with every note drawn and no list busy (for the floor
 * page, which draws everything at once, the same frame as `readyAt`).
 *
 * Elements are found as the UI contract names them (DESIGN.md): the board is the group named
 * `canvasLabel`, a block is a named section (a region), its notes are the items of its list, and
 * the add button's name begins with `addPrefix` (null: the floor page, which has none).
 */
function installProbe({ entries, canvasLabel, addPrefix, expectedNotes }) {
  if (entries && !sessionStorage.getItem('bench-seeded')) {
    sessionStorage.setItem('bench-seeded', '1');
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const nameOf = (element) => {
    const ids = element.getAttribute('aria-labelledby');
    if (ids)
      return ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  };
  const board = () =>
    Array.from(document.querySelectorAll('[role="group"]')).find((element) => element.getAttribute('aria-label') === canvasLabel);
  const regions = () => Array.from(board()?.querySelectorAll('section') ?? []).filter((section) => nameOf(section) !== '');
  const region = (name) => regions().find((section) => nameOf(section) === name) ?? null;
  // The items of its list: the floor's are <li>; the app's list comes in pages (role="listitem").
  const ITEMS = 'ul > li, [role="list"] [role="listitem"]';
  const notes = (section) => Array.from(section?.querySelectorAll(ITEMS) ?? []);
  const noteCount = () => regions().reduce((count, section) => count + section.querySelectorAll(ITEMS).length, 0);
  const canAdd = () =>
    addPrefix === null ||
    Array.from(board()?.querySelectorAll('button') ?? []).some(
      (button) => !button.disabled && !button.hidden && nameOf(button).startsWith(addPrefix),
    );
  const busy = (section) => section.querySelector('[aria-busy="true"]') !== null;
  const scroller = (element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(parent).overflowY)) return parent;
    }
    return null;
  };
  /** A busy list's drawn notes reach the bottom of what its block shows (its scrolling view, within the window). */
  const viewFilled = (section) => {
    const last = notes(section).at(-1);
    if (!last) return false;
    const view = scroller(last)?.getBoundingClientRect() ?? section.getBoundingClientRect();
    return last.getBoundingClientRect().bottom >= Math.min(view.bottom, innerHeight);
  };
  const complete = () => regions().length === 9 && noteCount() === expectedNotes && !regions().some(busy) && canAdd();
  const shown = () => {
    const all = regions();
    return all.length === 9 && canAdd() && all.some(busy) && all.every((section) => !busy(section) || viewFilled(section));
  };

  const probe = {
    readyAt: null,
    allAt: null,
    longTasks,
    nameOf,
    region,
    notes,
    noteCount,
    /** Notes of the region named `name` whose name is `text`. */
    named: (name, text) => notes(region(name)).filter((item) => nameOf(item) === text).length,
    /**
     * Ms from the next `type` event on the page (a keydown of `key`, if given) to the first frame
     * in which `check()` holds.
     */
    timeAfter(type, key, check) {
      return new Promise((resolve) => {
        const start = (event) => {
          if (key && event.key !== key) return;
          removeEventListener(type, start, true);
          const startedAt = performance.now();
          const frame = () => (check() ? resolve(performance.now() - startedAt) : requestAnimationFrame(frame));
          requestAnimationFrame(frame);
        };
        addEventListener(type, start, true);
      });
    },
  };
  window.__bench = probe;
  const watch = () => {
    const now = performance.now();
    if (complete()) {
      probe.readyAt ??= now;
      probe.allAt = now;
      return;
    }
    if (probe.readyAt === null && shown()) probe.readyAt = now;
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

/**
 * Opens `url` in a fresh context (an empty profile) with the probe installed and waits until the
 * board is ready and then has every note drawn (what is measured next starts from the whole
 * canvas). `labels` are the UI names in the page's language; `entries` what localStorage holds at
 * start. Returns { context, page, cdp, readyAt, allAt }.
 */
export async function openPage(browser, { url, labels, entries, expectedNotes, locale = 'en-US', cpuSlowdown = 1, beforeNavigation }) {
  // No service worker: its one-time download of every file after a first visit would run during
  // what is measured, and is not what is measured (the first load's own requests are).
  const context = await browser.newContext({ viewport: VIEWPORT, locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_TIMEOUT_MS);
  await page.addInitScript(installProbe, { entries, canvasLabel: labels.canvas, addPrefix: labels.addNote, expectedNotes });
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  beforeNavigation?.(page);
  await page.goto(url, { waitUntil: 'commit' });
  const { readyAt, allAt } = await (
    await page.waitForFunction(() => window.__bench?.allAt != null && window.__bench, null, { timeout: WAIT_TIMEOUT_MS })
  ).evaluate(({ readyAt, allAt }) => ({ readyAt, allAt }));
  return { context, page, cdp, readyAt, allAt };
}

/**
 * Waits until the page has fetched what it loads at idle and then has an idle moment, so that
 * figures taken next are not mixed with its start-up work (the app loads some code after the
 * first screen).
 */
export async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
}

/** Lets two frames pass, so what the last event started has been drawn. */
export function nextFrames(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** A value of CDP's Performance.getMetrics (enables the domain the first time). */
export async function pageMetric(cdp, name) {
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = metrics.find((entry) => entry.name === name);
  if (!metric) throw new Error(`no performance metric ${name}`);
  return metric.value;
}

/** How many `boom:save` measures the page has left so far. */
export function saveCount(page) {
  return page.evaluate(() => performance.getEntriesByName('boom:save').length);
}

/** Waits for a save after the first `after` ones; returns its duration in ms. */
export async function nextSaveDuration(page, after) {
  await page.waitForFunction((count) => performance.getEntriesByName('boom:save').length > count, after, { timeout: WAIT_TIMEOUT_MS });
  return page.evaluate(() => performance.getEntriesByName('boom:save').at(-1).duration);
}
