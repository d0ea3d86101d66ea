import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { SCHEMA_VERSION } from '../../src/domain/schema';
import { block, openSeeded } from './helpers';

const TEXT = {
  en: {
    check: 'Check canvas',
    contradiction: 'Contradiction',
    keyPartnersEmpty: 'The Key Partners block has no notes yet.',
    keyPartners: 'Key Partners',
    addNote: 'Add note to Key Partners',
    coffeeUnlinked: '“Good coffee” does not say which customer segment it is for.',
    noValueForTourists: 'No value proposition is for “Tourists”.',
    durationContradiction: /“Students” is served by a transactional relationship/,
    touristsNoRelationship: '“Tourists” has no relationship.',
    touristsNoChannel: 'No channel reaches “Tourists”.',
    purchaseUncovered: /No channel covers Purchase\./,
    segmentsButton: 'Customer segments it is for',
    relationships: 'Customer Relationships',
    channels: 'Channels',
    valuePropositions: 'Value Propositions',
    addPersonal: 'Add Personal assistance',
    sale: 'One-off sale',
    type: 'Type',
    forTourists: 'The next relationship you add will serve “Tourists”.',
    students: 'Students',
    tourists: 'Tourists',
    coffee: 'Good coffee',
  },
  fa: {
    check: 'بررسی بوم',
    contradiction: 'تناقض',
    keyPartnersEmpty: 'بلوک «شرکای کلیدی» هنوز یادداشتی ندارد.',
    keyPartners: 'شرکای کلیدی',
    addNote: 'افزودن یادداشت به شرکای کلیدی',
    coffeeUnlinked: '«قهوه‌ی خوب» نمی‌گوید برای کدام بخش مشتری است.',
    noValueForTourists: 'هیچ ارزش پیشنهادی‌ای برای «گردشگران» نیست.',
    durationContradiction: /به «دانشجویان» هم با ارتباطی معامله‌ای/,
    touristsNoRelationship: 'برای «گردشگران» هیچ ارتباطی تعریف نشده است.',
    touristsNoChannel: 'هیچ کانالی به «گردشگران» نمی‌رسد.',
    purchaseUncovered: /هیچ کانالی مرحله‌ی خرید را پوشش نمی‌دهد/,
    segmentsButton: 'بخش‌های مشتریِ هدف',
    relationships: 'ارتباط با مشتری',
    channels: 'کانال‌ها',
    valuePropositions: 'ارزش‌های پیشنهادی',
    addPersonal: 'افزودن دستیار شخصی',
    sale: 'فروش تک',
    type: 'نوع',
    forTourists: 'ارتباطی که اکنون اضافه کنید، به «گردشگران» پیوند داده می‌شود.',
    students: 'دانشجویان',
    tourists: 'گردشگران',
    coffee: 'قهوه‌ی خوب',
  },
} as const;

/** A café canvas half done: two segments, one proposition linked, a channel and two relationships for one segment. */
async function openCafe(page: Page, language: 'en' | 'fa') {
  const T = TEXT[language];
  const now = new Date().toISOString();
  const lists: Record<string, string[]> = Object.fromEntries(BLOCK_IDS.map((id) => [id, []]));
  const notes: Record<string, object> = {};
  const put = (blockId: string, note: { id: string; text: string } & Record<string, unknown>) => {
    notes[note.id] = { color: 'yellow', ...note };
    lists[blockId]!.push(note.id);
  };
  put('customerSegments', { id: 'students', text: T.students, color: 'blue' });
  put('customerSegments', { id: 'tourists', text: T.tourists, color: 'green' });
  put('valuePropositions', {
    id: 'quiet',
    text: language === 'en' ? 'Quiet place to study' : 'جای آرام برای درس',
    segmentIds: ['students'],
  });
  put('valuePropositions', { id: 'coffee', text: T.coffee });
  put('channels', {
    id: 'web',
    text: 'Website',
    segmentIds: ['students'],
    channel: {
      ownership: 'own',
      reach: 'direct',
      medium: 'online',
      cost: 'low',
      phases: { awareness: { used: true }, evaluation: { used: true }, delivery: { used: true }, afterSales: { used: true } },
    },
  });
  put('customerRelationships', {
    id: 'sale',
    text: language === 'en' ? 'One-off sale' : 'فروش تک',
    segmentIds: ['students'],
    relationship: { type: 'transactional', motivations: ['acquisition'], phases: ['purchase'], measures: [] },
  });
  put('customerRelationships', {
    id: 'club',
    text: language === 'en' ? 'Book club' : 'باشگاه کتاب',
    segmentIds: ['students'],
    relationship: { type: 'longTerm', motivations: ['retention', 'upselling'], phases: ['afterSales'], measures: [] },
  });
  const canvas = {
    id: 'cafe',
    title: 'Café',
    createdAt: now,
    updatedAt: now,
    notes,
    blocks: lists,
    journeyModel: 'channelPhases',
    integrationLevel: 'single',
  };
  await openSeeded(page, {
    'boom:canvas:cafe': JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas }),
    'boom:current': 'cafe',
    'boom:language': language,
  });
  await expect(page.getByRole('region').first()).toBeVisible();
}

