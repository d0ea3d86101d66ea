// Takes screenshots of the running app (default http://127.0.0.1:5173) in English and Persian at
// laptop, full-HD and phone sizes, into ./screenshots. Usage: node scripts/screenshots.mjs [url] [--sample]
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const url = process.argv.find((arg) => arg.startsWith('http')) ?? 'http://127.0.0.1:5173/';
const sample = process.argv.includes('--sample');
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const sizes = { laptop: [1366, 768], fullhd: [1920, 1080], phone: [390, 844] };

const SAMPLE = {
  en: {
    title: 'Corner Café',
    notes: {
      keyPartners: ['Local roaster', 'Bakery next door'],
      keyActivities: ['Brewing', 'Weekend events'],
      keyResources: ['Baristas', 'Espresso machine'],
      valuePropositions: ['Great coffee close to campus', 'Quiet place to study'],
      customerRelationships: ['Loyalty card'],
      channels: ['Walk-in', 'Instagram'],
      customerSegments: ['Students', 'Office workers nearby'],
      costStructure: ['Rent', 'Salaries', 'Beans and milk'],
      revenueStreams: ['Drinks', 'Pastries', 'Event tickets'],
    },
  },
  fa: {
    title: 'کافه‌ی سر کوچه',
    notes: {
      keyPartners: ['برشته‌کار محلی قهوه', 'نانوایی کناری'],
      keyActivities: ['دم‌آوری قهوه', 'برگزاری رویدادهای آخر هفته'],
      keyResources: ['باریستاها', 'دستگاه اسپرسو'],
      valuePropositions: ['قهوه‌ی خوب نزدیک دانشگاه', 'جای آرام برای درس خواندن'],
      customerRelationships: ['کارت وفاداری'],
      channels: ['مراجعه‌ی حضوری', 'اینستاگرام'],
      customerSegments: ['دانشجوها', 'کارمندان اطراف'],
      costStructure: ['اجاره', 'حقوق', 'دانه‌ی قهوه و شیر'],
      revenueStreams: ['نوشیدنی', 'شیرینی', 'بلیت رویدادها'],
    },
  },
};

function documentFor(lang) {
  const now = new Date().toISOString();
  const notes = {};
  const blocks = {};
  let n = 0;
  const colors = ['yellow', 'orange', 'pink', 'purple', 'blue', 'green'];
  for (const [block, texts] of Object.entries(SAMPLE[lang].notes)) {
    blocks[block] = texts.map((text) => {
      const id = `n${n}`;
      notes[id] = { id, text, color: colors[n++ % colors.length] };
      return id;
    });
  }
  return {
    format: 'boom-canvas',
    schemaVersion: 4,
    canvas: { id: 'sample', title: SAMPLE[lang].title, createdAt: now, updatedAt: now, notes, blocks, journeyModel: 'channelPhases' },
  };
}

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const lang of ['en', 'fa']) {
  for (const [name, [width, height]] of Object.entries(sizes)) {
    const context = await browser.newContext({
      viewport: { width, height },
      locale: lang === 'fa' ? 'fa-IR' : 'en-US',
      hasTouch: name === 'phone',
      isMobile: name === 'phone',
    });
    const page = await context.newPage();
    await page.addInitScript(
      ([doc, language]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.clear();
        localStorage.setItem('boom:language', language);
        if (doc) {
          localStorage.setItem('boom:canvas:sample', JSON.stringify(doc));
          localStorage.setItem('boom:current', 'sample');
        }
      },
      [sample ? documentFor(lang) : null, lang],
    );
    await page.goto(url);
    await page.waitForSelector('.board');
    await page.evaluate(() => document.fonts.ready);
    const file = `screenshots/${lang}-${name}${sample ? '-sample' : ''}.png`;
    if (name === 'phone') {
      // fullPage capture drops the touch media emulation, so grow the viewport instead.
      const fullHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height: fullHeight });
    }
    await page.screenshot({ path: file });
    console.log(file);
    await context.close();
  }
}
await browser.close();
