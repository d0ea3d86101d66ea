import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { block, notesOf, openFresh, openWithCanvas, waitForSave } from './helpers';
import { SCHEMA_VERSION } from '../../src/domain/schema';

// An American English browser: the paper Boom offers first depends on it.
test.use({ locale: 'en-US' });

const T = {
  en: {
    canvases: 'Canvases',
    export: 'Export',
    import: /^Import$/,
    json: 'JSON file (.boom.json)',
    png: 'PNG image',
    share: 'Share a read-only link…',
    segments: 'Customer Segments',
    relationships: 'Customer Relationships',
    title: 'Canvas title',
    saveCopy: 'Save a copy',
  },
  fa: {
    canvases: 'بوم‌ها',
    export: 'خروجی',
    // «وارد کردن» now («ورود» read as "log in"); the contract accepts both for a while.
    import: /^(وارد کردن|ورود)$/,
    json: 'فایل JSON (‎.boom.json)',
    png: 'تصویر PNG',
    share: 'اشتراک‌گذاری پیوند فقط‌خواندنی…',
    segments: 'بخش‌های مشتری',
    relationships: 'ارتباط با مشتری',
    title: 'عنوان بوم',
    saveCopy: 'ذخیره‌ی رونوشت',
  },
} as const;

/** Opens an example from the Canvases list, as a user would. */
async function openExample(page: Page, language: 'en' | 'fa', name: RegExp) {
  await page.getByRole('button', { name: T[language].canvases, exact: true }).click();
  await page.getByRole('dialog', { name: T[language].canvases }).getByRole('button', { name }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function exportAs(page: Page, language: 'en' | 'fa', item: string) {
  await page.getByRole('button', { name: T[language].export, exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return download;
}

/** The canvases kept in localStorage, by id. */
async function storedCanvases(page: Page): Promise<Record<string, { title: string; notes: Record<string, unknown> }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('boom:canvas:'))
        .map((key) => {
          const canvas = JSON.parse(localStorage.getItem(key)!).canvas;
          return [canvas.id, canvas];
        }),
    ),
  );
}

