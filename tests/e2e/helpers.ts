import { expect, type Locator, type Page } from '@playwright/test';
import { BLOCK_IDS } from '../../src/domain/blocks';

/** Opens the app on a clean browser profile (no saved canvases), optionally in a given language. */
export async function openFresh(page: Page, language?: 'en' | 'fa') {
  await page.goto('/');
  await page.evaluate((lang) => {
    localStorage.clear();
    if (lang) localStorage.setItem('boom:language', lang);
  }, language);
  await page.reload();
  await expect(page.getByRole('region').first()).toBeVisible();
}

export const block = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Adds a note through the block's button, typing and pressing Enter as a person would. */
export async function addNote(page: Page, blockName: string, text: string, addLabel = 'Add note') {
  await block(page, blockName).getByRole('button', { name: new RegExp(`^${addLabel}`) }).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(block(page, blockName).getByRole('listitem', { name: text })).toBeVisible();
}

/** The note texts of a block, in order. */
export async function notesOf(region: Locator): Promise<string[]> {
  return region.getByRole('listitem').evaluateAll((items) =>
    items.map((item) => item.querySelector('.note-text')?.textContent ?? ''),
  );
}

/** Waits until the open canvas, as saved in localStorage, contains every one of `texts`. */
export async function waitForSave(page: Page, texts: readonly string[]) {
  await page.waitForFunction((expected) => {
    const id = localStorage.getItem('boom:current');
    const saved = id === null ? null : localStorage.getItem(`boom:canvas:${id}`);
    return saved !== null && expected.every((text) => saved.includes(JSON.stringify(text).slice(1, -1)));
  }, texts);
}

/**
 * Opens the app with a canvas already saved: `blocks` maps block ids to note texts. Used where a
 * test is about what a filled canvas looks like, not about typing it in.
 */
export async function openWithCanvas(page: Page, blocks: Record<string, string[]>, language?: 'en' | 'fa') {
  await page.goto('/');
  await page.evaluate(
    ({ blocks, language, blockIds }) => {
      localStorage.clear();
      const now = new Date().toISOString();
      const notes: Record<string, { id: string; text: string; color: string }> = {};
      const lists: Record<string, string[]> = Object.fromEntries(blockIds.map((id) => [id, []]));
      let n = 0;
      for (const [blockId, texts] of Object.entries(blocks)) {
        lists[blockId] = texts.map((text) => {
          const id = `n${(n += 1)}`;
          notes[id] = { id, text, color: 'yellow' };
          return id;
        });
      }
      const canvas = { id: 'seeded', title: 'Seeded', createdAt: now, updatedAt: now, notes, blocks: lists, journeyModel: 'channelPhases' };
      localStorage.setItem('boom:canvas:seeded', JSON.stringify({ format: 'boom-canvas', schemaVersion: 2, canvas }));
      localStorage.setItem('boom:current', 'seeded');
      if (language) localStorage.setItem('boom:language', language);
    },
    { blocks, language, blockIds: [...BLOCK_IDS] },
  );
  await page.reload();
  await expect(page.getByRole('region').first()).toBeVisible();
}

/**
 * Lets two frames pass: dnd-kit measures the drop targets in the frames after a pick-up, and a
 * person never presses the next key faster than that.
 */
export async function nextFrames(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
