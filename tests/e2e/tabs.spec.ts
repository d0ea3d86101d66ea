import { expect, test } from '@playwright/test';
import { addNote, block, notesOf, openFresh, waitForSave } from './helpers';

test('two tabs on one canvas: an edit shows in the other tab, and edits made in both are kept', async ({ page }) => {
  await openFresh(page);
  await addNote(page, 'Key Partners', 'From the first tab');
  await waitForSave(page, ['From the first tab']);

  const second = await page.context().newPage();
  await second.goto('/');
  expect(await notesOf(block(second, 'Key Partners'))).toEqual(['From the first tab']);

  // An edit in the second tab appears in the first without a reload.
  await addNote(second, 'Channels', 'From the second tab');
  await expect.poll(() => notesOf(block(page, 'Channels'))).toEqual(['From the second tab']);

  // Both tabs edit before either has saved: nothing is lost.
  await addNote(page, 'Customer Segments', 'Students (first tab)');
  await addNote(second, 'Customer Segments', 'Tourists (second tab)');
  for (const tab of [page, second]) {
    await expect.poll(async () => (await notesOf(block(tab, 'Customer Segments'))).sort()).toEqual([
      'Students (first tab)',
      'Tourists (second tab)',
    ]);
  }
  await page.waitForTimeout(2500);
  await page.reload();
  expect((await notesOf(block(page, 'Customer Segments'))).sort()).toEqual(['Students (first tab)', 'Tourists (second tab)']);
  expect(await notesOf(block(page, 'Channels'))).toEqual(['From the second tab']);
});
