/**
 * Code fetched apart, once: on the first ask, or ahead of it. A failed fetch (a first visit that
 * lost its connection) is tried again at the next ask. Once here, it is kept in `loaded`, so a part
 * can be drawn with it at once instead of suspending for a moment.
 */
export interface LoadOnce<T> {
  load: () => Promise<T>;
  readonly loaded: T | null;
}

/** `fetch` run once, with `onLoad` told when it is here. */
export function loadOnce<T>(fetch: () => Promise<T>, onLoad?: (value: T) => void): LoadOnce<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: () =>
      (loading ??= fetch().then(
        (value) => {
          loaded = value;
          onLoad?.(value);
          return value;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    get loaded() {
      return loaded;
    },
  };
}
