/**
 * When the page is ready for the app: its markup parsed (the root element is there) and its
 * stylesheets loaded, so the first render measures the page styled and its font faces are known.
 */

/** Resolves once every stylesheet the page links has loaded (or failed): its font faces are known then. */
export function stylesLoaded(): Promise<void> {
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((link) => !link.sheet);
  if (pending.length === 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    let left = pending.length;
    const done = () => {
      left -= 1;
      if (left === 0) resolve();
    };
    for (const link of pending) {
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    }
    // A stylesheet that failed before it was looked at may have no sheet and says no more (so the
    // standard has it): the window's load, which waits for every stylesheet, says it is over.
    if (document.readyState === 'complete') resolve();
    else addEventListener('load', () => resolve(), { once: true });
  });
}

/** Resolves once the page's markup is parsed and its stylesheets have loaded. */
export function pageReady(): Promise<void> {
  const parsed =
    document.readyState === 'loading'
      ? new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }))
      : Promise.resolve();
  return parsed.then(stylesLoaded);
}
