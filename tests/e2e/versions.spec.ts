import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { block, notesOf, openWithCanvas } from './helpers';

/** The words of each language, as a person reads them on screen. */
const WORDS = {
  en: {
    pivot: 'Before the pivot',
    history: 'History',
    name: 'Name of the version',
    save: 'Save version',
    saved: 'Version “Before the pivot” saved.',
    none: /No versions yet/,
    compareDefault: /^Compare with now: what changed since “Before the pivot” \(.+\)$/,
    restore: /^Restore “Before the pivot”/,
    open: /^Open “Presentation”/,
    deleteVersion: /^Delete “Presentation”/,
    keep: 'Keep',
    confirmDelete: 'Delete',
    edit: 'Edit note',
    moveTo: /^Move to/,
    delete: /^Delete note/,
    segments: 'Customer Segments',
    partners: 'Key Partners',
    resources: 'Key Resources',
    propositions: 'Value Propositions',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    movedFrom: 'Moved from Key Resources',
    movedTo: 'Moved to Key Partners',
    before: 'Before: Students',
    summary: '1 added, 1 removed, 1 changed, 1 moved',
    changesOnly: 'Changes only',
    exportMd: 'Export as Markdown',
    mdTitle: '# What changed between “Before the pivot”',
    back: 'Back to the canvas',
    restored: /^“Before the pivot” \(.+\) restored/,
    present: 'Present',
    presentationRow: 'When a presentation ended',
    banner: /^You are looking at “Presentation”/,
    viewLabel: 'A version, read-only',
    full: /There is no room left in this browser to keep a version\. Nothing was lost/,
    exportCanvas: 'Export canvas',
    exportWithVersions: 'Export with its versions (.boom.json)',
    exportedWith: 'Exported, with 2 versions.',
    import: 'Import',
    broughtVersions: /It brought 2 earlier versions, in its History\./,
    notes: {
      segments: ['Students', 'Commuters', 'Freelancers'],
      resources: ['Baristas', 'Roastery'],
      partners: ['Bean importers'],
      propositions: ['Fresh coffee in five minutes'],
    },
    edited: 'University students',
    newNote: 'Tourists',
  },
  fa: {
    pivot: 'پیش از تغییر مسیر',
    history: 'تاریخچه',
    name: 'نام نسخه',
    save: 'ذخیره‌ی نسخه',
    saved: 'نسخه‌ی «پیش از تغییر مسیر» ذخیره شد.',
    none: /هنوز نسخه‌ای نیست/,
    compareDefault: /^مقایسه با اکنون: از «پیش از تغییر مسیر» \(.+\) تا حالا چه تغییر کرده است$/,
    restore: /^بازگردانی «پیش از تغییر مسیر»/,
    open: /^باز کردن «ارائه»/,
    deleteVersion: /^حذف «ارائه»/,
    keep: 'نگه‌داشتن',
    confirmDelete: 'حذف',
    edit: 'ویرایش یادداشت',
    moveTo: /^انتقال به/,
    delete: /^حذف یادداشت/,
    segments: 'بخش‌های مشتری',
    partners: 'شرکای کلیدی',
    resources: 'منابع کلیدی',
    propositions: 'ارزش پیشنهادی',
    added: 'افزوده',
    removed: 'حذف‌شده',
    changed: 'تغییرکرده',
    movedFrom: 'جابه‌جاشده از منابع کلیدی',
    movedTo: 'منتقل‌شده به شرکای کلیدی',
    before: 'پیش‌تر: دانشجویان',
    summary: '۱ افزوده، ۱ حذف‌شده، ۱ تغییرکرده، ۱ جابه‌جاشده',
    changesOnly: 'فقط تغییرها',
    exportMd: 'خروجی مارک‌داون',
    mdTitle: '# چه تغییر کرد میان «پیش از تغییر مسیر»',
    back: 'بازگشت به بوم',
    restored: /^«پیش از تغییر مسیر» \(.+\) بازگردانده شد/,
    present: 'ارائه',
    presentationRow: 'در پایان یک ارائه',
    banner: /^دارید «ارائه» را می‌بینید/,
    viewLabel: 'یک نسخه، فقط‌خواندنی',
    full: /در این مرورگر جایی برای نگه‌داشتن نسخه نمانده است\. چیزی از دست نرفته/,
    exportCanvas: 'خروجی بوم',
    exportWithVersions: 'خروجی همراه با نسخه‌ها (\u200e.boom.json)',
    exportedWith: 'خروجی گرفته شد، با ۲ نسخه.',
    import: 'وارد کردن',
    broughtVersions: /۲ نسخه‌ی پیشین هم با آن آمد که در تاریخچه‌اش است\./,
    notes: {
      segments: ['دانشجویان', 'کارمندان مسافر', 'فریلنسرها'],
      resources: ['باریستاها', 'کارگاه برشته‌کاری'],
      partners: ['واردکنندگان دانه‌ی قهوه'],
      propositions: ['قهوه‌ی تازه در پنج دقیقه'],
    },
    edited: 'دانشجویان دانشگاه',
    newNote: 'گردشگران',
  },
} as const;

