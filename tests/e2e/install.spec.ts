import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { openFresh } from './helpers';

// Installing needs the service worker: it runs here.
test.use({ serviceWorkers: 'allow' });

const NAMES = {
  en: { name: 'Boom · Business Model Canvas', short: 'Boom', dir: 'ltr' },
  fa: { name: 'بوم · بوم مدل کسب‌وکار', short: 'بوم', dir: 'rtl' },
} as const;

interface Manifest {
  id: string;
  name: string;
  short_name: string;
  lang: string;
  dir: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

/** The width and height a PNG says it has (its IHDR chunk). */
const pngSize = (bytes: Buffer) => `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;

/** Chromium's own installability checks, which Lighthouse's "installable" audit reported (Lighthouse 12 dropped it). */
async function installabilityErrors(page: Page) {
  const session = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  const { errors } = (await session.send('Page.getAppManifest')) as { errors: { message: string }[] };
  return { installability: installabilityErrors.map((error) => error.errorId), manifest: errors.map((error) => error.message) };
}

for (const language of ['en', 'fa'] as const) {
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a test's fixtures from this pattern
  test(`Boom installs as an app, named in the language it shows (${language})`, async ({}, testInfo) => {
    // A browser profile of its own: Chromium installs nothing from a private (incognito) window,
    // which every other test's context is.
    const profile = mkdtempSync(join(tmpdir(), 'boom-e2e-install-'));
    const { launchOptions, baseURL } = testInfo.project.use;
    const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, serviceWorkers: 'allow' });
    const page = context.pages()[0] ?? (await context.newPage());
    await openFresh(page, language);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`/manifest.${language}.webmanifest`);
    const response = await page.request.get(href!);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as Manifest;
    expect(manifest).toMatchObject({
      id: '/',
      name: NAMES[language].name,
      short_name: NAMES[language].short,
      lang: language,
      dir: NAMES[language].dir,
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    // Icons: 192 and 512 pixels, plain and maskable, each really of its size.
    for (const purpose of ['any', 'maskable']) {
      for (const size of ['192x192', '512x512']) {
        const icon = manifest.icons.find((entry) => entry.purpose === purpose && entry.sizes === size);
        expect(icon, `${purpose} ${size}`).toBeTruthy();
        const image = await page.request.get(icon!.src);
        expect(image.ok()).toBe(true);
        expect(pngSize(await image.body())).toBe(size);
      }
    }
    // Opened from the home screen, it starts at its start address.
    expect((await page.request.get(manifest.start_url)).ok()).toBe(true);
    await expect.poll(() => installabilityErrors(page)).toEqual({ installability: [], manifest: [] });
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
}

test('switching the language links the other language’s manifest', async ({ page }) => {
  await openFresh(page, 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'فارسی' });
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.fa.webmanifest');
  await page.getByRole('combobox', { name: 'زبان' }).selectOption({ label: 'English' });
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.en.webmanifest');
});