for (const language of ['en', 'fa'] as const) {
  const T = TEXT[language];

  test(`Check canvas lists every finding and each one leads to where it is fixed (${language})`, async ({ page }) => {
    await openCafe(page, language);
    const checkButton = page.getByRole('button', { name: T.check, exact: true });
    const open = async () => {
      await checkButton.click();
      const dialog = page.getByRole('dialog', { name: T.check });
      await expect(dialog).toBeVisible();
      return dialog;
    };

    let dialog = await open();
    const findings = dialog.getByRole('listitem');
    // Every kind of finding the issue names, contradictions first in their area.
    for (const text of [T.keyPartnersEmpty, T.coffeeUnlinked, T.noValueForTourists, T.touristsNoRelationship, T.touristsNoChannel]) {
      await expect(dialog.getByRole('button', { name: text, exact: true })).toBeVisible();
    }
    await expect(dialog.getByRole('button', { name: T.durationContradiction })).toBeVisible();
    await expect(dialog.getByRole('button', { name: T.purchaseUncovered })).toBeVisible();
    await expect(dialog.getByRole('region', { name: T.relationships }).getByRole('listitem').first()).toContainText(T.contradiction);
    expect(await findings.count()).toBeGreaterThan(8);
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // An empty block: its add button.
    await dialog.getByRole('button', { name: T.keyPartnersEmpty }).click();
    await expect(dialog).toBeHidden();
    await expect(block(page, T.keyPartners).getByRole('button', { name: T.addNote })).toBeFocused();

    // A proposition without a segment: its segments menu, where the segment is ticked.
    dialog = await open();
    await dialog.getByRole('button', { name: T.coffeeUnlinked }).click();
    const segmentsButton = block(page, T.valuePropositions)
      .getByRole('listitem', { name: T.coffee })
      .getByRole('button', { name: T.segmentsButton });
    await expect(segmentsButton).toBeFocused();
    await page.keyboard.press('Enter');
    const tourists = page.getByRole('menuitemcheckbox', { name: T.tourists });
    await tourists.click();
    await expect(tourists).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Escape');
    await expect(segmentsButton).toBeFocused();
    dialog = await open();
    await expect(dialog.getByRole('button', { name: T.keyPartnersEmpty })).toBeVisible();
    await expect(dialog.getByRole('button', { name: T.coffeeUnlinked })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: T.noValueForTourists })).toHaveCount(0);

    // A contradiction: the relationships panel, on the relationship's type.
    await dialog.getByRole('button', { name: T.durationContradiction }).click();
    const relationships = page.getByRole('dialog', { name: T.relationships });
    await expect(relationships).toBeVisible();
    const saleType = relationships.getByRole('article', { name: T.sale }).getByRole('combobox', { name: T.type, exact: true });
    await expect(saleType).toBeFocused();
    await expect(saleType).toHaveValue('transactional');
    await page.keyboard.press('Escape');
    await expect(relationships).toBeHidden();

    // A segment no channel reaches: the channel map, on that segment's box.
    dialog = await open();
    await dialog.getByRole('button', { name: T.touristsNoChannel }).click();
    const channels = page.getByRole('dialog', { name: T.channels });
    await expect(channels).toBeVisible();
    await expect(channels.getByRole('checkbox', { name: T.tourists })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    dialog = await open();
    await expect(dialog.getByRole('button', { name: T.touristsNoChannel })).toHaveCount(0);

    // A segment without relationship: the catalogue, ready to add one for it.
    await dialog.getByRole('button', { name: T.touristsNoRelationship }).click();
    const panel = page.getByRole('dialog', { name: T.relationships });
    await expect(panel.getByRole('button', { name: T.addPersonal, exact: true })).toBeFocused();
    await expect(panel).toContainText(T.forTourists);
  });
}

test('Check canvas on a complete canvas says there is nothing to point out, and Escape returns to the button', async ({ page }) => {
  await openSeeded(page, { 'boom:language': 'en' });
  await page.getByRole('button', { name: 'Canvases', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Canvases' })
    .getByRole('button', { name: /^Airbnb/ })
    .click();
  await expect(block(page, 'Key Partners').getByRole('listitem').first()).toBeVisible();
  await page.getByRole('button', { name: 'Check canvas', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Check canvas' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Nothing to point out');
  await expect(dialog.getByRole('listitem')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Check canvas', exact: true })).toBeFocused();
});
