import { expect, test, type Locator, type Page } from '@playwright/test';
import en from '../../locales/en/app.json' with { type: 'json' };
import fa from '../../locales/fa/app.json' with { type: 'json' };
import enNotes from '../../locales/en/notes.json' with { type: 'json' };
import faNotes from '../../locales/fa/notes.json' with { type: 'json' };
import enDrag from '../../locales/en/drag.json' with { type: 'json' };
import faDrag from '../../locales/fa/drag.json' with { type: 'json' };
import { block, nextFrames, notesOf, openWithCanvas } from './helpers';

/**
 * A note dragged into another block lands where it is shown, and where the announcement says:
 * by keyboard and by mouse, in both languages (the layout mirrors in Persian).
 */

const STRINGS = { en, fa } as const;
const NOTE_STRINGS = { en: enNotes, fa: faNotes } as const;
const DRAG_STRINGS = { en: enDrag, fa: faDrag } as const;
type Language = keyof typeof STRINGS;

/** What dnd-kit's live region says, as the app words it (numbers in the language's digits). */
function said(language: Language, key: 'over' | 'dropped', text: string, blockName: string, position: number, total: number) {
  const number = new Intl.NumberFormat(language);
  // A note in Latin letters read in a Persian sentence is set apart (FSI…PDI), so it cannot turn the sentence round.
  const quoted = language === 'fa' && /[A-Za-z]/.test(text) ? `\u2068${text}\u2069` : text;
  return DRAG_STRINGS[language][key]
    .replace('{{text}}', quoted)
    .replace('{{block}}', blockName)
    .replace('{{position, number}}', number.format(position))
    .replace('{{total, number}}', number.format(total));
}

/** The note texts of a block in the order they are seen on screen (moved aside while dragging included), in reading order. */
async function shownOrder(region: Locator): Promise<string[]> {
  return region.getByRole('listitem').evaluateAll((items) => {
    const rtl = items[0] ? getComputedStyle(items[0]).direction === 'rtl' : false;
    return items
      .map((item) => ({ text: item.querySelector('.note-text')?.textContent ?? '', rect: item.getBoundingClientRect() }))
      .sort((a, b) =>
        Math.abs(a.rect.top - b.rect.top) > Math.min(a.rect.height, b.rect.height) / 2
          ? a.rect.top - b.rect.top
          : rtl
            ? b.rect.right - a.rect.right
            : a.rect.left - b.rect.left,
      )
      .map((note) => note.text);
  });
}

/** Reloads (leaving the page saves what is not saved yet): what the drop committed is what comes back. */
async function reloadSaved(page: Page) {
  await page.reload();
  await expect(page.getByRole('region').first()).toBeVisible();
}

