import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import en from '../../locales/en/app.json' with { type: 'json' };
import fa from '../../locales/fa/app.json' with { type: 'json' };
import enNotes from '../../locales/en/notes.json' with { type: 'json' };
import faNotes from '../../locales/fa/notes.json' with { type: 'json' };
import { block, example, openSeeded } from './helpers';

/** What has focus: a note's text (by its note), one of a note's tools, or anything else. */
const focused = (page: Page) =>
  page.evaluate(async () => {
    // As the person sees it: once the page has drawn what the key press did (a note scrolled
    // into view is laid out at its real height only as it is drawn).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const element = document.activeElement as HTMLElement | null;
    const note = element?.closest<HTMLElement>('[data-note-id]');
    return {
      note: note?.dataset.noteId ?? null,
      onText: element?.classList.contains('note-text') ?? false,
      name: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
      block: element?.closest<HTMLElement>('[data-block]')?.dataset.block ?? null,
      // A focused note shows whole above its block's sticky "Add note" (one taller than the
      // block's view shows from its start): never under it.
      hidden: (() => {
        const add = element?.closest('[data-block]')?.querySelector('.add-note')?.getBoundingClientRect();
        const body = element?.closest('.block-body')?.getBoundingClientRect();
        const box = note?.getBoundingClientRect();
        if (!note || !add || !body || !box) return false;
        const fits = box.height <= add.top - body.top;
        return box.top < body.top - 1 || (fits ? box.bottom > add.top + 1 : box.top + 24 > add.top);
      })(),
    };
  });

test('Tab stops once on each note of a real canvas, not on its tools, shows it whole, and then leaves the board', async ({ page }) => {
  test.slow(); // some two hundred key presses
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSeeded(page, example('airbnb.en', 'en'));
  await expect(page.locator('.board [data-note-id]').first()).toBeVisible();
  const notes = await page.locator('.board [data-note-id]').count();
  expect(notes).toBeGreaterThan(40);
  await block(page, 'Key Partners').getByRole('button', { name: 'Guiding questions for Key Partners' }).focus();
  const stops: Awaited<ReturnType<typeof focused>>[] = [];
  for (let press = 0; press < notes * 3; press += 1) {
    const now = await focused(page);
    if (!now.block) break;
    stops.push(now);
    await page.keyboard.press('Tab');
  }
  const onNotes = stops.filter((stop) => stop.note);
  // Each note once, by its text; never a tool; never hidden under its block's "Add note".
  expect(onNotes.every((stop) => stop.onText)).toBe(true);
  expect(onNotes.filter((stop) => stop.hidden).map((stop) => stop.name)).toEqual([]);
  expect(new Set(onNotes.map((stop) => stop.note)).size).toBe(notes);
  expect(onNotes).toHaveLength(notes);
  // Besides the notes, each block's few buttons (its questions, a panel, Add note).
  expect(stops.length - notes).toBeLessThanOrEqual(9 * 3);
});

for (const language of ['en', 'fa'] as const) {
  test(`arrow keys go from note to note and into a note's tools, Page Down from block to block (${language})`, async ({ page }) => {
    const T = language === 'en' ? en : fa;
    const N = language === 'en' ? enNotes : faNotes;
    const forward = language === 'en' ? 'ArrowRight' : 'ArrowLeft';
    const back = language === 'en' ? 'ArrowLeft' : 'ArrowRight';
    await openSeeded(page, example(`airbnb.${language}`, language));
    const partners = block(page, T.blocks.keyPartners.name);
    const texts = partners.locator('.note-text');
    await expect(texts.first()).toBeVisible();
    const count = await texts.count();
    expect(count).toBeGreaterThan(3);

    await texts.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(texts.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(texts.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(texts.last()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(partners.getByRole('button', { name: T.block.addNote.replace('{{block}}', T.blocks.keyPartners.name) })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(texts.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(texts.first()).toBeFocused();

    // Along the reading direction into the note's tools, which lie that way on screen, and back.
    const note = partners.getByRole('listitem').first();
    await page.keyboard.press(forward);
    await expect(note.getByRole('button', { name: N.drag })).toBeFocused();
    await page.keyboard.press(forward);
    const colour = note.getByRole('button', { name: N.color });
    await expect(colour).toBeFocused();
    const handleBox = (await note.getByRole('button', { name: N.drag }).boundingBox())!;
    const colourBox = (await colour.boundingBox())!;
    expect(language === 'en' ? colourBox.x > handleBox.x : colourBox.x < handleBox.x).toBe(true);
    await page.keyboard.press('End');
    await expect(note.getByRole('button', { name: new RegExp(`^${N.delete}`) })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(texts.first()).toBeFocused();
    await page.keyboard.press(forward);
    await page.keyboard.press(back);
    await expect(texts.first()).toBeFocused();

    // The tools' menus still open with ↓ (the menu button pattern).
    await page.keyboard.press(forward);
    await page.keyboard.press(forward);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menu', { name: N.colorMenu })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(colour).toBeFocused();

    // Page Down: the next block's first note, from anywhere in a block; Page Up back.
    await page.keyboard.press('PageDown');
    const activities = block(page, T.blocks.keyActivities.name);
    await expect(activities.locator('.note-text').first()).toBeFocused();
    await page.keyboard.press('PageUp');
    await expect(texts.first()).toBeFocused();
    for (let step = 0; step < 8; step += 1) await page.keyboard.press('PageDown');
    const revenue = block(page, T.blocks.revenueStreams.name).locator('.note-text').first();
    await expect(revenue).toBeFocused();
    // From the last block, Page Down goes nowhere: the note stays focused and in view.
    await page.keyboard.press('PageDown');
    await expect(revenue).toBeFocused();
    await expect(revenue).toBeInViewport();

    expect((await new AxeBuilder({ page }).include('.board').analyze()).violations.map((v) => v.id)).toEqual([]);
  });
}
