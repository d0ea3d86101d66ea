import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addNote, openFresh, openSeeded, openWithCanvas } from './helpers';

for (const language of ['en', 'fa'] as const) {
  test(`the canvas has no accessibility violations (${language})`, async ({ page }) => {
    test.slow(); // axe walks the whole page twice
    await openFresh(page, language);
    const add = language === 'en' ? 'Add note' : 'افزودن یادداشت';
    const segments = language === 'en' ? 'Customer Segments' : 'بخش‌های مشتری';
    await addNote(page, segments, language === 'en' ? 'Students' : 'دانشجوها', add);
    const note = page.getByRole('listitem').first();
    await note.hover();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // With a menu open.
    await note.getByRole('button', { name: language === 'en' ? /^Move to/ : /^انتقال به/ }).click();
    const withMenu = await new AxeBuilder({ page }).analyze();
    expect(withMenu.violations.map((v) => v.id)).toEqual([]);
  });
}

for (const language of ['en', 'fa'] as const) {
  test(`the canvases list, the share dialog and a shared canvas have no accessibility violations (${language})`, async ({ page }) => {
    test.slow();
    await openFresh(page, language);
    const violations = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    const name =
      language === 'en'
        ? { canvases: 'Canvases', export: 'Export', share: /^Share/ }
        : { canvases: 'بوم‌ها', export: 'خروجی', share: /^اشتراک/ };

    await page.getByRole('button', { name: name.canvases, exact: true }).click();
    const list = page.getByRole('dialog', { name: name.canvases });
    await list.getByRole('button', { name: language === 'en' ? /^Spotify/ : /^اسپاتیفای/ }).click();
    await page.getByRole('button', { name: name.canvases, exact: true }).click();
    await expect(list).toBeVisible();
    expect(await violations()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();

    await page.getByRole('button', { name: name.export, exact: true }).click();
    expect(await violations()).toEqual([]);
    await page.getByRole('menuitem', { name: name.share }).click();
    const link = page.getByRole('dialog').getByRole('textbox');
    await expect(link).toHaveValue(/#share=/);
    expect(await violations()).toEqual([]);
    const url = await link.inputValue();
    await page.keyboard.press('Escape');
    // Focus goes back to the Export button.
    await expect(page.getByRole('button', { name: name.export, exact: true })).toBeFocused();

    await page.goto(url);
    await expect(page.getByRole('button', { name: language === 'en' ? 'Save a copy' : 'ذخیره‌ی رونوشت' })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}

for (const language of ['en', 'fa'] as const) {
  test(`the keyboard shortcut list opens with "?" and has no accessibility violations (${language})`, async ({ page }) => {
    await openFresh(page, language);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: language === 'en' ? 'Keyboard shortcuts' : 'میان‌برهای صفحه‌کلید' });
    await expect(dialog).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
}

const PRESENTING = {
  en: {
    present: 'Present',
    overview: 'The whole canvas',
    step: '1 of 9 · Customer Segments',
    newNote: 'New note in Customer Segments',
    check: 'Check canvas',
    failed: 'This part of Boom did not load',
  },
  fa: {
    present: 'ارائه',
    overview: 'کل بوم',
    step: '۱ از ۹ — بخش‌های مشتری',
    newNote: 'یادداشت تازه در بخش‌های مشتری',
    check: 'بررسی بوم',
    failed: 'این بخش از «بوم» بارگذاری نشد',
  },
} as const;

const violationsOf = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

for (const language of ['en', 'fa'] as const) {
  test(`presenting a block and the live note box have no accessibility violations (${language})`, async ({ page }) => {
    test.slow();
    const T = PRESENTING[language];
    await openWithCanvas(page, { customerSegments: ['Students', 'Commuters'], valuePropositions: ['Quiet corner'] }, language);
    await page.getByRole('button', { name: T.present, exact: true }).click();
    await expect(page.getByRole('heading', { name: T.overview })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('heading', { name: T.step })).toBeVisible();
    expect(await violationsOf(page)).toEqual([]);

    await page.keyboard.press('n');
    await expect(page.getByRole('textbox', { name: T.newNote })).toBeFocused();
    expect(await violationsOf(page)).toEqual([]);
  });

  test(`the message for a part that did not load has no accessibility violations (${language})`, async ({ page }) => {
    // The check's code cannot be fetched (offline, or a new version was published meanwhile).
    await page.route(/\/assets\/CheckDialog-[^/]+\.js$/, (route) => route.abort());
    await openFresh(page, language);
    await page.getByRole('button', { name: PRESENTING[language].check }).click();
    await expect(page.getByRole('dialog', { name: PRESENTING[language].failed })).toBeVisible();
    expect(await violationsOf(page)).toEqual([]);
  });
}

for (const language of ['en', 'fa'] as const) {
  test(`the message about unreadable saved data has no accessibility violations (${language})`, async ({ page }) => {
    await openSeeded(page, {
      'boom:canvas:c1': '{"format":"boom-canvas","schemaVersion":1,"canv',
      'boom:current': 'c1',
      'boom:language': language,
    });
    await expect(page.getByRole('alert')).toContainText(language === 'en' ? 'not valid JSON' : 'JSON معتبری نیست');
    expect(await violationsOf(page)).toEqual([]);
  });
}

for (const language of ['en', 'fa'] as const) {
  test(`History, a version opened read-only and a comparison have no accessibility violations (${language})`, async ({ page }) => {
    test.slow();
    const T =
      language === 'en'
        ? {
            history: 'History',
            save: 'Save version',
            open: /^Open /,
            compare: /^Compare with now:/,
            back: 'Back to the canvas',
            add: 'Add note',
          }
        : {
            history: 'تاریخچه',
            save: 'ذخیره‌ی نسخه',
            open: /^باز کردن /,
            compare: /^مقایسه با اکنون:/,
            back: 'بازگشت به بوم',
            add: 'افزودن یادداشت',
          };
    const segments = language === 'en' ? 'Customer Segments' : 'بخش‌های مشتری';
    await openWithCanvas(page, { customerSegments: ['Students', 'Commuters'], keyPartners: ['Bean importers'] }, language);
    const violations = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await page.getByRole('button', { name: T.history, exact: true }).click();
    const history = page.getByRole('dialog', { name: T.history });
    await history.getByRole('button', { name: T.save }).click();
    await expect(history.locator('.history-row')).toHaveCount(1);
    expect(await violations()).toEqual([]);

    await history.getByRole('button', { name: T.open }).click();
    await expect(page.getByRole('button', { name: T.back })).toBeVisible();
    expect(await violations()).toEqual([]);
    await page.getByRole('button', { name: T.back }).click();

    // Every kind of mark on screen: a note added, one removed, one edited.
    await addNote(page, segments, language === 'en' ? 'Tourists' : 'گردشگران', T.add);
    const commuters = page.getByRole('listitem', { name: 'Commuters' });
    await commuters.hover();
    await commuters.getByRole('button', { name: language === 'en' ? /^Delete note/ : /^حذف یادداشت/ }).click();
    await page.getByRole('button', { name: T.history, exact: true }).click();
    await history.getByRole('button', { name: T.compare }).click();
    await expect(page.locator('.compare-mark').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}
