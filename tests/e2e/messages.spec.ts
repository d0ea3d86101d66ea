import { expect, test, type Page } from '@playwright/test';
import { SCHEMA_VERSION } from '../../src/domain/schema';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { addNote, block, openFresh } from './helpers';

/** A canvas file with one note, under its own id and title. */
function canvasFile(id: string, title: string): { name: string; mimeType: string; buffer: Buffer } {
  const now = new Date().toISOString();
  const blocks = Object.fromEntries(BLOCK_IDS.map((blockId) => [blockId, blockId === 'channels' ? ['n1'] : []]));
  const canvas = {
    id,
    title,
    createdAt: now,
    updatedAt: now,
    notes: { n1: { id: 'n1', text: `Note of ${title}`, color: 'yellow' } },
    blocks,
    journeyModel: 'channelPhases',
  };
  return {
    name: `${title}.boom.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas })),
  };
}

async function importFile(page: Page, id: string, title: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(canvasFile(id, title));
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue(title);
}

const importedMessages = (page: Page) => page.locator('.toasts .notice').filter({ hasText: 'was imported as a new canvas' });

test('messages never pile up: at most two at once, the others wait their turn, and none is lost', async ({ page }) => {
  await openFresh(page);
  for (const [id, title] of [
    ['a', 'First'],
    ['b', 'Second'],
    ['c', 'Third'],
  ])
    await importFile(page, id!, title!);
  await expect(importedMessages(page)).toHaveCount(2);
  await expect(page.locator('.toasts .notice')).toHaveCount(2);
  // Dismissing one brings the one that waited.
  await importedMessages(page).first().getByRole('button', { name: 'Dismiss' }).click();
  await expect(importedMessages(page)).toHaveCount(2);
  await expect(importedMessages(page).filter({ hasText: 'Third' })).toHaveCount(1);
});

test('while presenting, confirmations wait, and come once the presentation ends', async ({ page }) => {
  await openFresh(page);
  await importFile(page, 'a', 'Workshop canvas');
  await expect(importedMessages(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'The whole canvas' })).toBeVisible();
  await expect(importedMessages(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(importedMessages(page)).toHaveCount(1);
});

test('a first visit is not told to back up, however many notes it adds', async ({ page }) => {
  await openFresh(page);
  for (let i = 1; i <= 14; i += 1) await addNote(page, 'Key Partners', `Partner ${i}`);
  await page.waitForTimeout(3000); // past the reminder's quiet time
  await expect(block(page, 'Key Partners').getByRole('listitem')).toHaveCount(14);
  await expect(page.getByRole('status').filter({ hasText: /no copy of it outside this browser|only in this browser/ })).toHaveCount(0);
});

test('a problem left on screen never holds back a confirmation: one problem at a time, the rest wait', async ({ page }) => {
  await openFresh(page);
  for (const name of ['broken one.boom.json', 'broken two.boom.json']) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from('this is not a canvas') });
  }
  const problems = page.getByRole('alert').filter({ hasText: /could not be imported|cannot be imported|not a Boom/ });
  await expect(problems).toHaveCount(1);
  await importFile(page, 'a', 'Good canvas');
  // The confirmation shows beside the problem at once.
  await expect(importedMessages(page)).toHaveCount(1);
  // Dismissing the problem brings the one that waited.
  await problems.getByRole('button', { name: 'Dismiss' }).click();
  await expect(problems).toHaveCount(1);
  await expect(problems).toContainText('broken two');
});

test('a message never covers the canvas: the canvas makes room for it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await importFile(page, 'a', 'Corner Café');
  await expect(importedMessages(page)).toHaveCount(1);
  // Every "Add note" (the bottom row's included) can be reached by the pointer: nothing lies over it.
  const covered = await page.locator('.add-note:not([hidden])').evaluateAll((buttons) =>
    buttons
      .filter((button) => {
        const box = button.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !hit || !button.contains(hit);
      })
      .map((button) => button.getAttribute('aria-label')),
  );
  expect(covered).toEqual([]);
});
