import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const base = 'http://localhost:4400/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [lang, file] of [['en', 'spotify.en'], ['fa', 'spotify.fa']]) {
  const doc = JSON.parse(readFileSync(`src/features/files/examples/${file}.boom.json`, 'utf8'));
  for (const [w, h] of [[1366, 768], [1280, 720], [390, 844]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.addInitScript(([d, l]) => {
      if (sessionStorage.getItem('s')) return; sessionStorage.setItem('s', '1');
      localStorage.setItem(`boom:canvas:${d.canvas.id}`, JSON.stringify(d)); localStorage.setItem('boom:current', d.canvas.id); localStorage.setItem('boom:language', l);
    }, [doc, lang]);
    await page.goto(base);
    await page.waitForTimeout(800);
    const T = lang === 'en' ? { h: 'History', save: 'Save version', name: 'Name of the version' } : { h: 'تاریخچه', save: 'ذخیره‌ی نسخه', name: 'نام نسخه' };
    await page.getByRole('button', { name: T.h, exact: true }).click();
    await page.getByRole('button', { name: T.save }).click();
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
    // Change: edit a note text by store-free means: delete first note of segments, add one
    const seg = page.locator('[data-block="customerSegments"]').first();
    const first = seg.getByRole('listitem').first();
    await first.hover();
    await first.getByRole('button', { name: lang === 'en' ? /^Delete note/ : /^حذف یادداشت/ }).click();
    const vp = page.locator('[data-block="valuePropositions"]').first();
    await vp.getByRole('button', { name: lang === 'en' ? /^Add note/ : /^افزودن یادداشت/ }).click();
    await page.keyboard.type(lang === 'en' ? 'Podcasts for every commute' : 'پادکست برای هر مسیر رفت‌وآمد');
    await page.keyboard.press('Enter'); await page.keyboard.press('Escape');
    const kp = page.locator('[data-block="keyPartners"]').first().getByRole('listitem').first();
    await kp.getByRole('button').first().click().catch(() => {});
    await page.waitForTimeout(200);
    await page.keyboard.type(lang === 'en' ? ' and labels' : ' و برچسب‌ها'); await page.keyboard.press('Enter');
    await page.getByRole('button', { name: T.h, exact: true }).click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/shot-history-${lang}-${w}.png` });
    await page.getByRole('dialog').getByRole('button').filter({ hasText: lang === 'en' ? /^Compare with now:/ : /^مقایسه با اکنون:/ }).click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `/tmp/shot-compare-${lang}-${w}.png` });
    await page.close();
  }
}
await browser.close();