for (const [language, towardCost] of [
  ['en', 'ArrowLeft'],
  ['fa', 'ArrowRight'],
] as const) {
  const names = STRINGS[language].blocks;
  const dragLabel = NOTE_STRINGS[language].drag;

  test(`keyboard: a note moved into another block lands where it is shown and announced (${language})`, async ({ page }) => {
    await openWithCanvas(page, { revenueStreams: ['Drinks', 'Tips'], costStructure: ['Rent', 'Wages', 'Beans'] }, language);
    const live = page.locator('[id^="DndLiveRegion"]');
    const cost = block(page, names.costStructure.name);
    const revenue = block(page, names.revenueStreams.name);
    const pickUp = async (region: Locator, text: string) => {
      const handle = region.getByRole('listitem', { name: text }).getByRole('button', { name: dragLabel });
      await expect(handle).toBeEnabled();
      await handle.focus();
      await page.keyboard.press('Space');
      await nextFrames(page);
    };

    // The block's notes in an order of the user's own: Beans to the top.
    await pickUp(cost, 'Beans');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(live).toContainText(said(language, 'over', 'Beans', names.costStructure.name, 1, 3));
    await page.keyboard.press('Space');
    await expect.poll(() => notesOf(cost)).toEqual(['Beans', 'Rent', 'Wages']);

    // Into the block beside it: it is shown first, said to be first, and dropped first.
    await pickUp(revenue, 'Drinks');
    await page.keyboard.press(towardCost);
    await expect(live).toContainText(said(language, 'over', 'Drinks', names.costStructure.name, 1, 4));
    await expect.poll(() => shownOrder(cost)).toEqual(['Drinks', 'Beans', 'Rent', 'Wages']);
    await page.keyboard.press('Space');
    await expect(live).toContainText(said(language, 'dropped', 'Drinks', names.costStructure.name, 1, 4));
    await expect.poll(() => notesOf(cost)).toEqual(['Drinks', 'Beans', 'Rent', 'Wages']);

    // The first Down after coming in moves it one place down, however soon it follows.
    await pickUp(revenue, 'Tips');
    await page.keyboard.press(towardCost);
    await page.keyboard.press('ArrowDown');
    await expect(live).toContainText(said(language, 'over', 'Tips', names.costStructure.name, 2, 5));
    await expect.poll(() => shownOrder(cost)).toEqual(['Drinks', 'Tips', 'Beans', 'Rent', 'Wages']);
    await page.keyboard.press('Space');
    await expect(live).toContainText(said(language, 'dropped', 'Tips', names.costStructure.name, 2, 5));
    await expect.poll(() => notesOf(cost)).toEqual(['Drinks', 'Tips', 'Beans', 'Rent', 'Wages']);
    expect(await notesOf(revenue)).toEqual([]);

    await reloadSaved(page);
    expect(await notesOf(block(page, names.costStructure.name))).toEqual(['Drinks', 'Tips', 'Beans', 'Rent', 'Wages']);
  });

  test(`mouse: a note dropped on the top of another block's first note lands first, as shown (${language})`, async ({ page }) => {
    await openWithCanvas(page, { channels: ['Shop', 'Market'], customerSegments: ['Students', 'Tourists', 'Locals'] }, language);
    const segments = block(page, names.customerSegments.name);
    const channels = block(page, names.channels.name);
    const grab = async (text: string) => {
      const note = channels.getByRole('listitem', { name: text });
      await expect(note.getByRole('button', { name: dragLabel })).toBeEnabled();
      const from = (await note.boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 4 });
    };
    const hover = async (target: Locator, fraction: number) => {
      const to = (await target.boundingBox())!;
      await page.mouse.move(to.x + to.width / 2, to.y + to.height * fraction, { steps: 12 });
      await page.mouse.move(to.x + to.width / 2 + 2, to.y + to.height * fraction, { steps: 2 });
    };

    // The top quarter of the first note: shown first, lands first.
    await grab('Shop');
    await hover(segments.getByRole('listitem', { name: 'Students' }), 0.25);
    await expect.poll(() => shownOrder(segments)).toEqual(['Shop', 'Students', 'Tourists', 'Locals']);
    await page.mouse.up();
    await expect.poll(() => notesOf(segments)).toEqual(['Shop', 'Students', 'Tourists', 'Locals']);
    expect(await notesOf(channels)).toEqual(['Market']);

    // Come in, then on down the block over its last note: it takes that note's place, as shown.
    await grab('Market');
    await hover(segments.getByRole('listitem', { name: 'Students' }), 0.25);
    await expect.poll(() => shownOrder(segments)).toEqual(['Shop', 'Market', 'Students', 'Tourists', 'Locals']);
    await hover(segments.getByRole('listitem', { name: 'Locals' }), 0.5);
    await expect.poll(() => shownOrder(segments)).toEqual(['Shop', 'Students', 'Tourists', 'Locals', 'Market']);
    await page.mouse.up();
    await expect.poll(() => notesOf(segments)).toEqual(['Shop', 'Students', 'Tourists', 'Locals', 'Market']);

    await reloadSaved(page);
    expect(await notesOf(block(page, names.customerSegments.name))).toEqual(['Shop', 'Students', 'Tourists', 'Locals', 'Market']);
  });
}
