/**
 * The app's strings, looked up by key in the language shown: a small translator that reads
 * i18next's JSON format (v4: nested keys, `ns:key`, `{{name}}` and `{{name, number}}`, plural
 * suffixes chosen by `Intl.PluralRules`). It does what Boom used of i18next and react-i18next,
 * which were 18 KB of the first screen's 100 KB (issue 21); the strings' files are unchanged.
 */
import type { StringResources } from './resources';
import { formatWholeNumber } from './whole-numbers';

export type Namespace = keyof StringResources;
type Namespaces = Namespace | readonly Namespace[];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A plural's key without its suffix: `notes_one` and `notes_other` are both asked for as `notes`. */
type PluralBase<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
/** A key with a context (`saveFailed_quota`) is also asked for by its base, with the context as an option. */
type ContextBase<K extends string> = K extends `${infer Base}_${string}` ? Base : never;

/** The keys of a namespace's strings: `a.b.c` for a text, and for an object or list its own path too. */
type KeysOf<T> = {
  [K in keyof T & string]: T[K] extends string
    ? PluralBase<K> | ContextBase<PluralBase<K>>
    : T[K] extends readonly unknown[]
      ? K
      : T[K] extends object
        ? K | `${K}.${KeysOf<T[K]>}`
        : never;
}[keyof T & string];

type Prefixed = { [N in Namespace]: `${N}:${KeysOf<StringResources[N]>}` }[Namespace];
type FirstOf<N extends Namespaces> = N extends readonly [infer First extends Namespace, ...unknown[]]
  ? First
  : N extends Namespace
    ? N
    : never;

/** What a `t` of namespace(s) `N` accepts: its (first) namespace's keys, or any namespace's as `ns:key`. */
export type TranslationKey<N extends Namespaces = 'app'> = KeysOf<StringResources[FirstOf<N>]> | Prefixed;

type ValueAt<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? ValueAt<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;
type ObjectAt<N extends Namespaces, K extends string> = K extends `${infer Ns extends Namespace}:${infer Rest}`
  ? ValueAt<StringResources[Ns], Rest>
  : ValueAt<StringResources[FirstOf<N>], K>;

export interface TranslateOptions {
  /** A number picks the plural form; either fills `{{count}}`. */
  count?: number | string;
  /** Picks the string for a case: `saveFailed` with context `quota` is `saveFailed_quota`. */
  context?: string;
  /** Another language than the one shown. */
  lng?: string;
  /** Another namespace than the function's. */
  ns?: Namespace;
  [value: string]: unknown;
}

export interface TFunction<N extends Namespaces = 'app'> {
  /** A list or group of strings as they are in the file (a block's questions). */
  <K extends TranslationKey<N>>(key: K, options: TranslateOptions & { returnObjects: true }): ObjectAt<N, K>;
  (key: TranslationKey<N>, options?: TranslateOptions): string;
  /** A key of another namespace, named by the option. */
  <Other extends Namespace>(key: KeysOf<StringResources[Other]>, options: TranslateOptions & { ns: Other }): string;
}

type Bundle = Record<string, unknown>;
type LanguageListener = (language: string) => void;

const bundles = new Map<string, Bundle>();
const listeners = new Set<LanguageListener>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
let current = '';

export function directionOf(language: string): 'ltr' | 'rtl' {
  return language === 'fa' ? 'rtl' : 'ltr';
}

const bundleKey = (language: string, namespace: string) => `${language}\u0000${namespace}`;

function lookup(bundle: Bundle | undefined, path: string): unknown {
  let value: unknown = bundle;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Bundle)[part];
  }
  return value;
}

function pluralCategory(language: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

function formatNumber(language: string, value: unknown): string {
  const whole = typeof value === 'number' ? formatWholeNumber(language, value) : null;
  if (whole !== null) return whole;
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return typeof value === 'number' || typeof value === 'bigint' ? format.format(value) : String(value ?? '');
}

/** `{{name}}` becomes the value as it is; `{{name, number}}` the number written in the language's digits. */
function interpolate(text: string, language: string, options: TranslateOptions | undefined): string {
  if (!text.includes('{{')) return text;
  return text.replace(/\{\{\s*([^,}\s]+)\s*(?:,\s*([a-z]+)\s*)?\}\}/g, (_match, name: string, format: string | undefined) => {
    const value = options?.[name];
    if (format === 'number') return formatNumber(language, value);
    return value === undefined || value === null ? '' : String(value as string);
  });
}

function resolve(language: string, namespaces: readonly string[], key: string, options: TranslateOptions | undefined): unknown {
  let searched = namespaces;
  let path = key;
  const colon = key.indexOf(':');
  if (colon > 0) {
    searched = [key.slice(0, colon)];
    path = key.slice(colon + 1);
  } else if (options?.ns) {
    searched = [options.ns];
  }
  const count = options?.count;
  const forms = (base: string) =>
    typeof count === 'number'
      ? [...(count === 0 ? [`${base}_zero`] : []), `${base}_${pluralCategory(language, count)}`, `${base}_other`, base]
      : [base];
  const context = options?.context;
  const candidates = context ? [...forms(`${path}_${context}`), ...forms(path)] : forms(path);
  for (const namespace of searched) {
    const bundle = bundles.get(bundleKey(language, namespace));
    for (const candidate of candidates) {
      const value = lookup(bundle, candidate);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

function translate(language: string, namespaces: readonly string[], key: string, options?: TranslateOptions): unknown {
  const shownIn = options?.lng ?? language;
  const value = resolve(shownIn, namespaces, key, options);
  if (typeof value === 'string') return interpolate(value, shownIn, options);
  if (value !== undefined && options?.returnObjects) return value;
  // A missing string shows its key, as i18next did (a test keeps both languages complete).
  return key;
}

export const translator = {
  /** The language shown ('' until the first is set). */
  get language(): string {
    return current;
  },
  get isInitialized(): boolean {
    return current !== '';
  },
  dir(language: string = current): 'ltr' | 'rtl' {
    return directionOf(language);
  },
  addResourceBundle(language: string, namespace: string, bundle: object): void {
    bundles.set(bundleKey(language, namespace), bundle as Bundle);
  },
  hasResourceBundle(language: string, namespace: string): boolean {
    return bundles.has(bundleKey(language, namespace));
  },
  /** Shows `language` from now on; everyone listening hears of it at once. */
  changeLanguage(language: string): Promise<void> {
    if (language !== current) {
      current = language;
      for (const listener of [...listeners]) listener(language);
    }
    return Promise.resolve();
  },
  on(_event: 'languageChanged', listener: LanguageListener): void {
    listeners.add(listener);
  },
  off(_event: 'languageChanged', listener: LanguageListener): void {
    listeners.delete(listener);
  },
  /** A `t` of the app's namespace in the language shown. */
  t: ((key: string, options?: TranslateOptions) => translate(current, ['app'], key, options)) as TFunction,
  /** A `t` of `namespaces` (searched in order) in `language`, or the language shown at each call when null. */
  getFixedT<N extends Namespaces = 'app'>(language: string | null, namespaces?: N): TFunction<N> {
    const searched: readonly string[] = namespaces === undefined ? ['app'] : typeof namespaces === 'string' ? [namespaces] : namespaces;
    return ((key: string, options?: TranslateOptions) => translate(language ?? current, searched, key, options)) as TFunction<N>;
  },
};

export type Translator = typeof translator;
