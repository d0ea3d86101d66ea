import { afterEach, describe, expect, it } from 'vitest';
import { APP_STRINGS } from '@/i18n/languages';
import { pageStringsId, pageStringsJson, stringsInPage } from '@/i18n/page-strings';

describe('the app strings the page carries', () => {
  afterEach(() => {
    for (const language of ['en', 'fa']) document.getElementById(pageStringsId(language))?.remove();
  });

  function writeIntoPage(language: string, strings: object): void {
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = pageStringsId(language);
    block.textContent = pageStringsJson(strings);
    document.head.append(block);
  }

  it('reads a language from its data block, and each language from its own', async () => {
    writeIntoPage('en', { app: { title: 'From the page' } });
    writeIntoPage('fa', { app: { title: 'از صفحه' } });
    expect(stringsInPage('fa')).toEqual({ default: { app: { title: 'از صفحه' } } });
    expect(await APP_STRINGS.en()).toEqual({ default: { app: { title: 'From the page' } } });
  });

  it('writes strings the page parser reads back exactly, whatever they hold', () => {
    const strings = { app: { title: 'Ends </script><script>window.ran = true</script> and <!-- opens a comment' } };
    document.head.innerHTML += `<script type="application/json" id="${pageStringsId('en')}">${pageStringsJson(strings)}</script>`;
    expect(stringsInPage('en')).toEqual({ default: strings });
  });

  it('fetches the strings where the page has none (the dev server)', async () => {
    expect(stringsInPage('en')).toBeNull();
    const { default: strings } = await APP_STRINGS.en();
    expect(strings).toHaveProperty('app.documentTitle');
  });
});
