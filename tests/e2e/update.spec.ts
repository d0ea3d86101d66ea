import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { fillStorage, storageThatFills } from './helpers';
import { startWorkshopServer, type WorkshopServer } from './workshop-server';

/**
 * A new version of Boom published while it is open: the site is served by Boom's own server
 * (`npm start`) from a folder that first holds this build, then a second build of it (as a
 * deployment would replace it).
 */
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const ROOT = join(import.meta.dirname, '..', '..');
let folder: string;
let server: WorkshopServer;

/** The app's entry script, as the page at `url` (or the open page) names it: which build runs. */
const entryOf = (html: string) => html.match(/<script type="module" crossorigin src="([^"]+)"/)![1]!;
const runningEntry = (page: Page) =>
  page.evaluate(() => new URL(document.querySelector('script[type="module"]')!.getAttribute('src')!, location.href).pathname);

/** Publishes `build` (the folder the server serves now points to it). */
function publish(build: 'first' | 'second' | 'stuck') {
  const site = join(folder, 'site');
  rmSync(site, { force: true });
  symlinkSync(join(folder, build), site);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  folder = mkdtempSync(join(tmpdir(), 'boom-e2e-update-'));
  cpSync(join(ROOT, 'dist'), join(folder, 'first'), { recursive: true });
  // The same sources, published as another version (BOOM_VERSION: a deployment's own label).
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', join(folder, 'second')], {
    cwd: ROOT,
    env: { ...process.env, BOOM_VERSION: 'e2e-second-build' },
    stdio: 'inherit',
  });
  // The second build again, whose worker never finishes taking over: its activation hangs (as one
  // did here once, on a busy machine, for reasons the browser did not tell), and the browser holds
  // every request of the site meanwhile, reloads included.
  cpSync(join(folder, 'second'), join(folder, 'stuck'), { recursive: true });
  const worker = join(folder, 'stuck', 'sw.js');
  writeFileSync(
    worker,
    `${readFileSync(worker, 'utf8')}\nself.addEventListener('activate', (event) => event.waitUntil(new Promise(() => {})));\n`,
  );
  for (const compressed of ['.br', '.gz']) rmSync(`${worker}${compressed}`, { force: true });
  publish('first');
  server = await startWorkshopServer({ STATIC_DIR: join(folder, 'site') });
});

