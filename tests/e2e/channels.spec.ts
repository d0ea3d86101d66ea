import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { block, openFresh, openWithCanvas } from './helpers';

test('channel map: two channels, phases marked, the uncovered phase flagged, models switched and back, marks kept after reload', async ({
  page,
}) => {
  await openFresh(page);
  const opener = block(page, 'Channels').getByRole('button', { name: 'Channel map' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Channels' });
  const name = dialog.getByRole('textbox', { name: 'New channel' });
  await name.fill('Walk-in sales');
  await name.press('Enter');
  await name.fill('Orders through Instagram DMs');
  await dialog.getByRole('button', { name: 'Add channel' }).click();

  const table = dialog.getByRole('table');
  for (const phase of ['Awareness', 'Evaluation', 'Purchase', 'Delivery']) {
    await table.getByRole('checkbox', { name: `Orders through Instagram DMs: ${phase}` }).check();
  }
  await table.getByRole('checkbox', { name: 'Walk-in sales: Purchase' }).check();
  await table.getByRole('combobox', { name: 'Walk-in sales: Purchase, how well it works' }).selectOption({ label: '4' });

  // Only After sales is left uncovered, and it says so in its column.
  await expect(table.getByText('No channel')).toHaveCount(1);
  const afterSales = await table.getByRole('columnheader', { name: 'After sales' }).boundingBox();
  const flag = await table.getByText('No channel').boundingBox();
  expect(Math.abs(afterSales!.x - flag!.x)).toBeLessThan(afterSales!.width);
  await expect(dialog.getByRole('button', { name: /^No channel covers After sales/ })).toBeVisible();

  // The other journey model hides Evaluation and Delivery; switching back shows the marks again.
  const model = dialog.getByRole('combobox', { name: 'Journey model' });
  await model.selectOption({ label: 'Customer journey' });
  await expect(table.getByRole('columnheader', { name: 'Loyalty' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Evaluation' })).toHaveCount(0);
  await model.selectOption({ label: 'Channel phases (Osterwalder)' });
  await expect(table.getByRole('checkbox', { name: 'Orders through Instagram DMs: Evaluation' })).toBeChecked();

  await page.keyboard.press('Escape');
  await expect(opener).toBeFocused();
  // Reloading at once: leaving the page saves what is not saved yet, as for anyone who reloads.
  await page.reload();
  await block(page, 'Channels').getByRole('button', { name: 'Channel map' }).click();
  const again = page.getByRole('dialog', { name: 'Channels' }).getByRole('table');
  for (const phase of ['Awareness', 'Evaluation', 'Purchase', 'Delivery']) {
    await expect(again.getByRole('checkbox', { name: `Orders through Instagram DMs: ${phase}` })).toBeChecked();
  }
  await expect(again.getByRole('checkbox', { name: 'Orders through Instagram DMs: After sales' })).not.toBeChecked();
  await expect(again.getByRole('combobox', { name: 'Walk-in sales: Purchase, how well it works' })).toHaveValue('4');
});

test('Persian: the phases read right to left', async ({ page }) => {
  await openWithCanvas(page, { channels: ['وب‌سایت'] }, 'fa');
  await block(page, 'کانال‌ها').getByRole('button', { name: 'نقشه‌ی کانال‌ها' }).click();
  const table = page.getByRole('dialog', { name: 'کانال‌ها' }).getByRole('table');
  const first = (await table.getByRole('columnheader', { name: 'آگاهی' }).boundingBox())!;
  const last = (await table.getByRole('columnheader', { name: 'پس از فروش' }).boundingBox())!;
  expect(first.x).toBeGreaterThan(last.x);
  await expect(table.getByText('بدون کانال')).toHaveCount(5);
  await table.getByRole('checkbox', { name: 'وب‌سایت: آگاهی' }).check();
  await expect(table.getByText('بدون کانال')).toHaveCount(4);
});

for (const language of ['en', 'fa'] as const) {
  test(`the channel map has no accessibility violations (${language})`, async ({ page }) => {
    test.slow();
    await openWithCanvas(page, { channels: ['Website', 'Shop'], customerSegments: ['Students'] }, language);
    await page.getByRole('button', { name: language === 'en' ? 'Channel map' : 'نقشه‌ی کانال‌ها' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox').first().check();
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
