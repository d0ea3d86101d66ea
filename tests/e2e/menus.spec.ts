import { expect, test, type Locator } from '@playwright/test';
import { block, openWithCanvas } from './helpers';

const texts = (name: string, count: number) => Array.from({ length: count }, (_, index) => `${name} ${index + 1}`);

/** How far the menu's edge is from its button's (px): its top under the button, or its bottom above it. */
async function gapToButton(button: Locator, menu: Locator): Promise<number> {
  const [b, m] = await Promise.all([button.boundingBox(), menu.boundingBox()]);
  if (!b || !m) throw new Error('menu or button not on screen');
  return m.y >= b.y ? m.y - (b.y + b.height) : b.y - (m.y + m.height);
}

for (const language of ['en', 'fa'] as const) {
  test(`a note's menu stays beside its button while its block scrolls, opens above it near the screen's bottom, and keeps the arrow keys (${language})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openWithCanvas(page, { keyActivities: texts('Activity', 30), keyResources: ['Servers'] }, language);
    const names = language === 'en' ? { color: 'Change colour', menu: 'Note colour', block: 'Key Activities' } : null;
    const T = names ?? { color: 'تغییر رنگ', menu: 'رنگ یادداشت', block: 'فعالیت‌های کلیدی' };
    const activities = block(page, T.block);
    const note = activities.getByRole('listitem', { name: 'Activity 3', exact: true });
    await note.hover();
    const colour = note.getByRole('button', { name: T.color });
    await colour.click();
    const menu = page.getByRole('menu', { name: T.menu });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitemradio').first()).toBeFocused();
    expect(await gapToButton(colour, menu)).toBeLessThan(12);

    // The block's notes scroll under the wheel: the menu goes with its button, and stays open.
    const before = (await colour.boundingBox())!.y;
    await activities.locator('.block-body').evaluate((body) => body.scrollBy(0, 60));
    await expect.poll(async () => (await colour.boundingBox())!.y).toBeLessThan(before - 30);
    await expect(menu).toBeVisible();
    await expect.poll(() => gapToButton(colour, menu)).toBeLessThan(12);

    // Arrow keys still move through the colours; Escape closes and gives focus back.
    await menu.getByRole('menuitemradio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitemradio').nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(colour).toBeFocused();

    // A note at the bottom of the screen: the menu opens above its button, all of it on screen.
    const last = activities.getByRole('listitem').last();
    await last.scrollIntoViewIfNeeded();
    await activities.locator('.block-body').evaluate((body) => body.scrollTo(0, body.scrollHeight));
    await last.hover();
    const lastColour = last.getByRole('button', { name: T.color });
    await lastColour.click();
    await expect(menu).toBeVisible();
    const [button, box] = [(await lastColour.boundingBox())!, (await menu.boundingBox())!];
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    if (button.y + button.height + box.height > 768) expect(box.y + box.height).toBeLessThanOrEqual(button.y);
  });
}
