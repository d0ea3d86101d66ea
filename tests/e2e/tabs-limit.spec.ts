import { expect, test, type Page } from '@playwright/test';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { SCHEMA_VERSION } from '../../src/domain/schema';
import { block, notesOf, openSeeded } from './helpers';

// A trace copies the whole page at every step: with 5,000 notes in two tabs that alone takes minutes.
test.use({ trace: 'off' });

const TIMINGS = {
  together:
    'two tabs at the note limit add a note each at the same moment: one is kept, and the other tab says so and keeps its note in a new canvas',
  // The second tab's note is finished once the first tab's save, which filled the canvas, has reached it.
  after: 'a note finished in one tab after another tab filled the canvas is not dropped: that tab says so and keeps it in a new canvas',
} as const;

for (const [timing, title] of Object.entries(TIMINGS)) {
  test(title, async ({ page }) => {
    // A canvas one note short of the most it holds (5,000).
    const now = new Date().toISOString();
    const ids = Array.from({ length: 4999 }, (_, i) => `n${i}`);
    const blocks = Object.fromEntries(BLOCK_IDS.map((id) => [id, id === 'keyPartners' ? ids : []]));
    const notes = Object.fromEntries(ids.map((id) => [id, { id, text: `Partner ${id}`, color: 'yellow' }]));
    const canvas = { id: 'full', title: 'Nearly full', createdAt: now, updatedAt: now, notes, blocks, journeyModel: 'channelPhases' };
    await openSeeded(page, {
      'boom:canvas:full': JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas }),
      'boom:current': 'full',
    });
    const second = await page.context().newPage();
    await second.goto('/');
    const tabs = [page, second];
    for (const tab of tabs) await expect(block(tab, 'Channels')).toBeVisible();

    // Each tab types a note (still in its box, so neither has saved), then both save in the same
    // instant, as when both are closed together: together they pass the most a canvas holds.
    for (const [tab, text] of [
      [page, 'From the first tab'],
      [second, 'From the second tab'],
    ] as const) {
      await block(tab, 'Channels')
        .getByRole('button', { name: /^Add note/ })
        .click();
      await tab.keyboard.type(text);
    }
    const save = (tab: Page) => tab.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    if (timing === 'together') await Promise.all(tabs.map(save));
    else {
      await save(page);
      await expect.poll(() => notesOf(block(second, 'Channels'))).toEqual(['From the first tab']);
      await save(second);
    }

    // Once both tabs have settled, they show the same one note, and only the tab whose note could
    // not be kept says so, naming it.
    // Settled: both tabs show the same one note, storage holds it, and it stays so for a moment.
    const settled = async () => {
      const [first, other] = await Promise.all(tabs.map((tab) => notesOf(block(tab, 'Channels'))));
      const stored = await page.evaluate(() => localStorage.getItem('boom:canvas:full') ?? '');
      return first!.length === 1 && JSON.stringify(first) === JSON.stringify(other) && stored.includes(first![0]!) ? first![0] : null;
    };
    let previous: string | null = null;
    await expect
      .poll(
        async () => {
          const now = (await settled()) ?? null;
          const steady = now !== null && now === previous;
          previous = now;
          return steady;
        },
        { timeout: 60_000, intervals: [1000] },
      )
      .toBe(true);
    const kept = (await notesOf(block(page, 'Channels')))[0]!;
    const [loser, winner] = kept === 'From the second tab' ? [page, second] : [second, page];
    const lost = loser === page ? 'From the first tab' : 'From the second tab';
    const alertIn = (tab: Page) => tab.getByRole('alert').filter({ hasText: 'could not be kept' });
    await expect(alertIn(loser)).toHaveCount(1);
    await expect(alertIn(loser)).toContainText(lost);
    await expect(alertIn(winner)).toHaveCount(0);

    // The note is offered: in a new canvas of its own, where it sits in the block it was written in.
    await alertIn(loser).getByRole('button', { name: 'Put it in a new canvas' }).click();
    await expect(alertIn(loser)).toHaveCount(0);
    await expect.poll(() => notesOf(block(loser, 'Channels'))).toEqual([lost]);
    await expect(loser.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('Nearly full: notes not kept');
    // Saved once each: the kept note in the full canvas, the lost one in its new canvas.
    const stored = () =>
      loser.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith('boom:canvas:'))
          .map((key) => localStorage.getItem(key)!),
      );
    await expect.poll(async () => (await stored()).filter((text) => text.includes(lost))).toHaveLength(1);
    expect((await stored()).filter((text) => text.includes(kept))).toHaveLength(1);
  });
}
