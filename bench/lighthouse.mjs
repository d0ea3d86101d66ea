/**
 * Lighthouse on the served production build, in its default (mobile) configuration and the
 * desktop preset, against the same Chromium the rest of the benchmark uses.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.mjs';
import { LIGHTHOUSE_CATEGORIES, summarizeLighthouse } from './lib.mjs';

const CONFIGS = { mobile: undefined, desktop: desktopConfig };

/** Runs each configuration once on `url` (a fresh profile, so an empty canvas, in English). */
export async function runLighthouse(url, log) {
  // Lighthouse clears the origin's storage itself; the browser is still launched with an English UI.
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--lang=en-US'] });
  try {
    const results = {};
    for (const [name, config] of Object.entries(CONFIGS)) {
      log(`lighthouse: ${name}`);
      const flags = { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: LIGHTHOUSE_CATEGORIES, locale: 'en-US' };
      const { lhr } = await lighthouse(url, flags, config);
      if (lhr.runtimeError) throw new Error(`Lighthouse (${name}): ${lhr.runtimeError.message}`);
      results[name] = summarizeLighthouse(lhr);
    }
    return results;
  } finally {
    chrome.kill();
  }
}
