import { afterEach, describe, expect, it } from 'vitest';
import { translator, type TranslateOptions } from '@/i18n/translator';
import { formatWholeNumber } from '@/i18n/whole-numbers';

// Strings of a namespace of the test's own, in the files' format; keys outside the app's are untyped here.
translator.addResourceBundle('en', 'sample', {
  greeting: 'Hello, {{name}}',
  nested: { deeper: { text: 'deep' } },
  notes_zero: 'no notes',
  notes_one: '{{count, number}} note',
  notes_other: '{{count, number}} notes',
  votes_one: 'one vote',
  votes_other: '{{count}} votes',
  failed: 'It failed',
  failed_quota: 'Storage is full',
  list: ['first', 'second'],
  total: 'Total: {{total, number}}',
});
translator.addResourceBundle('fa', 'sample', {
  greeting: 'سلام، {{name}}',
  notes_one: '{{count, number}} یادداشت',
  notes_other: '{{count, number}} یادداشت',
  total: 'جمع: {{total, number}}',
});
translator.addResourceBundle('en', 'other', { only: 'in the other namespace', greeting: 'not this one' });

type Loose = (key: string, options?: TranslateOptions & { returnObjects?: boolean }) => unknown;
const fixed = (language: string | null, namespaces: string | string[] = 'sample') =>
  translator.getFixedT(language, namespaces as never) as unknown as Loose;

afterEach(async () => {
  await translator.changeLanguage('en');
});

describe('the translator', () => {
  it('fills values and reads nested keys', () => {
    const t = fixed('en');
    expect(t('greeting', { name: 'Sara' })).toBe('Hello, Sara');
    expect(t('nested.deeper.text')).toBe('deep');
  });

  it('picks the plural form by the language’s rules, with the zero form when there is one', () => {
    const t = fixed('en');
    expect(t('notes', { count: 0 })).toBe('no notes');
    expect(t('notes', { count: 1 })).toBe('1 note');
    expect(t('notes', { count: 1200 })).toBe('1,200 notes');
    expect(t('votes', { count: 0 })).toBe('0 votes');
    // A count given as text fills the value without choosing a form.
    expect(t('greeting', { count: 'five', name: 'x' })).toBe('Hello, x');
  });

  it('writes numbers in Persian digits in Persian', () => {
    const t = fixed('fa');
    expect(t('notes', { count: 25 })).toBe('۲۵ یادداشت');
    expect(t('total', { total: 1234 })).toBe('جمع: ۱٬۲۳۴');
  });

  it('takes the string of a context, or the plain one when the context has none', () => {
    const t = fixed('en');
    expect(t('failed', { context: 'quota' })).toBe('Storage is full');
    expect(t('failed', { context: 'unknown' })).toBe('It failed');
  });

  it('reads another namespace by prefix or option, and several in turn', () => {
    const t = fixed('en');
    expect(t('other:only')).toBe('in the other namespace');
    expect(t('only', { ns: 'other' as never })).toBe('in the other namespace');
    const both = fixed('en', ['other', 'sample']);
    expect(both('greeting', { name: 'y' })).toBe('not this one');
    expect(both('nested.deeper.text')).toBe('deep');
  });

  it('gives a list as it is when asked for, and the key for what is missing', () => {
    const t = fixed('en');
    expect(t('list', { returnObjects: true })).toEqual(['first', 'second']);
    expect(t('nowhere.to.be.found')).toBe('nowhere.to.be.found');
    expect(fixed('fa')('failed')).toBe('failed');
  });

  it('follows the language shown when fixed to none, and tells listeners of a change', async () => {
    const t = fixed(null);
    const heard: string[] = [];
    const listener = (language: string) => heard.push(language);
    translator.on('languageChanged', listener);
    await translator.changeLanguage('fa');
    expect(t('greeting', { name: 'سارا' })).toBe('سلام، سارا');
    expect(translator.dir()).toBe('rtl');
    translator.off('languageChanged', listener);
    await translator.changeLanguage('en');
    expect(heard).toEqual(['fa']);
    expect(t('greeting', { name: 'Sara' })).toBe('Hello, Sara');
    expect(fixed('en')('greeting', { name: 'Ali', lng: 'fa' })).toBe('سلام، Ali');
  });
});

describe('whole numbers written without Intl', () => {
  it('writes them as Intl.NumberFormat does, in English and in Persian', () => {
    const random = (() => {
      let seed = 7;
      return () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    })();
    const values = [
      ...Array.from({ length: 2001 }, (_, index) => index),
      9999,
      10000,
      99999,
      100000,
      999999,
      1000000,
      Number.MAX_SAFE_INTEGER,
      ...Array.from({ length: 500 }, () => Math.floor(random() * 10 ** Math.ceil(random() * 15))),
    ];
    for (const language of ['en', 'fa']) {
      const intl = new Intl.NumberFormat(language);
      for (const value of values) expect(formatWholeNumber(language, value)).toBe(intl.format(value));
    }
  });

  it('leaves to Intl what is not a whole number from zero up, or in another language', () => {
    for (const value of [-1, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) expect(formatWholeNumber('en', value)).toBeNull();
    expect(formatWholeNumber('de', 1000)).toBeNull();
    // Through the translator, Intl still writes them.
    expect(fixed('fa')('total', { total: 1.5 })).toBe(`جمع: ${new Intl.NumberFormat('fa').format(1.5)}`);
    expect(fixed('en')('total', { total: -1200 })).toBe('Total: -1,200');
  });
});
