/**
 * Each language's app strings as the build writes them into the page (vite.config.ts,
 * appStringsInPage): JSON data blocks, never run. No imports: the build writes the blocks with
 * these, and the app's first module reads them through ./languages.
 */

/** The id of the page's data block holding `language`'s app strings. */
export function pageStringsId(language: string): string {
  return `boom-app-strings-${language}`;
}

/**
 * The text of a data block holding `strings`: compact JSON with no '<' (written as \u003c, which
 * JSON reads back as '<'), so no string in it can end the element early ('</script>', say).
 */
export function pageStringsJson(strings: object): string {
  return JSON.stringify(strings).replace(/</g, '\\u003c');
}

/** `language`'s app strings from the page, or null where the page has none (the dev server, tests). */
export function stringsInPage(language: string): { default: object } | null {
  const text = typeof document === 'undefined' ? null : document.getElementById(pageStringsId(language))?.textContent;
  return text ? { default: JSON.parse(text) as object } : null;
}