async function openCafe(page: Page, language: 'en' | 'fa') {
  const { notes } = WORDS[language];
  await openWithCanvas(
    page,
    {
      customerSegments: [...notes.segments],
      keyResources: [...notes.resources],
      keyPartners: [...notes.partners],
      valuePropositions: [...notes.propositions],
    },
    language,
  );
}

for (const language of ['en', 'fa'] as const) {
  const W = WORDS[language];

  test(`save a version, change the canvas, see each change against now, export it, restore (${language})`, async ({ page }) => {
    await openCafe(page, language);
    await page.getByRole('button', { name: W.history, exact: true }).click();
    const history = page.getByRole('dialog', { name: W.history });
    await expect(history.getByText(W.none)).toBeVisible();
    // The date offered as the name reads in the page's direction (a Persian date was jumbled left to right).
    const nameBox = history.getByRole('textbox', { name: W.name });
    expect(await nameBox.evaluate((box) => getComputedStyle(box).direction)).toBe(language === 'fa' ? 'rtl' : 'ltr');
    await nameBox.fill(W.pivot);
    await history.getByRole('button', { name: W.save }).click();
    await expect(history.getByRole('status').filter({ hasText: W.saved })).toBeVisible();
    await expect(history.getByRole('listitem').filter({ hasText: W.pivot })).toBeVisible();
    await page.keyboard.press('Escape');

    // The pivot: one note added, one deleted, one edited, one moved to another block.
    const segments = block(page, W.segments);
    const [students, commuters] = W.notes.segments;
    await segments.getByRole('button', { name: students, exact: true }).click();
    await page.getByRole('textbox', { name: W.edit }).fill(W.edited);
    await page.keyboard.press('Enter');
    const commuter = segments.getByRole('listitem', { name: commuters });
    await commuter.hover();
    await commuter.getByRole('button', { name: W.delete }).click();
    await segments.getByRole('button', { name: new RegExp(`^${language === 'en' ? 'Add note' : 'افزودن یادداشت'}`) }).click();
    await page.keyboard.type(W.newNote);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const barista = block(page, W.resources).getByRole('listitem', { name: W.notes.resources[0] });
    await barista.hover();
    await barista.getByRole('button', { name: W.moveTo }).click();
    await page.getByRole('menuitem', { name: W.partners }).click();
    expect(await notesOf(block(page, W.partners))).toContain(W.notes.resources[0]);

    // Two clicks: History, then "Compare … with now".
    await page.getByRole('button', { name: W.history, exact: true }).click();
    await page.getByRole('dialog', { name: W.history }).getByRole('button', { name: W.compareDefault }).click();
    await expect(page.getByRole('status').filter({ hasText: W.summary })).toBeVisible();
    const note = (text: string) => page.locator('.compare-note').filter({ hasText: text });
    await expect(note(W.newNote)).toContainText(W.added);
    await expect(note(commuters)).toContainText(W.removed);
    await expect(note(W.edited)).toContainText(W.changed);
    await expect(note(W.edited)).toContainText(W.before);
    const inBlock = (name: string, text: string) =>
      page
        .getByRole('region', { name: new RegExp(`^${name}: `) })
        .locator('.compare-note')
        .filter({ hasText: text });
    await expect(inBlock(W.partners, W.notes.resources[0])).toContainText(W.movedFrom);
    // Where it was, a ghost says where it went.
    await expect(inBlock(W.resources, W.notes.resources[0])).toContainText(W.movedTo);
    // Each block says how many of its notes changed.
    await expect(page.getByRole('region', { name: new RegExp(`^${W.segments}: `) })).toContainText(
      language === 'en' ? '3 changes' : '۳ تغییر',
    );
    // "Changes only" leaves out the notes that did not change.
    await expect(note(W.notes.segments[2])).toBeVisible();
    await page.getByRole('checkbox', { name: W.changesOnly }).check();
    await expect(note(W.notes.segments[2])).toBeHidden();
    await expect(note(W.newNote)).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: W.exportMd }).click();
    const markdown = readFileSync((await (await download).path())!, 'utf8');
    expect(markdown).toContain(W.mdTitle);
    expect(markdown).toContain(`**${W.added}**: ${W.newNote}`);
    expect(markdown).toContain(`**${W.removed}**: ${commuters}`);

    await page.getByRole('button', { name: W.back }).click();
    expect(await notesOf(segments)).toEqual([W.edited, W.notes.segments[2], W.newNote]);

    // Restore: the canvas as it was; the pivot is kept as a version of its own.
    await page.getByRole('button', { name: W.history, exact: true }).click();
    await page.getByRole('dialog', { name: W.history }).getByRole('button', { name: W.restore }).click();
    await expect(page.getByRole('status').filter({ hasText: W.restored })).toBeVisible();
    await expect.poll(() => notesOf(segments)).toEqual([...W.notes.segments]);
    expect(await notesOf(block(page, W.resources))).toEqual([...W.notes.resources]);
    await page.getByRole('button', { name: W.history, exact: true }).click();
    await expect(page.getByRole('dialog', { name: W.history }).locator('.history-row')).toHaveCount(2);
  });

  test(`a version is kept when a presentation ends, and opens read-only (${language})`, async ({ page }) => {
    await openCafe(page, language);
    await page.getByRole('button', { name: W.present, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: W.history, exact: true }).click();
    const history = page.getByRole('dialog', { name: W.history });
    await expect(history.getByRole('listitem').filter({ hasText: W.presentationRow })).toBeVisible();
    await history.getByRole('button', { name: W.open }).click();

    await expect(page.getByText(W.banner)).toBeVisible();
    await expect(page.getByText(W.viewLabel)).toBeVisible();
    // Read-only: nothing to add or edit, and the notes are all there.
    await expect(page.getByRole('button', { name: new RegExp(`^${language === 'en' ? 'Add note' : 'افزودن یادداشت'}`) })).toHaveCount(0);
    await expect(page.locator('.sheet-note').filter({ hasText: W.notes.propositions[0] })).toBeVisible();
    await page.getByRole('button', { name: W.back }).click();
    await expect(block(page, W.segments).getByRole('button', { name: W.notes.segments[0], exact: true })).toBeVisible();

    // A version can be deleted, after a question that "Keep" (or Escape) answers no.
    await page.getByRole('button', { name: W.history, exact: true }).click();
    const deleteIt = history.getByRole('button', { name: W.deleteVersion });
    await deleteIt.click();
    await history.getByRole('button', { name: W.keep }).click();
    await expect(deleteIt).toBeFocused();
    await deleteIt.click();
    await history.getByRole('button', { name: W.confirmDelete, exact: true }).click();
    await expect(history.getByText(W.none)).toBeVisible();
  });
}

