import { expect, test } from '@playwright/test';
import { addNote, block, notesOf, openFresh } from './helpers';

for (const language of ['en', 'fa'] as const) {
  const T =
    language === 'en'
      ? { undo: 'Undo', redo: 'Redo', segments: 'Customer Segments', add: 'Add note', delete: /^Delete note/, canvases: 'Canvases' }
      : { undo: 'واگرد', redo: 'ازنو', segments: 'بخش‌های مشتری', add: 'افزودن یادداشت', delete: /^حذف یادداشت/, canvases: 'بوم‌ها' };

  test(`undo and redo from the toolbar and the keyboard, kept after a reload (${language})`, async ({ page }) => {
    await openFresh(page, language);
    const segments = block(page, T.segments);
    await addNote(page, T.segments, 'Students', T.add);
    await addNote(page, T.segments, 'Commuters', T.add);

    // A deleted note comes back with Ctrl+Z.
    const note = segments.getByRole('listitem', { name: 'Commuters' });
    await note.hover();
    await note.getByRole('button', { name: T.delete }).click();
    expect(await notesOf(segments)).toEqual(['Students']);
    await page.keyboard.press('Control+z');
    expect(await notesOf(segments)).toEqual(['Students', 'Commuters']);

    // The toolbar buttons step back twice and forward once.
    await page.getByRole('button', { name: T.undo, exact: true }).click();
    await page.getByRole('button', { name: T.undo, exact: true }).click();
    expect(await notesOf(segments)).toEqual([]);
    await page.getByRole('button', { name: T.redo, exact: true }).click();
    expect(await notesOf(segments)).toEqual(['Students']);
    await page.keyboard.press('Control+Shift+z');
    expect(await notesOf(segments)).toEqual(['Students', 'Commuters']);
    // The delete is the last step ahead: Ctrl+Y does it again, and nothing is left to redo.
    await page.keyboard.press('Control+y');
    expect(await notesOf(segments)).toEqual(['Students']);
    await expect(page.getByRole('button', { name: T.redo, exact: true })).toBeDisabled();

    await page.waitForFunction(
      () => !Object.keys(localStorage).some((key) => key.startsWith('boom:canvas:') && localStorage.getItem(key)!.includes('Commuters')),
    );
    await page.reload();
    // Read once the reloaded canvas is drawn (right after the reload the board may not be there yet).
    await expect.poll(() => notesOf(block(page, T.segments))).toEqual(['Students']);
  });
}

test('undoing an example opened from the list takes that canvas away and nothing else', async ({ page }) => {
  await openFresh(page, 'en');
  await addNote(page, 'Customer Segments', 'Students');
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Canvases' })
    .getByRole('button', { name: /^Airbnb/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Airbnb');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('');
  expect(await notesOf(block(page, 'Customer Segments'))).toEqual(['Students']);
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Canvases' }).getByRole('list').first().getByRole('listitem')).toHaveCount(1);
});
