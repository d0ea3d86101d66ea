import { expect, test, type Page } from '@playwright/test';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { SCHEMA_VERSION } from '../../src/domain/schema';
import { block, openSeeded } from './helpers';

/** Text a stranger's file (or a mischievous classmate) might hold; each must stay text. */
const PAYLOADS = [
  `<script>window.__pwned = 'script'</script>`,
  `<img src=x onerror="window.__pwned='img'">`,
  `<svg onload="window.__pwned='svg'"><circle r="5"/></svg>`,
  `javascript:window.__pwned='js'`,
  `<a href="javascript:window.__pwned='a'">click me</a>`,
  `"><iframe src="javascript:window.__pwned='iframe'"></iframe>`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
  `\u202Egnp.exe — right-to-left override`,
  `کسب‌وکار و فعالیت‌های کلیدی`,
  `👩🏽‍💻 🚀 🇮🇷 emoji`,
];

/** Counts anything that ran or was blocked: a payload's flag, a dialog, a CSP violation. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return {
    dialogs,
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

function canvasWith(id: string, title: string, texts: readonly string[]) {
  const now = new Date().toISOString();
  const blocks: Record<string, string[]> = Object.fromEntries(BLOCK_IDS.map((blockId) => [blockId, []]));
  const notes: Record<string, object> = {};
  texts.forEach((text, index) => {
    notes[`n${index}`] = { id: `n${index}`, text, color: 'yellow' };
    blocks[index % 2 ? 'valuePropositions' : 'customerSegments']!.push(`n${index}`);
  });
  return { id, title, createdAt: now, updatedAt: now, notes, blocks, journeyModel: 'channelPhases' };
}

const shownTexts = (page: Page) => page.locator('.board .note-text').evaluateAll((items) => items.map((item) => item.textContent));

test('hostile text in notes, titles and imported files is shown exactly as written, and nothing runs', async ({ page }) => {
  const seen = await watch(page);
  await openSeeded(page, {
    'boom:canvas:hostile': JSON.stringify({
      format: 'boom-canvas',
      schemaVersion: SCHEMA_VERSION,
      canvas: canvasWith('hostile', PAYLOADS[1]!, PAYLOADS),
    }),
    'boom:current': 'hostile',
    'boom:language': 'en',
  });
  await expect(block(page, 'Customer Segments').getByRole('listitem').first()).toBeVisible();
  expect((await shownTexts(page)).sort()).toEqual([...PAYLOADS].sort());
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue(PAYLOADS[1]!);

  // Typed by hand too.
  await block(page, 'Channels').getByRole('button', { name: 'Add note to Channels' }).click();
  await page.keyboard.type(PAYLOADS[2]!);
  await page.keyboard.press('Enter');
  await expect(block(page, 'Channels').getByRole('listitem')).toHaveText([PAYLOADS[2]!]);

  // Quoted in messages (the canvas check), drawn large (presenting), listed (Canvases).
  await page.getByRole('button', { name: 'Check canvas', exact: true }).click();
  const check = page.getByRole('dialog', { name: 'Check canvas' });
  await expect(check).toBeVisible();
  await expect(check).toContainText(`“${PAYLOADS[1]!}” does not say which customer segment it is for.`);
  await expect(check).toContainText(`No channel reaches “${PAYLOADS[0]!}”.`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('p');
  await expect(page.getByRole('heading', { level: 1, name: PAYLOADS[1]! })).toBeVisible();
  await page.keyboard.press('1');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Canvases' })).toContainText(PAYLOADS[1]!);
  await page.keyboard.press('Escape');

  // Imported from a file: a new canvas, every text as it was.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const file = JSON.stringify({
    format: 'boom-canvas',
    schemaVersion: SCHEMA_VERSION,
    canvas: canvasWith('imported', PAYLOADS[0]!, [...PAYLOADS].reverse()),
  });
  await (await chooser).setFiles({ name: `${PAYLOADS[4]!}.boom.json`, mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('textbox', { name: 'Canvas title' })).toHaveValue(PAYLOADS[0]!);
  expect((await shownTexts(page)).sort()).toEqual([...PAYLOADS].sort());

  // Exported as an image and as Markdown with all of it inside.
  for (const item of ['PNG image', 'Markdown (.md)']) {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: item }).click();
    await download;
  }

  expect(await seen.pwned()).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(await seen.violations()).toEqual([]);
});

test('the built app runs under a Content-Security-Policy with no inline script and no eval, and breaks none of it', async ({ page }) => {
  const seen = await watch(page);
  await openSeeded(page, { 'boom:language': 'en' });
  await expect(page.getByRole('region').first()).toBeVisible();

  // The policy is there and enforced: an injected inline script, an inline handler and code in a
  // string (eval's kind) are all refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__handler = true');
    document.body.append(button);
    button.click();
    button.remove();
    (setTimeout as unknown as (code: string) => void)('window.__evaluated = true');
  });
  await page.waitForTimeout(100);
  const ran = await page.evaluate(() => {
    const flags = window as unknown as Record<string, unknown>;
    return [flags.__inline, flags.__handler, flags.__evaluated];
  });
  expect(ran).toEqual([undefined, undefined, undefined]);
  // (Each is reported by both copies of the policy: the page's <meta> and the server's header.)
  await expect.poll(async () => new Set((await seen.violations()).map((line) => line.split(' ')[0])).size).toBe(3);
  const expected = await seen.violations();
  expect([...new Set(expected.map((line) => line.split(' ')[0]))]).toEqual(['script-src-elem', 'script-src-attr', 'script-src']);

  // Every part of the app, in both languages, adds no violation of its own.
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Canvases' })
    .getByRole('button', { name: /^Spotify/ })
    .click();
  await expect(block(page, 'Key Partners').getByRole('listitem').first()).toBeVisible();
  const visit = async (opener: ReturnType<Page['getByRole']>, dialog: string) => {
    await opener.click();
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: dialog })).toBeHidden();
  };
  await visit(block(page, 'Customer Relationships').getByRole('button', { name: 'Relationship types' }), 'Customer Relationships');
  await visit(block(page, 'Channels').getByRole('button', { name: 'Channel map' }), 'Channels');
  await visit(page.getByRole('button', { name: 'Check canvas', exact: true }), 'Check canvas');
  for (const item of ['PNG image', 'Markdown (.md)', 'JSON file (.boom.json)']) {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: item }).click();
    await download;
  }
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Share a read-only link…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fa');
  await page.keyboard.press('p');
  await expect(page.getByRole('heading', { name: 'کل بوم' })).toBeVisible();
  await page.keyboard.press('n');
  await page.keyboard.type('یادداشت زنده');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  // Only the three refusals caused on purpose above.
  expect(await seen.violations()).toEqual(expected);
  await page.reload();
  await expect(page.getByRole('region').first()).toBeVisible();
  expect(await seen.violations()).toEqual([]);
  expect(seen.dialogs).toEqual([]);
});
