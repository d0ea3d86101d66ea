import { expect, test } from '@playwright/test';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { SCHEMA_VERSION } from '../../src/domain/schema';
import { block, openSeeded } from './helpers';

/** A canvas on Osterwalder's channel phases whose relationship and channel were marked under the customer journey. */
function canvasMarkedInTheOtherModel(language: 'en' | 'fa') {
  const now = new Date().toISOString();
  const text = language === 'en' ? { club: 'Loyalty club', app: 'Loyalty app' } : { club: 'باشگاه مشتریان', app: 'اپ وفاداری' };
  const blocks = Object.fromEntries(BLOCK_IDS.map((id) => [id, [] as string[]]));
  blocks.customerRelationships = ['club'];
  blocks.channels = ['app'];
  const notes = {
    club: {
      id: 'club',
      text: text.club,
      color: 'pink',
      relationship: { type: 'longTerm', motivations: ['retention'], phases: ['retention', 'loyalty'], measures: [] },
    },
    app: { id: 'app', text: text.app, color: 'blue', channel: { phases: { retention: { used: true, rating: 4 } } } },
  };
  const canvas = { id: 'c', title: 'Café', createdAt: now, updatedAt: now, notes, blocks, journeyModel: 'channelPhases', language };
  return {
    text,
    entries: {
      'boom:canvas:c': JSON.stringify({ format: 'boom-canvas', schemaVersion: SCHEMA_VERSION, canvas }),
      'boom:current': 'c',
      'boom:language': language,
    },
  };
}

const T = {
  en: {
    relationships: 'Customer Relationships',
    types: 'Relationship types',
    channels: 'Channels',
    map: 'Channel map',
    summary: /^1 note is also marked in phases of the other model, Customer journey$/,
    clubPhases: ': Retention and Loyalty',
    appPhases: ': Retention',
    noPhase: /not placed in any phase|not used in any phase/,
    otherModel: /only in phases of the other journey model \(Retention and Loyalty\)/,
    channelOtherModel: /only in phases of the other journey model \(Retention\)/,
  },
  fa: {
    relationships: 'ارتباط با مشتری',
    types: 'انواع ارتباط',
    channels: 'کانال‌ها',
    map: 'نقشه‌ی کانال‌ها',
    summary: /^۱ یادداشت در مرحله‌های مدل دیگر، سفر مشتری، هم علامت خورده است$/,
    clubPhases: ': نگهداشت مشتری و وفاداری',
    appPhases: ': نگهداشت مشتری',
    noPhase: /در هیچ مرحله‌ای از سفر مشتری قرار نگرفته|در هیچ‌یک از مراحل نمایش‌داده‌شده/,
    otherModel: /فقط در مرحله‌های مدل دیگر سفر مشتری قرار گرفته است \(نگهداشت مشتری و وفاداری\)/,
    channelOtherModel: /فقط در مرحله‌های مدل دیگر سفر مشتری علامت خورده است \(نگهداشت مشتری\)/,
  },
} as const;

for (const language of ['en', 'fa'] as const) {
  const w = T[language];
  test(`marks made under the other journey model are named, listed on request, and never called "no phase" (${language})`, async ({
    page,
  }) => {
    const { text, entries } = canvasMarkedInTheOtherModel(language);
    await openSeeded(page, entries);

    await block(page, w.relationships).getByRole('button', { name: w.types }).click();
    const panel = page.getByRole('dialog', { name: w.relationships });
    const summary = panel.getByText(w.summary);
    await expect(summary).toBeVisible();
    await expect(panel.getByText(text.club + w.clubPhases)).toBeHidden();
    await summary.click();
    await expect(panel.getByRole('listitem').filter({ hasText: text.club + w.clubPhases })).toBeVisible();
    await expect(panel.getByRole('button', { name: w.otherModel })).toBeVisible();
    await expect(panel.getByText(w.noPhase)).toHaveCount(0);
    await page.keyboard.press('Escape');

    await block(page, w.channels).getByRole('button', { name: w.map }).click();
    const map = page.getByRole('dialog', { name: w.channels });
    await map.getByText(w.summary).click();
    await expect(map.getByRole('listitem').filter({ hasText: text.app + w.appPhases })).toBeVisible();
    await expect(map.getByRole('button', { name: w.channelOtherModel })).toBeVisible();
    await expect(map.getByText(w.noPhase)).toHaveCount(0);
  });
}