for (const language of ['en', 'fa'] as const) {
  test(`a canvas exported as JSON re-imports in a fresh browser profile with nothing lost (${language})`, async ({ page, browser }) => {
    await openFresh(page, language);
    await openExample(page, language, language === 'en' ? /^Airbnb/ : /^ایربی‌ان‌بی/);
    const file = await exportAs(page, language, T[language].json);
    expect(file.suggestedFilename()).toBe(language === 'en' ? 'Airbnb.boom.json' : 'ایربی\u202Fان\u202Fبی.boom.json');
    const path = await file.path();
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported).toMatchObject({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION });

    // A teacher validates the file against the schema the site publishes, with a standard validator.
    const schema = await (await page.request.get('/schema/boom-canvas.schema.json')).json();
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);

    // Another machine: a new profile with nothing saved.
    const other = await browser.newContext();
    const fresh = await other.newPage();
    await openFresh(fresh, language);
    const chooser = fresh.waitForEvent('filechooser');
    await fresh.getByRole('button', { name: T[language].import, exact: true }).click();
    await (await chooser).setFiles(path);
    await expect(fresh.getByRole('status').filter({ hasText: exported.canvas.title })).toBeVisible();
    await expect(fresh.getByRole('textbox', { name: T[language].title })).toHaveValue(exported.canvas.title);
    const segments = exported.canvas.blocks.customerSegments.map((id: string) => exported.canvas.notes[id].text);
    expect(await notesOf(block(fresh, T[language].segments))).toEqual(segments);
    await waitForSave(fresh, segments);
    const stored = await storedCanvases(fresh);
    expect(stored[exported.canvas.id]).toEqual(exported.canvas);
    await other.close();
  });

  test(`a bad file is refused with a message naming the field, and nothing changes (${language})`, async ({ page }) => {
    await openWithCanvas(page, { customerSegments: ['Students'] }, language);
    await waitForSave(page, ['Students']);
    const before = await storedCanvases(page);
    const bad = {
      format: 'boom-canvas',
      schemaVersion: SCHEMA_VERSION,
      canvas: { ...Object.values(before)[0], id: 'other', notes: { n1: { id: 'n1', text: 'x', color: 'chartreuse' } } },
    };
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: T[language].import, exact: true }).click();
    await (await chooser).setFiles({ name: 'homework.boom.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('homework.boom.json');
    await expect(alert).toContainText('canvas.notes.n1.color');
    await expect(alert).toContainText(language === 'en' ? 'Nothing was changed' : 'هیچ‌چیز تغییر نکرد');

    // A file that is not JSON at all, dropped onto the page.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['\u0089PNG not a canvas'], 'photo.png', { type: 'image/png' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.querySelector('main')!.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    });
    // One problem at a time: the second waits until the first is dismissed.
    const dropped = page.getByRole('alert').filter({ hasText: 'photo.png' });
    await expect(dropped).toHaveCount(0);
    await alert.getByRole('button', { name: language === 'en' ? 'Dismiss' : 'بستن' }).click();
    await expect(dropped).toContainText(language === 'en' ? 'not valid JSON' : 'JSON معتبری نیست');

    expect(await storedCanvases(page)).toEqual(before);
    expect(await notesOf(block(page, T[language].segments))).toEqual(['Students']);
  });

  test(`a share link opens read-only in another browser, and a copy can be saved (${language})`, async ({ page, browser }) => {
    await openFresh(page, language);
    await openExample(page, language, language === 'en' ? /^Spotify/ : /^اسپاتیفای/);
    await page.getByRole('button', { name: T[language].export, exact: true }).click();
    await page.getByRole('menuitem', { name: T[language].share }).click();
    const link = await page.getByRole('dialog').getByRole('textbox').inputValue();
    expect(link).toMatch(/#share=[A-Za-z0-9_-]+$/);
    const title = await page.getByRole('textbox', { name: T[language].title }).inputValue();
    const segments = await notesOf(block(page, T[language].segments));

    // Someone else's browser, in the same language.
    const other = await browser.newContext({ locale: language === 'fa' ? 'fa-IR' : 'en-GB' });
    const viewer = await other.newPage();
    const requests: string[] = [];
    viewer.on('request', (request) => requests.push(request.url()));
    await viewer.goto(link);
    await expect(viewer.getByRole('heading', { name: title })).toBeVisible();
    expect(await notesOf(block(viewer, T[language].segments))).toEqual(segments);
    await expect(block(viewer, T[language].relationships).getByRole('listitem').first()).toBeVisible();
    // Read-only: nothing to edit, nothing to add.
    await expect(viewer.getByRole('textbox')).toHaveCount(0);
    await expect(viewer.getByRole('button', { name: /^(Add note|افزودن یادداشت)/ })).toHaveCount(0);
    // The canvas never went to the server: no request carries the fragment.
    expect(requests.filter((url) => url.includes('share='))).toEqual([]);

    await viewer.getByRole('button', { name: T[language].saveCopy }).click();
    await expect(viewer.getByRole('textbox', { name: T[language].title })).toHaveValue(title);
    expect(await notesOf(block(viewer, T[language].segments))).toEqual(segments);
    await waitForSave(viewer, segments);
    expect(viewer.url()).not.toContain('share=');

    // A link cut short says so, and changes nothing.
    const cut = await other.newPage();
    await cut.goto(link.slice(0, Math.floor(link.length * 0.6)));
    await expect(cut.getByRole('alert')).toContainText(language === 'en' ? 'damaged or incomplete' : 'آسیب‌دیده یا ناقص');
    await other.close();
  });

  test(`a PNG of the whole canvas is crisp and not blank (${language})`, async ({ page }) => {
    await openFresh(page, language);
    await openExample(page, language, language === 'en' ? /^Book café/ : /^کافه‌کتاب/);
    const file = await exportAs(page, language, T[language].png);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBe(3200); // 1600 CSS pixels at 2×
    expect(height).toBeGreaterThan(1200);
    // Draw it and count the pixels that differ from the page colour: notes and text, not an empty sheet.
    const inked = await page.evaluate(async (base64) => {
      const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
      const image = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const [r, g, b] = [data[0], data[1], data[2]];
      let different = 0;
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) > 30) different += 1;
      return different / (image.width * image.height);
    }, bytes.toString('base64'));
    expect(inked).toBeGreaterThan(0.2);
  });
}

