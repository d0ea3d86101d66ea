#!/usr/bin/env node
/**
 * `node scripts/icons.mjs`: draws the app's PNG icons (for the install manifest and iOS's home
 * screen) from public/favicon.svg and scripts/maskable-icon.svg, with Chromium. Run it again after
 * changing either drawing; the PNGs are committed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const ICONS = [
  { from: 'public/favicon.svg', to: 'public/icons/icon-192.png', size: 192 },
  { from: 'public/favicon.svg', to: 'public/icons/icon-512.png', size: 512 },
  // A maskable icon fills its square: the platform cuts its own shape (a circle, a squircle) from it.
  { from: 'scripts/maskable-icon.svg', to: 'public/icons/maskable-512.png', size: 512 },
  { from: 'scripts/maskable-icon.svg', to: 'public/icons/maskable-192.png', size: 192 },
  // iOS rounds the corners itself, and shows transparency as black.
  { from: 'scripts/maskable-icon.svg', to: 'public/icons/apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const { from, to, size } of ICONS) {
  const svg = readFileSync(join(root, from), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style>` +
      `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
  );
  await page.locator('img').screenshot({ path: join(root, to), omitBackground: true });
  console.log(`${to} (${size}×${size})`);
}
await browser.close();
