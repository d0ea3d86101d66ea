import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { SCHEMA_VERSION } from '../../src/domain/schema';

/** A share link's fragment for a canvas written in `language`. */
function shareFragment(language: 'en' | 'fa'): string {
  const now = new Date().toISOString();
  const blocks = Object.fromEntries(BLOCK_IDS.map((id) => [id, id === 'customerSegments' ? ['n1'] : []]));
  const canvas = {
    id: 'shared',
    title: 'کافه‌ی سر کوچه',
    createdAt: now,
    updatedAt: now,
    notes: { n1: { id: 'n1', text: 'دانشجوها', color: 'green' } },
    blocks,
    journeyModel: 'channelPhases',
    language,
  };
  const text = JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas });
  return `#share=${gzipSync(text).toString('base64url')}`;
}

async function openLink(page: Page, fragment: string, chosen?: 'en' | 'fa') {
  await page.addInitScript((language) => {
    if (language) localStorage.setItem('boom:language', language);
  }, chosen ?? null);
  await page.goto(`/${fragment}`);
}

test.use({ locale: 'en-US' });

test('a link to a Persian canvas opens in Persian, right to left, in an English browser whose reader chose no language, and that is not remembered as a choice', async ({
  page,
}) => {
  await openLink(page, shareFragment('fa'));
  await expect(page.getByText('بوم اشتراکی، فقط‌خواندنی')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('region', { name: 'بخش‌های مشتری', exact: true })).toContainText('دانشجوها');
  expect(await page.evaluate(() => localStorage.getItem('boom:language'))).toBeNull();
});

test('a reader who chose English sees a Persian canvas’s link in English', async ({ page }) => {
  await openLink(page, shareFragment('fa'), 'en');
  await expect(page.getByText('Shared canvas, read-only')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
