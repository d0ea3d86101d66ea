import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { block, example, notesOf, openSeeded, waitForSave } from './helpers';

// These tests are about the service worker: it runs here (the other specs keep it out of the way).
test.use({ serviceWorkers: 'allow' });

const T = {
  en: {
    partners: 'Key Partners',
    relationships: 'Relationship types',
    relationshipsDialog: 'Customer Relationships',
    channels: 'Channel map',
    channelsDialog: 'Channels',
    check: 'Check canvas',
    history: 'History',
    present: 'Present',
    exit: 'Exit presentation',
    export: 'Export',
    json: 'JSON file (.boom.json)',
    markdown: 'Markdown (.md)',
    png: 'PNG image',
    print: 'Print or save as PDF…',
    printDialog: 'Print',
    share: 'Share a read-only link…',
    title: 'Canvas title',
    canvases: 'Canvases',
    workshop: 'Workshop',
    start: 'Start workshop',
    // (Chromium's emulated offline leaves navigator.onLine true in a page its worker serves: the
    // server cannot be reached, and the message says what a workshop needs.)
    offline: /A live workshop needs a connection/,
    language: 'Language',
    other: 'فارسی',
    otherTitle: 'عنوان بوم',
    newNote: 'Written on the train',
  },
  fa: {
    partners: 'شرکای کلیدی',
    relationships: 'انواع ارتباط',
    relationshipsDialog: 'ارتباط با مشتری',
    channels: 'نقشه‌ی کانال‌ها',
    channelsDialog: 'کانال‌ها',
    check: 'بررسی بوم',
    history: 'تاریخچه',
    present: 'ارائه',
    exit: 'خروج از ارائه',
    export: 'خروجی',
    json: 'فایل JSON (‎.boom.json)',
    markdown: 'مارک‌داون (‎.md)',
    png: 'تصویر PNG',
    print: 'چاپ یا ذخیره به‌صورت PDF…',
    printDialog: 'چاپ',
    share: 'اشتراک‌گذاری پیوند فقط‌خواندنی…',
    title: 'عنوان بوم',
    canvases: 'بوم‌ها',
    workshop: 'کارگاه',
    start: 'شروع کارگاه',
    offline: /کارگاه زنده به (اتصال به این سرور|اینترنت) نیاز دارد/,
    language: 'زبان',
    other: 'English',
    otherTitle: 'Canvas title',
    newNote: 'نوشته در قطار',
  },
} as const;

/** The service worker has kept every file of the app (it is active only once all are kept). */
async function keptForOffline(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
}

