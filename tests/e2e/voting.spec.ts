import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { SCHEMA_VERSION } from '../../src/domain/schema';
import { block, openSeeded, openWithCanvas } from './helpers';

for (const language of ['en', 'fa'] as const) {
  const T =
    language === 'en'
      ? {
          voting: 'Dot voting',
          most: 'Most voted',
          mostTitle: 'Most voted',
          add: 'Add a vote',
          remove: 'Remove a vote',
          segments: 'Customer Segments',
          export: 'Export',
          json: 'JSON file (.boom.json)',
        }
      : {
          voting: 'رأی‌گیری نقطه‌ای',
          most: 'پررأی‌ترین‌ها',
          mostTitle: 'پررأی‌ترین یادداشت‌ها',
          add: 'دادن یک رأی',
          remove: 'پس گرفتن یک رأی',
          segments: 'بخش‌های مشتری',
          export: 'خروجی',
          json: 'فایل JSON (‎.boom.json)',
        };

  test(`dot voting by mouse and keyboard, ranked, saved and exported (${language})`, async ({ page }) => {
    await openWithCanvas(page, { customerSegments: ['Students', 'Commuters', 'Tourists'] }, language);
    const segments = block(page, T.segments);
    await page.getByRole('button', { name: T.voting }).click();
    await expect(page.getByRole('button', { name: T.voting })).toHaveAttribute('aria-pressed', 'true');

    // By mouse: two votes for Commuters, one for Tourists.
    const commuters = segments.getByRole('listitem', { name: 'Commuters' });
    await commuters.getByRole('button', { name: T.add }).click();
    await commuters.getByRole('button', { name: T.add }).click();
    await segments.getByRole('listitem', { name: 'Tourists' }).getByRole('button', { name: T.add }).click();
    // By keyboard: "+" three times on Students, "-" once.
    await segments.getByRole('button', { name: 'Students', exact: true }).focus();
    for (const key of ['+', '+', '+', '-']) await page.keyboard.press(key);
    await expect(segments.getByRole('listitem', { name: 'Students' })).toContainText(language === 'en' ? '2' : '۲');

    await page.getByRole('button', { name: T.most }).click();
    const dialog = page.getByRole('dialog', { name: T.mostTitle });
    const ranked = dialog.getByRole('region', { name: T.segments }).getByRole('listitem');
    await expect(ranked).toHaveText([/Students/, /Commuters/, /Tourists/]);
    await expect(ranked.first()).toContainText(language === 'en' ? '1.' : '۱.');
    await expect(ranked.nth(2)).toContainText(language === 'en' ? '3.' : '۳.');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');

    // Votes are part of the canvas: exported, and there after a reload (voting itself is off again).
    await page.getByRole('button', { name: T.export, exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: T.json }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    const votes = Object.fromEntries(
      Object.values(exported.canvas.notes as Record<string, { text: string; votes?: number }>).map((n) => [n.text, n.votes]),
    );
    expect(votes).toEqual({ Students: 2, Commuters: 2, Tourists: 1 });
    await page.reload();
    await expect(page.getByRole('button', { name: T.voting })).toHaveAttribute('aria-pressed', 'false');
    await expect(block(page, T.segments).getByRole('listitem', { name: 'Tourists' })).toContainText(language === 'en' ? '1' : '۱');
  });
}

for (const language of ['en', 'fa'] as const) {
  test(`Most voted ranks the whole canvas too: its top ten, each with its block (${language})`, async ({ page }) => {
    const en = language === 'en';
    // Twelve voted ideas over four blocks; the canvas's top ten crosses them all.
    const blocks = {
      customerSegments: ['Students', 'Commuters', 'Tourists'],
      valuePropositions: ['Quiet seats', 'Fast Wi-Fi', 'Late hours'],
      channels: ['Campus posters', 'Instagram', 'Walk-ins'],
      revenueStreams: ['Coffee', 'Pastries', 'Room hire'],
    };
    const votes: Record<string, number> = {
      Students: 3,
      Commuters: 1,
      Tourists: 1,
      'Quiet seats': 9,
      'Fast Wi-Fi': 7,
      'Late hours': 2,
      'Campus posters': 1,
      Instagram: 4,
      'Walk-ins': 1,
      Coffee: 8,
      Pastries: 5,
      'Room hire': 6,
    };
    const now = new Date().toISOString();
    const idOf = (text: string) => `n${Object.keys(votes).indexOf(text)}`;
    const notes = Object.fromEntries(
      Object.values(blocks)
        .flat()
        .map((text) => [idOf(text), { id: idOf(text), text, color: 'yellow', votes: votes[text] }]),
    );
    const lists = {
      ...Object.fromEntries(BLOCK_IDS.map((id) => [id, []])),
      ...Object.fromEntries(Object.entries(blocks).map(([id, texts]) => [id, texts.map(idOf)])),
    };
    const canvas = { id: 'voted', title: 'Voted', createdAt: now, updatedAt: now, notes, blocks: lists, journeyModel: 'channelPhases' };
    await openSeeded(page, {
      'boom:canvas:voted': JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas }),
      'boom:current': 'voted',
      'boom:language': language,
    });
    await page.getByRole('button', { name: en ? 'Most voted' : 'پررأی‌ترین‌ها' }).click();
    const dialog = page.getByRole('dialog', { name: en ? 'Most voted' : 'پررأی‌ترین یادداشت‌ها' });
    await expect(dialog.getByRole('radio', { name: en ? 'In each block' : 'در هر بلوک' })).toBeChecked();
    await dialog.getByRole('radio', { name: en ? 'Top 10 of the canvas' : '۱۰ یادداشت برتر بوم' }).check();
    const top = dialog.getByRole('list', { name: en ? 'Top 10 of the canvas' : '۱۰ یادداشت برتر بوم' }).getByRole('listitem');
    // Ten, and the four notes tied at one vote for the last place are all shown (a tie is never cut).
    await expect(top).toHaveCount(12);
    await expect(top.first()).toContainText(en ? '1.' : '۱.');
    await expect(top.first()).toContainText('Quiet seats');
    await expect(top.first()).toContainText(en ? 'Value Propositions' : 'ارزش‌های پیشنهادی');
    await expect(top.nth(1)).toContainText('Coffee');
    await expect(top.nth(1)).toContainText(en ? 'Revenue Streams' : 'جریان‌های درآمدی');
    await expect(top.nth(6)).toContainText('Students');
    await expect(top.nth(8)).toContainText(en ? '9.' : '۹.');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Back to the blocks: the ranking within each block again.
    await dialog.getByRole('radio', { name: en ? 'In each block' : 'در هر بلوک' }).check();
    await expect(dialog.getByRole('region', { name: en ? 'Value Propositions' : 'ارزش‌های پیشنهادی' }).getByRole('listitem')).toHaveText([
      /Quiet seats/,
      /Fast Wi-Fi/,
      /Late hours/,
    ]);
  });
}