test('the canvases list: new, rename, duplicate, delete with undo, Persian dates', async ({ page }) => {
  await openWithCanvas(page, { customerSegments: ['Students'] });
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Canvases' });
  await dialog.getByRole('button', { name: 'Rename “Seeded”' }).click();
  await dialog.getByRole('textbox', { name: 'New title for “Seeded”' }).fill('Corner Café');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Duplicate “Corner Café”' }).click();
  await expect(dialog.getByRole('status')).toContainText('“\u2068Copy of Corner Café\u2069” was added to your canvases.');
  await dialog.getByRole('button', { name: 'Open “Copy of Corner Café”' }).click();
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Copy of Corner Café');
  expect(await notesOf(block(page, 'Customer Segments'))).toEqual(['Students']);

  // Delete asks first, then can be undone for a while.
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  await dialog.getByRole('button', { name: 'Delete “Copy of Corner Café”' }).click();
  // The question takes focus; Escape answers "no" and keeps the list open.
  await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('button', { name: 'Delete “Copy of Corner Café”' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete “Copy of Corner Café”' }).click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Rename “Copy of Corner Café”' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Corner Café');
  await page.keyboard.press('Escape');
  // Closing the list hands the Undo over to the page.
  const undo = page.getByRole('status').filter({ hasText: /Copy of Corner Café.* was deleted\./ });
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Copy of Corner Café');
  await waitForSave(page, ['Students']);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Copy of Corner Café');

  // A new canvas; dates in the Persian calendar with Persian digits.
  await page.getByLabel('Language').selectOption('fa');
  await page.getByRole('button', { name: 'بوم‌ها', exact: true }).click();
  const list = page.getByRole('dialog', { name: 'بوم‌ها' });
  await expect(list.getByText(/آخرین تغییر: [۰-۹]+ [^ ]+ ۱۴[۰-۹]{2}/).first()).toBeVisible();
  const mine = list.getByRole('list').first();
  await expect(mine.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: 'بوم تازه' }).first().click();
  // A new canvas: focus waits in its title.
  await expect(page.getByRole('textbox', { name: 'عنوان بوم' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'عنوان بوم' })).toBeFocused();
  await page.getByRole('button', { name: 'بوم‌ها', exact: true }).click();
  await expect(mine.getByRole('listitem')).toHaveCount(3);
});

test('a canvas that fits prints on one landscape page, on US Letter in an American browser before any choice, without the toolbar', async ({
  page,
}) => {
  const some = Array.from({ length: 3 }, (_, i) => `A note, number ${i + 1}`);
  // Printed once the printed page's code is there: it comes just after the first screen (a quiet
  // moment after it is on screen, which may be after the network has first gone quiet).
  const printCode = page.waitForResponse((response) => /\/PrintDocument-[^/]+\.js$/u.test(response.url()));
  await openWithCanvas(
    page,
    Object.fromEntries(['keyPartners', 'valuePropositions', 'customerSegments', 'costStructure', 'revenueStreams'].map((b) => [b, some])),
  );
  // Its module run, with what it imports: the page's own import of it is settled by then.
  await page.evaluate((url) => import(url).then(() => undefined), (await printCode).url());
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  expect(pdfPageSize(pdf)).toEqual([792, 612]);
  // What the print shows: the sheet, and none of the editor's buttons.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByRole('button', { name: 'Export' })).toBeHidden();
  await expect(page.locator('.print-root').getByRole('heading', { name: 'Seeded' })).toBeVisible();
  expect(await smallestPrintedText(page)).toBeGreaterThanOrEqual(12);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
});

test('an exported file’s name keeps the title’s half-spaces as narrow spaces and a joined emoji as its parts (never “_”), and drops what reorders text', async ({
  page,
}) => {
  await openFresh(page, 'fa');
  const title = page.getByRole('textbox', { name: T.fa.title });
  await title.fill('کافه\u200Cی گوشه 👨\u200D👩\u200D👧');
  await title.press('Enter');
  expect((await exportAs(page, 'fa', T.fa.json)).suggestedFilename()).toBe('کافه\u202Fی گوشه 👨👩👧.boom.json');
  await title.fill('report\u2069\u202Enosj.exe');
  await title.press('Enter');
  expect((await exportAs(page, 'fa', T.fa.json)).suggestedFilename()).toBe('report nosj.exe.boom.json');
});

/** A PDF page's width and height in points (the first page's MediaBox), rounded. */
function pdfPageSize(pdf: string): number[] {
  const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(pdf)![1]!.trim().split(/\s+/).map(Number);
  return [Math.round(box[2]! - box[0]!), Math.round(box[3]! - box[1]!)];
}

/** The smallest text on the printed pages, in CSS pixels as printed (9 pt is 12 px). */
function smallestPrintedText(page: Page): Promise<number> {
  return page.locator('.print-root').evaluate((root) => {
    let least = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent?.trim() || !element || element.closest('.visually-hidden')) continue;
      least = Math.min(least, parseFloat(getComputedStyle(element).fontSize) * element.currentCSSZoom);
    }
    return least;
  });
}