async function exportAs(page: Page, language: 'en' | 'fa', item: string) {
  await page.getByRole('button', { name: T[language].export, exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return download;
}

for (const language of ['en', 'fa'] as const) {
  test(`after one visit, Boom opens with no network and everything but a workshop works (${language})`, async ({ page, context }) => {
    const L = T[language];
    const seed = example(`spotify.${language}`, language);
    await openSeeded(page, seed);
    const partnersOnline = await notesOf(block(page, L.partners));
    expect(partnersOnline.length).toBeGreaterThan(2);
    await keptForOffline(page);

    await context.setOffline(true);
    await page.reload();
    // The canvas, as it was.
    await expect(block(page, L.partners).getByRole('listitem').first()).toBeVisible();
    expect(await notesOf(block(page, L.partners))).toEqual(partnersOnline);
    // The font of both scripts, from the worker's copy.
    const fonts = await page.evaluate(
      async (text) => {
        await document.fonts.load(`16px Vazirmatn`, text);
        await document.fonts.load(`bold 16px Vazirmatn`, text);
        return [...document.fonts].filter((font) => font.family.replaceAll('"', '') === 'Vazirmatn' && font.status === 'loaded').length;
      },
      language === 'fa' ? 'بوم مدل کسب‌وکار' : 'Business Model Canvas',
    );
    expect(fonts).toBeGreaterThanOrEqual(2);

    // A note written offline is kept, and is there after another offline reload.
    await block(page, L.partners)
      .getByRole('button', { name: language === 'en' ? /^Add note/ : /^افزودن یادداشت/ })
      .click();
    await page.keyboard.type(L.newNote);
    await page.keyboard.press('Enter');
    await waitForSave(page, [L.newNote]);

    // Both panels, Check canvas and History.
    await page.getByRole('button', { name: L.relationships }).click();
    await expect(page.getByRole('dialog', { name: L.relationshipsDialog })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: L.channels }).click();
    await expect(page.getByRole('dialog', { name: L.channelsDialog })).toBeVisible();
    await expect(page.getByRole('dialog', { name: L.channelsDialog }).getByRole('table')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: L.check, exact: true }).click();
    await expect(page.getByRole('dialog', { name: L.check })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: L.history, exact: true }).click();
    await expect(page.getByRole('dialog', { name: L.history })).toBeVisible();
    await page.keyboard.press('Escape');

    // Every export.
    const json = await exportAs(page, language, L.json);
    const saved = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { canvas: { notes: Record<string, { text: string }> } };
    expect(Object.values(saved.canvas.notes).map((note) => note.text)).toContain(L.newNote);
    const markdown = await exportAs(page, language, L.markdown);
    expect(readFileSync((await markdown.path())!, 'utf8')).toContain(L.newNote);
    const png = await exportAs(page, language, L.png);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await page.getByRole('button', { name: L.export, exact: true }).click();
    await page.getByRole('menuitem', { name: L.print }).click();
    await expect(page.getByRole('dialog', { name: L.printDialog })).toBeVisible();
    await page.keyboard.press('Escape');

    // A share link, made offline (the canvas goes in the link itself), opened at the end.
    await page.getByRole('button', { name: L.export, exact: true }).click();
    await page.getByRole('menuitem', { name: L.share }).click();
    const link = await page.getByRole('dialog').getByRole('textbox').inputValue();
    expect(link).toMatch(/#share=[A-Za-z0-9_-]+$/);
    const title = await page.getByRole('textbox', { name: L.title }).inputValue();
    await page.keyboard.press('Escape');

    // Presenting.
    await page.getByRole('button', { name: L.present, exact: true }).click();
    await expect(page.getByRole('button', { name: L.exit })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: L.present, exact: true })).toBeVisible();

    // Another canvas: an example, opened from the Canvases list.
    await page.getByRole('button', { name: L.canvases, exact: true }).click();
    await expect(page.getByRole('dialog', { name: L.canvases })).toBeVisible();
    await page.keyboard.press('Escape');

    // A workshop needs the network, and says so plainly.
    await page.getByRole('button', { name: L.workshop, exact: true }).click();
    const workshop = page.getByRole('dialog', { name: L.workshop });
    await workshop.getByRole('button', { name: L.start }).click();
    await expect(workshop.getByRole('alert')).toHaveText(L.offline);
    await page.keyboard.press('Escape');

    // The other language.
    await page.getByRole('combobox', { name: L.language }).selectOption({ label: L.other });
    await expect(page.getByRole('textbox', { name: L.otherTitle })).toBeVisible();

    await page.reload();
    await expect(block(page, language === 'en' ? 'شرکای کلیدی' : 'Key Partners').getByRole('listitem', { name: L.newNote })).toBeVisible();
    // The share link, in a new tab (offline too).
    const shared = await context.newPage();
    await shared.goto(link);
    await expect(shared.getByRole('heading', { name: title })).toBeVisible();
    // (In the language chosen last: the reader's choice stands.)
    await expect(
      block(shared, language === 'en' ? 'شرکای کلیدی' : 'Key Partners').getByRole('listitem', { name: L.newNote }),
    ).toBeVisible();
  });
}

test('any address of the site opens offline, and the workshop server’s traffic never goes through the worker', async ({
  page,
  context,
}) => {
  await openSeeded(page, example('airbnb.en', 'en'));
  await keptForOffline(page);
  // Requests to the workshop server are not answered by the worker (nor kept by it).
  await page.reload();
  const api = page.waitForResponse((response) => response.url().endsWith('/api/health'));
  await page.evaluate(() => fetch('/api/health').catch(() => null));
  expect((await api).fromServiceWorker()).toBe(false);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
  expect(cached.length).toBeGreaterThan(40);
  expect(cached.filter((url) => /\/(api|workshop|schema)\//u.test(url))).toEqual([]);

  // A page address the app has never seen opens it too (room links are such addresses).
  await context.setOffline(true);
  await page.goto('/some/address#anything');
  await expect(page.getByRole('region', { name: 'Key Partners', exact: true })).toBeVisible();
});

test('a first visit that loses its connection says what is missing, and reloads only once the site answers', async ({ browser }) => {
  // Before the service worker has kept anything (it is kept out here).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await openSeeded(page, example('airbnb.en', 'en'));
  // The connection drops once the canvas is on screen (its first code is here, not the rest).
  await expect(page.getByRole('region', { name: 'Key Partners', exact: true }).getByRole('listitem').first()).toBeVisible();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Check canvas', exact: true }).click();
  const problem = page.getByRole('dialog', { name: 'This part of Boom did not load' });
  await expect(problem.getByRole('alert')).toContainText('This part of Boom is not here yet');
  // Reloading now would leave the browser's offline page in Boom's place: it says so instead.
  await problem.getByRole('button', { name: 'Reload the page' }).click();
  await expect(problem.getByRole('alert')).toContainText('There is still no connection');
  await expect(page.getByRole('region', { name: 'Key Partners', exact: true })).toBeVisible();
  // Connected again: it reloads, and the part opens.
  await context.setOffline(false);
  const reloaded = page.waitForEvent('load');
  await problem.getByRole('button', { name: 'Reload the page' }).click();
  await reloaded;
  await page.getByRole('button', { name: 'Check canvas', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Check canvas' })).toBeVisible();
  await context.close();
});
