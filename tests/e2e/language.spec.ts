import { expect, test } from '@playwright/test';
import { addNote, block, openFresh } from './helpers';

test('Persian: the page turns right-to-left and the canvas is mirrored', async ({ page }) => {
  await openFresh(page);
  await addNote(page, 'Channels', 'Instagram');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'فارسی' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');

  const partners = (await block(page, 'شرکای کلیدی').boundingBox())!;
  const segments = (await block(page, 'بخش‌های مشتری').boundingBox())!;
  expect(partners.x).toBeGreaterThan(segments.x);
  const cost = (await block(page, 'ساختار هزینه').boundingBox())!;
  const revenue = (await block(page, 'جریان‌های درآمدی').boundingBox())!;
  expect(cost.x).toBeGreaterThan(revenue.x);

  // Persian digits, Persian names, Persian font.
  await expect(block(page, 'کانال‌ها')).toContainText('۱ یادداشت');
  await expect(page.getByText('۱ یادداشت', { exact: true }).first()).toBeVisible();
  await expect(block(page, 'کانال‌ها').getByRole('button', { name: 'افزودن یادداشت به کانال‌ها' })).toBeVisible();
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    return [getComputedStyle(document.body).fontFamily, document.fonts.check('16px Vazirmatn', 'کانال')];
  });
  expect(font[0]).toContain('Vazirmatn');
  expect(font[1]).toBe(true);

  // The note keeps its own direction.
  await expect(block(page, 'کانال‌ها').getByRole('button', { name: 'Instagram', exact: true })).toHaveAttribute('dir', 'auto');

  // The choice is remembered.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('combobox', { name: 'زبان' })).toHaveValue('fa');
});

test('a Persian note can be added and moved in the Persian UI', async ({ page }) => {
  await openFresh(page, 'fa');
  await addNote(page, 'بخش‌های مشتری', 'دانشجویان کارشناسی', 'افزودن یادداشت');
  const note = block(page, 'بخش‌های مشتری').getByRole('listitem', { name: 'دانشجویان کارشناسی' });
  await note.hover();
  await note.getByRole('button', { name: /^انتقال به/ }).click();
  await page.getByRole('menuitem', { name: 'ارزش‌های پیشنهادی' }).click();
  await expect(block(page, 'ارزش‌های پیشنهادی').getByRole('listitem', { name: 'دانشجویان کارشناسی' })).toBeVisible();
  await expect(block(page, 'بخش‌های مشتری').getByRole('listitem')).toHaveCount(0);
});

test('on a first visit the browser language decides', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fa-IR' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('region', { name: 'ارزش‌های پیشنهادی' })).toBeVisible();
  await context.close();

  const english = await browser.newContext({ locale: 'de-DE' });
  const page2 = await english.newPage();
  await page2.goto('/');
  await expect(page2.locator('html')).toHaveAttribute('lang', 'en');
  await english.close();
});
