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
    await expect
      .poll(async () => (await notesOf(block(tab, 'Customer Segments'))).sort())
      .toEqual(['Students (first tab)', 'Tourists (second tab)']);
  }
  // Reloading at once: leaving the page saves what is not saved yet.
  await page.reload();
  // The board comes a moment after the page has loaded.
  await expect
    .poll(async () => (await notesOf(block(page, 'Customer Segments'))).sort())
    .toEqual(['Students (first tab)', 'Tourists (second tab)']);
  expect(await notesOf(block(page, 'Channels'))).toEqual(['From the second tab']);
});

test('two tabs saving at the same moment, before either hears of the other, keep both notes', async ({ page }) => {
  await openFresh(page);
  await addNote(page, 'Key Partners', 'Roaster');
  await waitForSave(page, ['Roaster']);
  const second = await page.context().newPage();
  await second.goto('/');
  await expect(block(second, 'Key Partners').getByRole('listitem')).toHaveCount(1);

  for (let round = 1; round <= 3; round += 1) {
    // Each tab has an unsaved note; both are made to save in the same instant (as when both are
    // closed together), so neither has had the other's storage event yet.
    await addNote(page, 'Channels', `First tab, round ${round}`);
    await addNote(second, 'Channels', `Second tab, round ${round}`);
    await Promise.all([page, second].map((tab) => tab.evaluate(() => window.dispatchEvent(new Event('pagehide')))));
  }
  const expected = [1, 2, 3].flatMap((round) => [`First tab, round ${round}`, `Second tab, round ${round}`]).sort();
  for (const tab of [page, second]) {
    await expect.poll(async () => (await notesOf(block(tab, 'Channels'))).sort()).toEqual(expected);
  }
  // Reloading at once: leaving the page saves what is not saved yet.
  await page.reload();
  await expect.poll(async () => (await notesOf(block(page, 'Channels'))).sort()).toEqual(expected);
});
