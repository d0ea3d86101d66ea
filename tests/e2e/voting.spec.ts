import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { block, openWithCanvas } from './helpers';

for (const language of ['en', 'fa'] as const) {
  const T =
    language === 'en'
      ? { voting: 'Dot voting', most: 'Most voted', mostTitle: 'Most voted', add: 'Add a vote', remove: 'Remove a vote', segments: 'Customer Segments', export: 'Export', json: 'JSON file (.boom.json)' }
      : { voting: 'رأی‌گیری نقطه‌ای', most: 'پررأی‌ترین‌ها', mostTitle: 'پررأی‌ترین یادداشت‌ها', add: 'دادن یک رأی', remove: 'پس گرفتن یک رأی', segments: 'بخش‌های مشتری', export: 'خروجی', json: 'فایل JSON (‎.boom.json)' };

  test(`dot voting by mouse and keyboard, ranked, saved and exported (${language})`, async ({ page }) => {
    await openWithCanvas(page, { customerSegments: ['Students', 'Commuters', 'Tourists'] }, language);
    const segments = block(page, T.segments);
    await page.getByRole('button', { name: T.voting }).click();
    await expect(page.getByRole('button', { name: T.voting })).toHaveAttribute('aria-pressed', 'true');

    // By mouse: two votes for Commuters, one for Tourists.
    const commuters = segments.getByRole('listitem', { name: 'Commuters' });
    await commuters.getByRole('button', { name: T.add }).click();
    await commuters.getByRole('button', { name: T.add }).click();
    await segments.getByRole('listitem', { name: 'Tourists' }).getByRole('button', { name: T.add }).click();
    // By keyboard: "+" three times on Students, "-" once.
    await segments.getByRole('button', { name: 'Students', exact: true }).focus();
    for (const key of ['+', '+', '+', '-']) await page.keyboard.press(key);
    await expect(segments.getByRole('listitem', { name: 'Students' })).toContainText(language === 'en' ? '2' : '۲');

    await page.getByRole('button', { name: T.most }).click();
    const dialog = page.getByRole('dialog', { name: T.mostTitle });
    const ranked = dialog.getByRole('region', { name: T.segments }).getByRole('listitem');
    await expect(ranked).toHaveText([/Students/, /Commuters/, /Tourists/]);
    await expect(ranked.first()).toContainText(language === 'en' ? '1.' : '۱.');
    await expect(ranked.nth(2)).toContainText(language === 'en' ? '3.' : '۳.');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');

    // Votes are part of the canvas: exported, and there after a reload (voting itself is off again).
    await page.getByRole('button', { name: T.export, exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: T.json }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    const votes = Object.fromEntries(Object.values(exported.canvas.notes as Record<string, { text: string; votes?: number }>).map((n) => [n.text, n.votes]));
    expect(votes).toEqual({ Students: 2, Commuters: 2, Tourists: 1 });
    await page.reload();
    await expect(page.getByRole('button', { name: T.voting })).toHaveAttribute('aria-pressed', 'false');
    await expect(block(page, T.segments).getByRole('listitem', { name: 'Tourists' })).toContainText(language === 'en' ? '1' : '۱');
  });
}
