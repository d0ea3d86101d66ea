import { expect, test } from '@playwright/test';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { SCHEMA_VERSION } from '../../src/domain/schema';
import { openSeeded } from './helpers';

/** A consultant's browser after a term of workshops: eight canvases. */
function manyCanvases(titles: readonly (readonly [string, string[]])[]) {
  const entries: Record<string, string> = {};
  titles.forEach(([title, notes], n) => {
    const day = String(n + 1).padStart(2, '0');
    const ids = notes.map((_, i) => `n${i}`);
    const canvas = {
      id: `c${n}`,
      title,
      createdAt: `2026-10-${day}T09:00:00.000Z`,
      updatedAt: `2026-11-${day}T09:00:00.000Z`,
      notes: Object.fromEntries(notes.map((text, i) => [`n${i}`, { id: `n${i}`, text, color: 'yellow' }])),
      blocks: Object.fromEntries(BLOCK_IDS.map((id) => [id, id === 'customerSegments' ? ids : []])),
      journeyModel: 'channelPhases',
    };
    entries[`boom:canvas:${canvas.id}`] = JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas });
  });
  return { ...entries, 'boom:current': 'c3' };
}

for (const language of ['en', 'fa'] as const) {
  const en = language === 'en';
  const T = en
    ? {
        canvases: 'Canvases',
        find: 'Find a canvas',
        sort: 'Sort by',
        title: 'Title',
        notes: 'Most notes',
        found: '2 canvases found.',
        none: /No canvas holds/,
      }
    : {
        canvases: 'بوم‌ها',
        find: 'یافتن بوم',
        sort: 'مرتب‌سازی بر اساس',
        title: 'عنوان',
        notes: 'بیشترین یادداشت',
        found: '۲ بوم پیدا شد.',
        none: /هیچ بومی/,
      };

  test(`the canvases list finds a canvas by its title or its notes, and sorts (${language})`, async ({ page }) => {
    await openSeeded(page, {
      ...manyCanvases([
        ['Bakery', ['Neighbours']],
        ['کافه‌ی سر کوچه', ['دانشجوها', 'کارمندها']],
        ['Bike repair', ['Commuters', 'Students', 'Couriers']],
        ['Dentist', []],
        ['Arcade', ['Teenagers']],
        ['Coworking', ['Freelancers', 'Students']],
        ['Zoo café', ['Families']],
      ]),
      'boom:language': language,
    });
    await page.getByRole('button', { name: T.canvases, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: T.canvases });
    const open = (title: string) => dialog.getByRole('button', { name: en ? `Open “${title}”` : `باز کردن «${title}»` });
    // Newest change first.
    await expect(open('Zoo café')).toBeVisible();
    const search = dialog.getByRole('searchbox', { name: T.find });
    // A note's word finds its canvas too; the list says how many.
    await search.fill('students');
    await expect(dialog.getByRole('status').filter({ hasText: T.found })).toBeVisible();
    await expect(open('Bike repair')).toBeVisible();
    await expect(open('Coworking')).toBeVisible();
    await expect(open('Bakery')).toHaveCount(0);
    // Written with Arabic letters and without the half-space, a Persian title is still found.
    await search.fill('كافهی');
    await expect(open('کافه‌ی سر کوچه')).toBeVisible();
    await expect(dialog.getByRole('button', { name: en ? /^Open “/ : /^باز کردن «/ })).toHaveCount(1);
    await search.fill('pizza');
    await expect(dialog.getByRole('status').filter({ hasText: T.none })).toBeVisible();
    await search.fill('');
    // Sorted by title, then by how many notes.
    await dialog.getByRole('combobox', { name: T.sort }).selectOption({ label: T.title });
    // (The open canvas, Dentist, has no "Open"; the Persian title goes where Persian sorts it.)
    const names = await dialog
      .getByRole('button', { name: en ? /^Open “/ : /^باز کردن «/ })
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    const latin = names.map((name) => name!.replace(/^(Open “|باز کردن «)|[”»]$/g, '')).filter((name) => /^[A-Z]/.test(name));
    expect(latin).toEqual(['Arcade', 'Bakery', 'Bike repair', 'Coworking', 'Zoo café']);
    await dialog.getByRole('combobox', { name: T.sort }).selectOption({ label: T.notes });
    await expect(dialog.getByRole('button', { name: en ? /^Open “/ : /^باز کردن «/ }).first()).toHaveAttribute(
      'aria-label',
      en ? 'Open “Bike repair”' : 'باز کردن «Bike repair»',
    );
    await open('Bike repair').click();
    await expect(page.getByRole('textbox', { name: en ? 'Canvas title' : 'عنوان بوم' })).toHaveValue('Bike repair');
  });
}
