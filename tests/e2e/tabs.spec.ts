import { expect, test, type Page } from '@playwright/test';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { SCHEMA_VERSION } from '../../src/domain/schema';
import { addNote, block, notesOf, openFresh, openSeeded, waitForSave } from './helpers';

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
  await page.waitForTimeout(2500);
  await page.reload();
  expect((await notesOf(block(page, 'Channels'))).sort()).toEqual(expected);
});

test('two tabs at the note limit add a note each at the same moment: one is kept, and the other tab says so and keeps its note in a new canvas', async ({ page }) => {
  // A canvas one note short of the most it holds (5,000).
  const now = new Date().toISOString();
  const ids = Array.from({ length: 4999 }, (_, i) => `n${i}`);
  const blocks = Object.fromEntries(BLOCK_IDS.map((id) => [id, id === 'keyPartners' ? ids : []]));
  const notes = Object.fromEntries(ids.map((id) => [id, { id, text: `Partner ${id}`, color: 'yellow' }]));
  const canvas = { id: 'full', title: 'Nearly full', createdAt: now, updatedAt: now, notes, blocks, journeyModel: 'channelPhases' };
  await openSeeded(page, { 'boom:canvas:full': JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas }), 'boom:current': 'full' });
  const second = await page.context().newPage();
  await second.goto('/');
  const tabs = [page, second];
  for (const tab of tabs) await expect(block(tab, 'Channels')).toBeVisible();

  await addNote(page, 'Channels', 'From the first tab');
  await addNote(second, 'Channels', 'From the second tab');
  await Promise.all(tabs.map((tab) => tab.evaluate(() => window.dispatchEvent(new Event('pagehide')))));

  // Exactly one tab could not keep its note, and says so, naming it.
  const alertIn = (tab: Page) => tab.getByRole('alert').filter({ hasText: 'could not be kept' });
  await expect.poll(async () => (await alertIn(page).count()) + (await alertIn(second).count())).toBe(1);
  const [loser, winner] = (await alertIn(page).count()) === 1 ? [page, second] : [second, page];
  const lost = loser === page ? 'From the first tab' : 'From the second tab';
  const kept = loser === page ? 'From the second tab' : 'From the first tab';
  await expect(alertIn(loser)).toContainText(lost);
  for (const tab of [loser, winner]) await expect.poll(() => notesOf(block(tab, 'Channels'))).toEqual([kept]);

  // The note is offered: in a new canvas of its own, where it sits in the block it was written in.
  await alertIn(loser).getByRole('button', { name: 'Put it in a new canvas' }).click();
  await expect(alertIn(loser)).toHaveCount(0);
  await expect.poll(() => notesOf(block(loser, 'Channels'))).toEqual([lost]);
  await expect(loser.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Nearly full: notes not kept');
  await loser.waitForTimeout(2500);
  const stored = await loser.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('boom:canvas:')).map((key) => localStorage.getItem(key)!));
  expect(stored.filter((text) => text.includes(kept))).toHaveLength(1);
  expect(stored.filter((text) => text.includes(lost))).toHaveLength(1);
});