test.afterAll(async () => {
  await server?.dispose();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const T = {
  en: {
    addNote: /^Add note/,
    partners: 'Key Partners',
    segments: 'Customer Segments',
    ready: /A new version of Boom is ready/,
    elsewhere: /Boom was updated in another tab/,
    reload: 'Reload to update',
  },
  fa: {
    addNote: /^افزودن یادداشت/,
    partners: 'شرکای کلیدی',
    segments: 'بخش‌های مشتری',
    ready: /نسخه‌ی تازه‌ای از «بوم» آماده است/,
    elsewhere: /«بوم» در زبانه‌ی دیگری به‌روز شد/,
    reload: 'بارگذاری دوباره برای به‌روزرسانی',
  },
} as const;

async function openBoom(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url);
  await expect(page.getByRole('region').first()).toBeVisible();
  return page;
}

/** Starts a note and types into it, without finishing it (no Enter, focus stays in the note). */
async function startTyping(page: Page, language: 'en' | 'fa', blockName: string, text: string) {
  await page.getByRole('region', { name: blockName, exact: true }).getByRole('button', { name: T[language].addNote }).click();
  await page.keyboard.type(text);
}

for (const language of ['en', 'fa'] as const) {
  test(`an update is offered, never forced: accepting it keeps what is being typed, in this tab and the others (${language})`, async ({
    browser,
  }) => {
    const L = T[language];
    publish('first');
    // The Persian run on a phone, where messages stay at the foot of the screen.
    const viewport = language === 'fa' ? { width: 390, height: 844 } : { width: 1366, height: 768 };
    const context = await browser.newContext({ serviceWorkers: 'allow', viewport });
    await context.addInitScript((code) => {
      if (!localStorage.getItem('boom:language')) localStorage.setItem('boom:language', code);
    }, language);
    const first = await openBoom(context);
    await first.evaluate(() => navigator.serviceWorker.ready);
    // A returning visitor: the page is served by the worker.
    await first.reload();
    await expect(first.getByRole('region').first()).toBeVisible();
    expect(await first.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const before = await runningEntry(first);
    expect(before).toBe(entryOf(readFileSync(join(folder, 'first', 'index.html'), 'utf8')));
    const other = await openBoom(context);

    // Both tabs have a note being typed when the new version is published.
    const typedHere = language === 'en' ? 'Half-typed idea about partners' : 'ایده‌ای نیمه‌کاره درباره‌ی شرکا';
    const typedThere = language === 'en' ? 'Still typing in the other tab' : 'هنوز در زبانه‌ی دیگر می‌نویسم';
    await startTyping(other, language, L.segments, typedThere);
    await startTyping(first, language, L.partners, typedHere);
    // The box being typed into sits at the foot of the screen.
    const typing = first.getByRole('textbox', { name: new RegExp(L.partners) });
    await typing.evaluate((box) => box.scrollIntoView({ block: 'end' }));
    publish('second');
    // Time passes: the browser asks the server whether the service worker changed (and asks
    // again later, as the app does hourly, if the new worker's download did not finish: on a busy
    // machine one attempt's install can fail).
    const prompt = first.getByRole('status').filter({ hasText: L.ready });
    await expect(async () => {
      await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      // A calm message in each tab; nothing reloads by itself, and typing goes on.
      await expect(prompt).toBeVisible({ timeout: 20_000 });
    }).toPass({ timeout: 80_000 });
    await expect(prompt.getByRole('button', { name: L.reload })).toBeVisible();
    await expect(other.getByRole('status').filter({ hasText: L.ready })).toBeVisible({ timeout: 30_000 });
    // The message never lies over the box being typed into.
    await expect
      .poll(() =>
        typing.evaluate((box) => {
          const { left, top, width, height } = box.getBoundingClientRect();
          const hit = document.elementFromPoint(left + width / 2, top + height / 2);
          return hit !== null && box.contains(hit);
        }),
      )
      .toBe(true);
    expect((await new AxeBuilder({ page: first }).analyze()).violations).toEqual([]);
    await first.keyboard.type(language === 'en' ? ' and suppliers' : ' و تأمین‌کنندگان');
    await expect(typing).toBeFocused();

    // Accepting saves the note being typed, then the new version takes over and the page reloads
    // (or, where the new worker has not taken over 15 s later, reloads past the workers: the last
    // test below). How soon is not for this test to say, on a machine that may be busy.
    const reloaded = first.waitForEvent('load', { timeout: 45_000 });
    await prompt.getByRole('button', { name: L.reload }).click();
    await reloaded;
    const full = `${typedHere}${language === 'en' ? ' and suppliers' : ' و تأمین‌کنندگان'}`;
    await expect(first.getByRole('region', { name: L.partners, exact: true }).getByRole('listitem', { name: full })).toBeVisible();
    expect(await runningEntry(first)).toBe(entryOf(readFileSync(join(folder, 'second', 'index.html'), 'utf8')));
    expect(await runningEntry(first)).not.toBe(before);

    // The other tab did not reload: its note is still open with what was typed, and it is told why.
    await expect(other.getByRole('status').filter({ hasText: L.elsewhere })).toBeVisible();
    expect(await runningEntry(other)).toBe(before);
    await expect(other.getByRole('textbox').filter({ hasText: typedThere })).toBeFocused();
    await other.getByRole('status').getByRole('button', { name: L.reload }).click();
    await expect(other.getByRole('region', { name: L.segments, exact: true }).getByRole('listitem', { name: typedThere })).toBeVisible();
    expect(await runningEntry(other)).not.toBe(before);
    // Both notes, in the new version, in each tab.
    await expect(other.getByRole('region', { name: L.partners, exact: true }).getByRole('listitem', { name: full })).toBeVisible();
    await context.close();
    unlinkSync(join(folder, 'site'));
  });
}

test('a tab that cannot save puts the canvas in a file before it reloads to update, with the note being typed', async ({ browser }) => {
  publish('first');
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  // Storage refuses every write once full (as a full disk would).
  await storageThatFills(context);
  const page = await openBoom(context);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect(page.getByRole('region').first()).toBeVisible();
  await fillStorage(page);
  await startTyping(page, 'en', T.en.partners, 'Not saved: storage is full');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  await startTyping(page, 'en', T.en.segments, 'Typed as the update came');

  publish('second');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  const prompt = page.getByRole('status').filter({ hasText: T.en.ready });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  const download = page.waitForEvent('download');
  const reloaded = page.waitForEvent('load');
  await prompt.getByRole('button', { name: T.en.reload }).click();
  const file = readFileSync((await (await download).path())!, 'utf8');
  expect(file).toContain('Not saved: storage is full');
  expect(file).toContain('Typed as the update came');
  await reloaded;
  expect(await runningEntry(page)).toBe(entryOf(readFileSync(join(folder, 'second', 'index.html'), 'utf8')));
  await context.close();
});

test('an update whose new worker never finishes taking over still reloads into the new version, with the note being typed', async ({
  browser,
}) => {
  publish('first');
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await openBoom(context);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect(page.getByRole('region').first()).toBeVisible();
  await startTyping(page, 'en', T.en.partners, 'Typed as the update came');

  publish('stuck');
  const prompt = page.getByRole('status').filter({ hasText: T.en.ready });
  await expect(async () => {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(prompt).toBeVisible({ timeout: 20_000 });
  }).toPass({ timeout: 80_000 });
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  await prompt.getByRole('button', { name: T.en.reload }).click();
  await reloaded;
  expect(await runningEntry(page)).toBe(entryOf(readFileSync(join(folder, 'stuck', 'index.html'), 'utf8')));
  await expect(
    page.getByRole('region', { name: T.en.partners, exact: true }).getByRole('listitem', { name: 'Typed as the update came' }),
  ).toBeVisible();
  await context.close();
});
