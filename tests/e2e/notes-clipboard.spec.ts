import { expect, test, type Page } from '@playwright/test';
import { block, notesOf, openWithCanvas } from './helpers';

/** Pastes text as another app would put it on the clipboard (plain text only), with focus where it is. */
const pastePlain = (page: Page, text: string) =>
  page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);

test('a note is duplicated by Ctrl+D or its menu, copied and pasted into another canvas with its colour, and plain text pastes as one note a line', async ({
  page,
}) => {
  await openWithCanvas(page, { customerSegments: ['Students', 'Tourists'] });
  const segments = block(page, 'Customer Segments');
  await segments.getByRole('button', { name: 'Students', exact: true }).focus();
  await page.keyboard.press('Control+d');
  await expect.poll(() => notesOf(segments)).toEqual(['Students', 'Students', 'Tourists']);
  await expect(segments.getByRole('listitem').nth(1).getByRole('button', { name: 'Students', exact: true })).toBeFocused();
  // By the note's menu.
  await segments.getByRole('listitem', { name: 'Tourists' }).getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect.poll(() => notesOf(segments)).toEqual(['Students', 'Students', 'Tourists', 'Tourists']);

  // Copy, then paste into a new canvas: the note comes with its colour.
  await segments.getByRole('button', { name: 'Students', exact: true }).first().focus();
  await page.keyboard.press('Control+c');
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  await page.getByRole('dialog', { name: 'Canvases' }).getByRole('button', { name: 'New canvas' }).click();
  const propositions = block(page, 'Value Propositions');
  await propositions.getByRole('button', { name: /^Add note/ }).focus();
  await page.keyboard.press('Control+v');
  await expect.poll(() => notesOf(propositions)).toEqual(['Students']);
  await expect(propositions.getByRole('listitem')).toHaveAttribute('data-color', 'yellow');
  await expect(propositions.getByRole('button', { name: 'Students', exact: true })).toBeFocused();

  // A list from elsewhere: one note a line, bullets and numbers taken off, after the focused note.
  await pastePlain(page, '- Quiet seats\n\n• Fast Wi-Fi\r\n3. Late hours\n');
  await expect.poll(() => notesOf(propositions)).toEqual(['Students', 'Quiet seats', 'Fast Wi-Fi', 'Late hours']);
  await expect(page.getByRole('status').filter({ hasText: '3 notes pasted.' })).toBeAttached();
  // Undo takes the paste back as one step.
  await page.keyboard.press('Control+z');
  await expect.poll(() => notesOf(propositions)).toEqual(['Students']);
});

for (const language of ['en', 'fa'] as const) {
  test(`find a word across the notes and go to the note (${language})`, async ({ page }) => {
    const en = language === 'en';
    await openWithCanvas(
      page,
      en
        ? {
            channels: ['Walk-ins', 'Instagram DMs', 'Flyers at the station'],
            customerSegments: ['Students who want Instagram-worthy coffee'],
            costStructure: ['Rent'],
          }
        : {
            channels: ['مشتری حضوری', 'دایرکت اینستاگرام'],
            customerSegments: ['دانشجوهایی که کافه‌ی اینستاگرامی می‌خواهند'],
            costStructure: ['اجاره'],
          },
      language,
    );
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: en ? 'Find in notes' : 'یافتن در یادداشت‌ها' });
    const field = dialog.getByRole('searchbox', { name: en ? 'Words to find' : 'واژه‌هایی که می‌جویید' });
    await expect(field).toBeFocused();
    // Written with the Arabic kaf and yeh, a Persian word is still found.
    await field.fill(en ? 'INSTAGRAM' : 'اينستاگرام');
    await expect(dialog.getByRole('status')).toHaveText(en ? '2 notes hold it.' : '۲ یادداشت آن را دارند.');
    const results = dialog.getByRole('listitem');
    await expect(results).toHaveCount(2);
    // Storytelling order: Customer Segments before Channels.
    await expect(results.first()).toContainText(en ? 'in Customer Segments' : 'در بخش‌های مشتری');
    // ↓ goes from the field through the notes found, ↑ back.
    await page.keyboard.press('ArrowDown');
    await expect(results.first().getByRole('button')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results.nth(1).getByRole('button')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(field).toBeFocused();
    await results.nth(1).getByRole('button').click();
    await expect(dialog).toBeHidden();
    await expect(
      block(page, en ? 'Channels' : 'کانال‌ها').getByRole('button', { name: en ? 'Instagram DMs' : 'دایرکت اینستاگرام', exact: true }),
    ).toBeFocused();
    // Nothing found is said, and Enter goes to the first note found.
    await page.getByRole('button', { name: en ? 'Find' : 'یافتن', exact: true }).click();
    await field.fill(en ? 'parking' : 'پارکینگ');
    await expect(dialog.getByRole('status')).toContainText(en ? 'No note holds' : 'هیچ یادداشتی');
    await field.fill(en ? 'rent' : 'اجاره');
    await page.keyboard.press('Enter');
    await expect(
      block(page, en ? 'Cost Structure' : 'ساختار هزینه').getByRole('button', { name: en ? 'Rent' : 'اجاره', exact: true }),
    ).toBeFocused();
  });
}