for (const language of ['en', 'fa'] as const) {
  test(`a canvas too full for one page prints on the paper chosen, over pages, its text never below 9 pt, blocks whole and a long one's heading repeated (${language})`, async ({
    page,
  }) => {
    test.slow(); // 300 notes laid out a few times
    const fa = language === 'fa';
    const texts = (block: string, count: number) =>
      Array.from({ length: count }, (_, i) =>
        fa
          ? `یادداشت ${block} شماره‌ی ${i + 1}، کمی بلندتر از یک خط کوتاه`
          : `${block} note number ${i + 1}, a little longer than one short line`,
      );
    const blocks = {
      keyPartners: texts('KP', 90),
      keyActivities: texts('KA', 30),
      valuePropositions: texts('VP', 30),
      channels: texts('CH', 30),
      customerSegments: texts('CS', 30),
      costStructure: texts('CO', 45),
      revenueStreams: texts('RS', 45),
    };
    await openWithCanvas(page, blocks, language);
    // The browser's print dialog is the platform's, and headless Chromium has none: Print is
    // counted here, and the print itself made with page.pdf (which prints the page as Chromium does).
    await page.evaluate(() => {
      window.print = () =>
        void document.documentElement.setAttribute('data-printed', String(Number(document.documentElement.dataset.printed ?? 0) + 1));
    });
    const names = fa
      ? {
          export: 'خروجی',
          print: /^چاپ یا ذخیره/,
          dialog: 'چاپ',
          a4: /^A4/,
          a3: /^A3/,
          partners: 'شرکای کلیدی',
          continued: 'شرکای کلیدی (ادامه)',
          pages: /روی ([۰-۹]+) صفحه‌ی افقی چاپ می‌شود/,
        }
      : {
          export: 'Export',
          print: /^Print or save as PDF/,
          dialog: 'Print',
          a4: /^A4/,
          a3: /^A3/,
          partners: 'Key Partners',
          continued: 'Key Partners (continued)',
          pages: /prints on (\d+) landscape pages/,
        };

    await page.getByRole('button', { name: names.export, exact: true }).click();
    await page.getByRole('menuitem', { name: names.print }).click();
    const dialog = page.getByRole('dialog', { name: names.dialog });
    // Before any choice: US Letter in an American English browser, A4 for a Persian reader in it.
    await expect(dialog.getByRole('radio', { name: fa ? names.a4 : /^US Letter/ })).toBeChecked();
    await dialog.getByRole('radio', { name: names.a3 }).check();
    await dialog.getByRole('radio', { name: names.a4 }).check();
    await expect(dialog.getByText(names.pages)).toBeVisible();
    const said = (await dialog.getByText(names.pages).textContent())!.match(names.pages)![1]!;
    const pages = Number(said.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit))));
    expect(pages).toBeGreaterThan(1);
    await dialog.getByRole('button', { name: names.dialog, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-printed', '1');

    // The paper is remembered: printed (here as a PDF) on A4, on as many pages as the dialog said.
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdfPageSize(pdf)).toEqual([842, 595]);
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(pages);

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const root = page.locator('.print-root');
    await expect(root.locator('.print-page')).toHaveCount(pages);
    expect(await smallestPrintedText(page)).toBeGreaterThanOrEqual(12);
    // Every note printed once; each block on one page but the one longer than a page, which goes
    // on with its heading repeated.
    await expect(root.getByRole('listitem')).toHaveCount(300);
    const pagesOf = (block: string) =>
      root
        .locator('.print-page')
        .filter({ has: page.locator(`[data-block="${block}"]`) })
        .count();
    for (const block of Object.keys(blocks).filter((id) => id !== 'keyPartners')) expect(await pagesOf(block), block).toBe(1);
    expect(await pagesOf('keyPartners')).toBeGreaterThan(1);
    await expect(root.getByRole('heading', { name: names.partners, exact: true })).toHaveCount(1);
    await expect(root.getByRole('heading', { name: names.continued, exact: true }).first()).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    // Ctrl+P prints on the same paper after a reload.
    await page.reload();
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: names.export, exact: true }).click();
    await page.getByRole('menuitem', { name: names.print }).click();
    await expect(page.getByRole('dialog', { name: names.dialog }).getByRole('radio', { name: names.a4 })).toBeChecked();
  });
}