for (const language of ['en', 'fa'] as const) {
  const W = WORDS[language];

  test(`a file can carry the canvas's versions, and importing it brings them into History (${language})`, async ({ page, browser }) => {
    await openCafe(page, language);
    await page.getByRole('button', { name: W.history, exact: true }).click();
    const history = page.getByRole('dialog', { name: W.history });
    await history.getByRole('textbox', { name: W.name }).fill(W.pivot);
    await history.getByRole('button', { name: W.save }).click();
    await expect(history.locator('.history-row')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await block(page, W.segments)
      .getByRole('button', { name: new RegExp(`^${language === 'en' ? 'Add note' : 'افزودن یادداشت'}`) })
      .click();
    await page.keyboard.type(W.newNote);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: W.present, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: W.history, exact: true }).click();
    await expect(history.locator('.history-row')).toHaveCount(2);
    const download = page.waitForEvent('download');
    await history.getByRole('button', { name: W.exportWithVersions }).click();
    const path = (await (await download).path())!;
    await expect(history.getByRole('status').filter({ hasText: W.exportedWith })).toBeVisible();
    const file = JSON.parse(readFileSync(path, 'utf8')) as { versions: { name: string; reason: string }[] };
    expect(file.versions.map((version) => version.reason)).toEqual(['presentation', 'saved']);

    // Another machine: a new profile with nothing saved.
    const other = await browser.newContext();
    const fresh = await other.newPage();
    await openWithCanvas(fresh, {}, language);
    const chooser = fresh.waitForEvent('filechooser');
    await fresh.getByRole('button', { name: W.import, exact: true }).click();
    await (await chooser).setFiles(path);
    await expect(fresh.getByRole('status').filter({ hasText: W.broughtVersions })).toBeVisible();
    await fresh.getByRole('button', { name: W.history, exact: true }).click();
    const theirs = fresh.getByRole('dialog', { name: W.history });
    await expect(theirs.locator('.history-row')).toHaveCount(2);
    await expect(theirs.getByRole('listitem').filter({ hasText: W.pivot })).toBeVisible();
    await other.close();
  });
}

