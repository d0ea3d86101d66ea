import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { block, openWithCanvas } from './helpers';

test('Persian: add a Co-creation relationship linked to a segment; after a reload it is there with badge, link and motivation', async ({
  page,
}) => {
  await openWithCanvas(page, { customerSegments: ['دانشجوها', 'کارمندان اطراف'] }, 'fa');
  const opener = block(page, 'ارتباط با مشتری').getByRole('button', { name: 'انواع ارتباط' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'ارتباط با مشتری' });
  await expect(dialog).toBeVisible();
  // Mirrored: the panel's side column (the mix and what is missing) sits on the left.
  const main = (await dialog.locator('.panel-main').boundingBox())!;
  const side = (await dialog.locator('.panel-side').boundingBox())!;
  expect(side.x).toBeLessThan(main.x);

  await dialog.getByRole('button', { name: 'افزودن هم‌آفرینی' }).click();
  const card = dialog.getByRole('article', { name: 'هم‌آفرینی' });
  await card.getByRole('textbox', { name: 'شرح' }).fill('نقد و نظر دانشجوها درباره‌ی منوی تازه');
  await card.getByRole('textbox', { name: 'شرح' }).press('Enter');
  const named = dialog.getByRole('article', { name: 'نقد و نظر دانشجوها درباره‌ی منوی تازه' });
  await named.getByRole('checkbox', { name: 'دانشجوها' }).check();
  await named.getByRole('checkbox', { name: 'حفظ مشتری' }).check();
  await expect(dialog.getByRole('button', { name: 'برای «کارمندان اطراف» هیچ ارتباطی تعریف نشده است.' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Reloading at once: leaving the page saves what is not saved yet, as for anyone who reloads.
  await page.reload();
  const note = block(page, 'ارتباط با مشتری').getByRole('listitem', { name: 'نقد و نظر دانشجوها درباره‌ی منوی تازه' });
  await expect(note.locator('.badge')).toHaveText('هم‌آفرینی');
  await expect(note.getByText('بخش‌های هدف: دانشجوها')).toBeAttached();
  await block(page, 'ارتباط با مشتری').getByRole('button', { name: 'انواع ارتباط' }).click();
  const again = page
    .getByRole('dialog', { name: 'ارتباط با مشتری' })
    .getByRole('article', { name: 'نقد و نظر دانشجوها درباره‌ی منوی تازه' });
  await expect(again.getByRole('checkbox', { name: 'دانشجوها' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'حفظ مشتری' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'جذب مشتری' })).not.toBeChecked();
});

test('Tab stays inside the open panel', async ({ page }) => {
  await openWithCanvas(page, {});
  await block(page, 'Customer Relationships').getByRole('button', { name: 'Relationship types' }).click();
  const dialog = page.getByRole('dialog', { name: 'Customer Relationships' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')) || document.activeElement === document.body)).toBe(
      true,
    );
  }
});

for (const language of ['en', 'fa'] as const) {
  test(`the relationships panel has no accessibility violations (${language})`, async ({ page }) => {
    test.slow();
    const segments = language === 'en' ? ['Students'] : ['دانشجوها'];
    await openWithCanvas(page, { customerSegments: segments }, language);
    await page.getByRole('button', { name: language === 'en' ? 'Relationship types' : 'انواع ارتباط' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: language === 'en' ? 'Add Long-term' : 'افزودن بلندمدت' }).click();
    await dialog.getByRole('button', { name: language === 'en' ? 'Add a measure' : 'افزودن شاخص' }).click();
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
