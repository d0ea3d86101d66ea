import { readFileSync } from 'node:fs';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { SCHEMA_VERSION } from '../../src/domain/schema';

/**
 * Opens the app with localStorage holding exactly `entries`, written before the app starts (a
 * running app would save its own state over them as the page unloads). Later reloads keep what
 * the app saved.
 */
export async function openSeeded(page: Page, entries: Record<string, string>) {
  await page.addInitScript((seed) => {
    if (sessionStorage.getItem('boom-test-seeded')) return;
    sessionStorage.setItem('boom-test-seeded', '1');
    localStorage.clear();
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
  }, entries);
  await page.goto('/');
}

/** Opens the app on a clean browser profile (no saved canvases), optionally in a given language. */
export async function openFresh(page: Page, language?: 'en' | 'fa') {
  await openSeeded(page, language ? { 'boom:language': language } : {});
  await expect(page.getByRole('region').first()).toBeVisible();
}

export const block = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Adds a note through the block's button, typing and pressing Enter as a person would. */
export async function addNote(page: Page, blockName: string, text: string, addLabel = 'Add note') {
  await block(page, blockName)
    .getByRole('button', { name: new RegExp(`^${addLabel}`) })
    .click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(block(page, blockName).getByRole('listitem', { name: text })).toBeVisible();
}

/**
 * The note texts of a block, in order. Waits for the block to be drawn first: right after a
 * (re)load the page's own scripts are still fetching the strings, and an unread board is not an
 * empty one.
 */
export async function notesOf(region: Locator): Promise<string[]> {
  await region.first().waitFor({ state: 'attached' });
  return region.getByRole('listitem').evaluateAll((items) =>
    // Notes in the editor, and in a canvas drawn read-only (shared view).
    items.map((item) => item.querySelector('.note-text, .sheet-note-text')?.textContent ?? ''),
  );
}

/** How many times the app has tried to save so far (each attempt leaves a `boom:save` User Timing measure). */
export const saveAttempts = (page: Page) => page.evaluate(() => performance.getEntriesByName('boom:save').length);

/** Waits until the app has tried to save again since `attempts` (what `saveAttempts` said before a change). */
export async function waitForSaveAttempt(page: Page, attempts: number) {
  await page.waitForFunction((before) => performance.getEntriesByName('boom:save').length > before, attempts);
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
  const now = new Date().toISOString();
  const notes: Record<string, { id: string; text: string; color: string }> = {};
  const lists: Record<string, string[]> = Object.fromEntries(BLOCK_IDS.map((id) => [id, []]));
  let n = 0;
  for (const [blockId, texts] of Object.entries(blocks)) {
    lists[blockId] = texts.map((text) => {
      const id = `n${(n += 1)}`;
      notes[id] = { id, text, color: 'yellow' };
      return id;
    });
  }
  const canvas = { id: 'seeded', title: 'Seeded', createdAt: now, updatedAt: now, notes, blocks: lists, journeyModel: 'channelPhases' };
  await openSeeded(page, {
    'boom:canvas:seeded': JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas }),
    'boom:current': 'seeded',
    ...(language ? { 'boom:language': language } : {}),
  });
  await expect(page.getByRole('region').first()).toBeVisible();
}

/**
 * Lets two frames pass: dnd-kit measures the drop targets in the frames after a pick-up, and a
 * person never presses the next key faster than that.
 */
export async function nextFrames(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** A published business model from the examples, as a seeded canvas in `language`. */
export function example(file: string, language: 'en' | 'fa') {
  const document = JSON.parse(readFileSync(`src/features/files/examples/${file}.boom.json`, 'utf8')) as { canvas: { id: string } };
  return { [`boom:canvas:${document.canvas.id}`]: JSON.stringify(document), 'boom:current': document.canvas.id, 'boom:language': language };
}

/** Lets the browser's storage refuse Boom's writes as full once `fillStorage` is called (as a full disk would). */
export async function storageThatFills(target: Page | BrowserContext) {
  await target.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if ((window as unknown as { __full?: boolean }).__full && key.startsWith('boom:'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
}

/** From now on, the storage of `storageThatFills` is full. */
export const fillStorage = (page: Page) => page.evaluate(() => ((window as unknown as { __full: boolean }).__full = true));