test('storage full while saving a version: told, nothing lost, the canvas offered as a file', async ({ page }) => {
  // The browser refuses every write to IndexedDB as a full disk would.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openCafe(page, 'en');
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('dialog', { name: 'History' }).getByRole('button', { name: 'Save version' }).click();
  const alert = page.getByRole('alert').filter({ hasText: WORDS.en.full });
  await expect(alert).toBeVisible();
  expect(await notesOf(block(page, 'Customer Segments'))).toEqual([...WORDS.en.notes.segments]);
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export canvas' }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
    canvas: { notes: Record<string, { text: string }> };
  };
  expect(Object.values(file.canvas.notes).map((note) => note.text)).toContain('Students');
});

for (const language of ['en', 'fa'] as const) {
  const W = WORDS[language];
  const T =
    language === 'en'
      ? { canvases: 'Canvases', delete: 'Delete “Seeded”', confirm: 'Delete', goes: 'Its 1 version in History goes with it.', undo: 'Undo' }
      : {
          canvases: 'بوم‌ها',
          delete: 'حذف «Seeded»',
          confirm: 'حذف',
          goes: '۱ نسخه‌ی این بوم در تاریخچه هم همراهش پاک می‌شود.',
          undo: 'واگرد',
        };

  test(`deleting a canvas says how many versions go with it, and Undo brings it back with them (${language})`, async ({ page }) => {
    await openCafe(page, language);
    await page.getByRole('button', { name: W.history, exact: true }).click();
    const history = page.getByRole('dialog', { name: W.history });
    await history.getByRole('textbox', { name: W.name }).fill(W.pivot);
    await history.getByRole('button', { name: W.save }).click();
    await expect(history.locator('.history-row')).toHaveCount(1);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: T.canvases, exact: true }).click();
    const list = page.getByRole('dialog', { name: T.canvases });
    await list.getByRole('button', { name: new RegExp(`^${T.delete}`) }).click();
    await expect(list.getByText(T.goes, { exact: false })).toBeVisible();
    await list.getByRole('button', { name: T.confirm, exact: true }).click();
    await list.getByRole('button', { name: T.undo, exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(block(page, W.segments).getByRole('button', { name: W.notes.segments[0], exact: true })).toBeVisible();
    await page.getByRole('button', { name: W.history, exact: true }).click();
    await expect(history.getByRole('listitem').filter({ hasText: W.pivot })).toBeVisible();
  });
}
