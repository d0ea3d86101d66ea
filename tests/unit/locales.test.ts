import { describe, expect, it } from 'vitest';
import en from '@locales/en/app.json';
import fa from '@locales/fa/app.json';

type Tree = { [key: string]: string | Tree | string[] };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as Tree, path)) out.set(k, v);
  }
  return out;
}

// Every namespace of each language (app, and the ones features load when first opened).
const files = import.meta.glob<Tree>('/locales/*/*.json', { eager: true, import: 'default' });
function namespaces(language: string): Tree {
  const prefix = `/locales/${language}/`;
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, tree]) => [path.slice(prefix.length, -'.json'.length), tree]),
  );
}
const enKeys = flatten(namespaces('en'));
const faKeys = flatten(namespaces('fa'));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('English and Persian have exactly the same keys', () => {
    expect([...faKeys.keys()].filter((key) => !enKeys.has(key))).toEqual([]);
    expect([...enKeys.keys()].filter((key) => !faKeys.has(key))).toEqual([]);
  });

  it('every string is filled in and uses the same placeholders in both languages', () => {
    for (const [key, english] of enKeys) {
      const persian = faKeys.get(key) ?? '';
      expect(english.trim(), key).not.toBe('');
      expect(persian.trim(), key).not.toBe('');
      expect(placeholders(persian), key).toEqual(placeholders(english));
    }
  });

  it('Persian text uses Persian digits and the Persian question mark, and no Arabic letter forms', () => {
    for (const [key, persian] of faKeys) {
      if (key.startsWith('app.languages.')) continue;
      const withoutPlaceholders = persian.replace(/\{\{[^}]*\}\}/g, '');
      expect(withoutPlaceholders, key).not.toMatch(/[0-9]/);
      expect(withoutPlaceholders, key).not.toMatch(/[يك]/);
      expect(withoutPlaceholders, key).not.toMatch(/\?/);
    }
  });

  it('uses the nine blocks’ standard names in both languages (the names the Persian literature uses, never a loose translation)', () => {
    const names = Object.fromEntries(
      Object.entries(en.blocks).map(([id, block]) => [id, [block.name, fa.blocks[id as keyof typeof fa.blocks].name]]),
    );
    expect(names).toEqual({
      keyPartners: ['Key Partners', 'شرکای کلیدی'],
      keyActivities: ['Key Activities', 'فعالیت‌های کلیدی'],
      keyResources: ['Key Resources', 'منابع کلیدی'],
      valuePropositions: ['Value Propositions', 'ارزش‌های پیشنهادی'],
      customerRelationships: ['Customer Relationships', 'ارتباط با مشتری'],
      channels: ['Channels', 'کانال‌ها'],
      customerSegments: ['Customer Segments', 'بخش‌های مشتری'],
      costStructure: ['Cost Structure', 'ساختار هزینه'],
      revenueStreams: ['Revenue Streams', 'جریان‌های درآمدی'],
    });
  });
});
