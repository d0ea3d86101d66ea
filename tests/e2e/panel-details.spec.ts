import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { block, notesOf, openFresh } from './helpers';

const T = {
  en: {
    relationships: 'Customer Relationships',
    types: 'Relationship types',
    add: 'Add Self-service',
    type: 'Self-service',
    description: 'Description',
    typed: 'Online pre-order app',
    channels: 'Channels',
    map: 'Channel map',
    newChannel: 'New channel',
    walkIns: 'Walk-ins',
    awareness: 'Awareness',
    details: ['Ownership', 'Reach', 'Medium', 'Relative cost'],
    notSet: 'Not set',
    offline: 'Offline',
    online: 'Online',
    export: 'Export',
    markdown: /^Markdown/,
  },
  fa: {
    relationships: 'ارتباط با مشتری',
    types: 'انواع ارتباط',
    add: 'افزودن سلف‌سرویس',
    type: 'سلف‌سرویس',
    description: 'شرح',
    typed: 'اپ پیش‌سفارش آنلاین',
    channels: 'کانال‌ها',
    map: 'نقشه‌ی کانال‌ها',
    newChannel: 'کانال تازه',
    walkIns: 'مشتری‌های حضوری',
    awareness: 'آگاهی',
    details: ['مالکیت', 'نوع دسترسی', 'بستر', 'هزینه‌ی نسبی'],
    notSet: 'تعیین نشده',
    offline: 'آفلاین',
    online: 'آنلاین',
    export: 'خروجی',
    markdown: /^مارک‌داون/,
  },
} as const;

for (const language of ['en', 'fa'] as const) {
  const w = T[language];

  test(`a new relationship’s description is what the user types, never the type’s name glued in front (${language})`, async ({ page }) => {
    await openFresh(page, language);
    await block(page, w.relationships).getByRole('button', { name: w.types }).click();
    const dialog = page.getByRole('dialog', { name: w.relationships });
    await dialog.getByRole('button', { name: w.add }).click();
    const field = dialog.getByRole('article', { name: w.type }).getByRole('textbox', { name: w.description });
    await expect(field).toBeFocused();
    await page.keyboard.type(w.typed);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const region = block(page, w.relationships);
    expect(await notesOf(region)).toEqual([w.typed]);
    await expect(region.getByRole('listitem').locator('.badge')).toHaveText(w.type);
  });

  test(`a channel’s details stay unset until chosen, one at a time, and exports state only those (${language})`, async ({ page }) => {
    await openFresh(page, language);
    await block(page, w.channels).getByRole('button', { name: w.map }).click();
    const dialog = page.getByRole('dialog', { name: w.channels });
    const name = dialog.getByRole('textbox', { name: w.newChannel });
    await name.fill(w.walkIns);
    await name.press('Enter');
    await dialog
      .getByRole('table')
      .getByRole('checkbox', { name: `${w.walkIns}: ${w.awareness}` })
      .check();

    const card = dialog.getByRole('article', { name: w.walkIns });
    for (const detail of w.details) {
      await expect(card.getByRole('combobox', { name: detail })).toHaveValue('');
      await expect(card.getByRole('combobox', { name: detail }).locator('option:checked')).toHaveText(w.notSet);
    }
    // Choosing the medium sets the medium only.
    await card.getByRole('combobox', { name: w.details[2] }).selectOption({ label: w.offline });
    await expect(card.getByRole('combobox', { name: w.details[0] })).toHaveValue('');
    await expect(card.getByRole('combobox', { name: w.details[3] })).toHaveValue('');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: w.export, exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: w.markdown }).click();
    const markdown = readFileSync(await (await download).path(), 'utf8');
    const section = markdown.slice(markdown.indexOf(w.walkIns));
    expect(section).toContain(w.offline);
    expect(section.split('\n').slice(0, 4).join('\n')).not.toContain(w.online);
  });
}

for (const language of ['en', 'fa'] as const) {
  const w = T[language];
  test(`the channel map: "Add channel" leaves focus in the field for the next one, the empty field's hint reads in the page's direction, and every integration choice is the same size (${language})`, async ({
    page,
  }) => {
    await openFresh(page, language);
    await block(page, w.channels).getByRole('button', { name: w.map }).click();
    const dialog = page.getByRole('dialog', { name: w.channels });
    const name = dialog.getByRole('textbox', { name: w.newChannel });
    await expect(name).toHaveJSProperty('dir', '');
    expect(await name.evaluate((field) => getComputedStyle(field).direction)).toBe(language === 'fa' ? 'rtl' : 'ltr');
    await name.fill(w.walkIns);
    await dialog.getByRole('button', { name: language === 'en' ? 'Add channel' : 'افزودن کانال' }).click();
    await expect(dialog.getByRole('table').getByRole('row')).toHaveCount(3); // header, the channel, coverage
    await expect(name).toBeFocused();
    await expect(name).toHaveValue('');
    const sizes = await dialog
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((radio) => Math.round(radio.getBoundingClientRect().width)));
    expect(sizes.length).toBe(4);
    expect(new Set(sizes).size).toBe(1);
  });
}
