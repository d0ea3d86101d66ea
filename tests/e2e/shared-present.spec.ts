import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { SCHEMA_VERSION } from '../../src/domain/schema';

const now = new Date().toISOString();
const blocksWith = (lists: Record<string, string[]>) => Object.fromEntries(BLOCK_IDS.map((id) => [id, lists[id] ?? []]));

/** The canvas a consultant's client shared: it must never end up in the room computer's storage. */
function sharedLink(language: 'en' | 'fa') {
  const texts = language === 'en' ? ['Students', 'Remote workers', 'Quiet seats'] : ['دانشجوها', 'دورکارها', 'صندلی‌های آرام'];
  const notes = Object.fromEntries(texts.map((text, i) => [`n${i}`, { id: `n${i}`, text, color: 'green' }]));
  const canvas = {
    id: 'clientcanvas',
    title: language === 'en' ? 'Corner Café' : 'کافه‌ی سر کوچه',
    createdAt: now,
    updatedAt: now,
    notes,
    blocks: blocksWith({ customerSegments: ['n0', 'n1'], valuePropositions: ['n2'] }),
    journeyModel: 'channelPhases',
    language,
  };
  const text = JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas });
  return { canvas, texts, fragment: `#share=${gzipSync(text).toString('base64url')}` };
}

/** The room computer's own canvas, there before the link is opened. */
const own = JSON.stringify({
  format: 'boom-canvas',
  schemaVersion: SCHEMA_VERSION,
  canvas: {
    id: 'mine',
    title: 'Room notes',
    createdAt: now,
    updatedAt: now,
    notes: { m1: { id: 'm1', text: 'Projector code 4411', color: 'yellow' } },
    blocks: blocksWith({ keyResources: ['m1'] }),
    journeyModel: 'channelPhases',
  },
});

async function openLink(page: Page, fragment: string, language: 'en' | 'fa') {
  await page.addInitScript(
    ([stored, chosen]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.clear();
      localStorage.setItem('boom:canvas:mine', stored);
      localStorage.setItem('boom:current', 'mine');
      localStorage.setItem('boom:language', chosen);
    },
    [own, language] as const,
  );
  await page.goto(`/${fragment}`);
}

/** Every canvas kept in this browser's storage, by title. */
const storedTitles = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('boom:canvas:'))
      .map((key) => (JSON.parse(localStorage.getItem(key)!) as { canvas: { title: string } }).canvas.title),
  );

for (const language of ['en', 'fa'] as const) {
  const en = language === 'en';
  const T = en
    ? {
        present: 'Present',
        overview: 'The whole canvas',
        segments: 'Customer Segments',
        addNote: 'Add note',
        exit: 'Exit presentation',
        export: 'Export',
        json: 'JSON file (.boom.json)',
        markdown: /Markdown/,
        step: '1 of 9 · Customer Segments',
        banner: /shared canvas/,
      }
    : {
        present: 'ارائه',
        overview: 'کل بوم',
        segments: 'بخش‌های مشتری',
        addNote: 'افزودن یادداشت',
        exit: 'خروج از ارائه',
        export: 'خروجی',
        json: 'فایل JSON (‎.boom.json)',
        markdown: /مارک‌داون|Markdown/,
        step: '۱ از ۹ — بخش‌های مشتری',
        banner: /به اشتراک گذاشته شده/,
      };

  test(`a shared canvas is presented, exported and printed as it is, never saved in this browser (${language})`, async ({ page }) => {
    const { canvas, texts, fragment } = sharedLink(language);
    await openLink(page, fragment, language);
    await expect(page.getByText(T.banner)).toBeVisible();

    // Present, straight from the link.
    await page.getByRole('button', { name: T.present, exact: true }).click();
    await expect(page.getByRole('heading', { name: T.overview })).toBeVisible();
    await expect(page.getByRole('region', { name: T.segments, exact: true }).getByRole('listitem')).toHaveText([texts[0]!, texts[1]!]);
    await expect(page.getByRole('heading', { name: canvas.title })).toBeVisible();
    // Read-only: no note is added to someone else's canvas, by button or by key.
    await expect(page.getByRole('group', { name: en ? 'Presentation' : 'ارائه' }).getByRole('button', { name: T.addNote })).toHaveCount(0);
    await page.keyboard.press('n');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('1');
    await expect(page.getByRole('heading', { name: T.step })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByText(T.banner)).toBeVisible();
    await expect(page.getByRole('button', { name: T.present, exact: true })).toBeFocused();

    // Export: the shared canvas, as a file and as Markdown.
    await page.getByRole('button', { name: T.export, exact: true }).click();
    let download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: T.json }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(file.canvas.title).toBe(canvas.title);
    expect(
      Object.values(file.canvas.notes as Record<string, { text: string }>)
        .map((note) => note.text)
        .sort(),
    ).toEqual(
      Object.values(canvas.notes)
        .map((note) => note.text)
        .sort(),
    );
    await page.getByRole('button', { name: T.export, exact: true }).click();
    download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: T.markdown }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toContain(texts[2]!);

    // Print: the page is the shared canvas.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('.print-root').getByRole('heading', { name: canvas.title })).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });

    // Nothing of it was kept, and the room's own canvas is as it was.
    expect(await storedTitles(page)).toEqual(['Room notes']);
    expect(await page.evaluate(() => localStorage.getItem('boom:canvas:mine'))).toBe(own);
    await page.goto('/');
    await expect(page.getByRole('region', { name: en ? 'Key Resources' : 'منابع کلیدی', exact: true })).toContainText(
      'Projector code 4411',
    );
  });
}
