import { expect, test, type Page } from '@playwright/test';
import { example, openSeeded } from './helpers';

/** The block headings that take more than one line. */
const wrappedHeadings = (page: Page) =>
  page.locator('.board .block-title').evaluateAll((titles) =>
    titles
      .filter((title) => {
        const range = document.createRange();
        range.selectNodeContents(title);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
      })
      .map((title) => title.textContent),
  );

for (const language of ['en', 'fa'] as const) {
  test(`every block's name stays on one line on a 1280×720 projector (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openSeeded(page, example(`airbnb.${language}`, language));
    await expect(page.locator('.board .block-title')).toHaveCount(9);
    expect(await wrappedHeadings(page)).toEqual([]);
    // The count is still there, as a number, for the narrow ones.
    expect(await page.locator('[data-block="customerRelationships"] .block-count').innerText()).toBe(language === 'en' ? '6' : '۶');
  });

  test(`on a phone "Add note" never lies over a note's tools, wherever the page is scrolled (${language})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await openSeeded(page, example(`airbnb.${language}`, language));
    await expect(page.locator('.board .block-title')).toHaveCount(9);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const covered: string[] = [];
    for (let y = 0; y < height; y += 233) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      covered.push(
        ...(await page.locator('.note-toolbar button').evaluateAll((buttons) =>
          buttons
            .filter((button) => {
              const box = button.getBoundingClientRect();
              if (box.top < 0 || box.bottom > innerHeight) return false;
              const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
              return hit !== null && hit.closest('.add-note') !== null;
            })
            .map((button) => button.getAttribute('aria-label') ?? ''),
        )),
      );
    }
    expect(covered).toEqual([]);
    await context.close();
  });
}

test('the code of Check canvas, the relationships panel and the presentation is fetched ahead, so opening them waits for nothing', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await openSeeded(page, example('airbnb.en', 'en'));
  await expect(page.locator('.board .block-title')).toHaveCount(9);
  // In a quiet moment after the first screen (no pointer near any of them), their code comes.
  for (const part of ['CheckDialog', 'RelationshipsPanel', 'Presentation'])
    await expect.poll(() => scripts.some((url) => new URL(url).pathname.includes(part)), { timeout: 20_000 }).toBe(true);
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  await page.getByRole('button', { name: 'Check canvas' }).click();
  await expect(page.getByRole('dialog', { name: 'Check canvas' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Relationship types' }).click();
  await expect(page.getByRole('dialog').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'The whole canvas' })).toBeVisible();
  expect(scripts.slice(before)).toEqual([]);
});
