import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SCHEMA_VERSION } from '../../src/domain/schema';
import { addNote, block, notesOf, openSeeded, waitForSave } from './helpers';

test('corrupted saved data: the app still opens, says so, and keeps the data as a backup', async ({ page }) => {
  const corrupt = '{"format":"boom-canvas","schemaVersion":1,"canvas":{"id":"c1","title":"half a sa';
  await openSeeded(page, { 'boom:canvas:c1': corrupt, 'boom:current': 'c1' });

  await expect(page.getByRole('alert')).toContainText('A saved canvas could not be read (it is not valid JSON)');
  await expect(block(page, 'Key Partners')).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('boom:backup:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(backups).toEqual([corrupt]);

  // The user can download it.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Download the unreadable data/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^boom-backup-.*canvas-c1\.txt$/);

  // Work goes on, and the backup survives the next save and reload.
  await addNote(page, 'Customer Segments', 'Students');
  await waitForSave(page, ['Students']);
  await page.reload();
  expect(await notesOf(block(page, 'Customer Segments'))).toEqual(['Students']);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('boom:backup:')).length);
  expect(kept).toBe(1);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Later visits still point to the kept data, quietly, until the user says not to.
  const reminder = page.getByRole('status').filter({ hasText: 'still kept in this browser' });
  await expect(reminder).toBeVisible();
  await expect(reminder.getByRole('button', { name: /^Download the unreadable data/ })).toBeVisible();
  await reminder.getByRole('button', { name: "Don't remind me" }).click();
  await page.reload();
  await expect(block(page, 'Customer Segments')).toBeVisible();
  await expect(page.getByText('still kept in this browser')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('boom:backup:')).length)).toBe(1);
});

test('in Persian, the date of kept data is in the Persian calendar with Persian digits', async ({ page }) => {
  await openSeeded(page, { 'boom:language': 'fa', 'boom:backup:2026-11-23T10:30:00.000Z:canvas:old': 'garbage' });
  // 23 November 2026 is 2 Azar 1405.
  await expect(page.getByRole('button', { name: /^دریافت داده‌ی ناخوانا \(۲ آذر ۱۴۰۵/ })).toBeVisible();
});

test('a saved canvas that fails the schema is kept aside, and the path is named', async ({ page }) => {
  const bad = structuredClone(JSON.parse(readFileSync('tests/fixtures/canvas-v4.boom.json', 'utf8')));
  bad.canvas.id = 'c2';
  bad.canvas.notes.n1.color = 'neon';
  await openSeeded(page, { 'boom:canvas:c2': JSON.stringify(bad) });
  await expect(page.getByRole('alert')).toContainText('canvas.notes.n1.color');
});

test('a canvas saved by the first version of Boom opens, upgraded, with its original kept', async ({ page }) => {
  const v1 = JSON.parse(readFileSync('tests/fixtures/canvas-v1.boom.json', 'utf8'));
  await openSeeded(page, { 'boom:canvas:fixture-v1': JSON.stringify(v1), 'boom:current': 'fixture-v1' });
  await expect(page.getByRole('status').filter({ hasText: 'was upgraded' })).toBeVisible();
  expect(await notesOf(block(page, 'Customer Segments'))).toEqual(['دانشجوها', 'Office workers nearby']);
  const stored = await page.evaluate(() => ({
    current: JSON.parse(localStorage.getItem('boom:canvas:fixture-v1')!).schemaVersion,
    originals: Object.keys(localStorage)
      .filter((key) => key.startsWith('boom:pre-upgrade:'))
      .map((key) => JSON.parse(localStorage.getItem(key)!).schemaVersion),
  }));
  expect(stored).toEqual({ current: SCHEMA_VERSION, originals: [1] });
});
