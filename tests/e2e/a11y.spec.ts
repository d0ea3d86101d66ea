import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addNote, openFresh } from './helpers';

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
