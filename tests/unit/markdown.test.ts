import { translator } from '@/i18n/translator';
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '@/domain/blocks';
import { parseCanvasDocument } from '@/persistence/canvas-document';
import { canvasToMarkdown } from '@/features/files/markdown';
import { escapeMarkdown } from '@/domain/markdown-text';
import fixture from '../fixtures/canvas-v4.boom.json';

const NOW = '2026-11-25T10:00:00.000Z';
const loaded = parseCanvasDocument(JSON.stringify(fixture));
if (!loaded.ok) throw new Error('fixture does not load');
const canvas = loaded.canvas;

describe('Markdown export', () => {
  it('has the title, one heading per block and every note as a bullet', () => {
    const markdown = canvasToMarkdown(canvas, NOW);
    expect(markdown.startsWith(`# ${canvas.title}\n`)).toBe(true);
    expect(markdown.match(/^## /gm)).toHaveLength(BLOCK_IDS.length);
    expect(markdown).toContain('## Customer Relationships');
    for (const note of Object.values(canvas.notes)) expect(markdown).toContain(`- ${escapeMarkdown(note.text).split('\n')[0]}`);
  });

  it('includes the relationship and channel details', () => {
    const markdown = canvasToMarkdown(canvas, NOW);
    expect(markdown).toMatch(/ {2}- Type: Long-term/);
    expect(markdown).toMatch(/ {2}- Measure: Retention rate, target /);
    expect(markdown).toMatch(/ {2}- Partner, Indirect, Online, relative cost: Low\n/);
    expect(markdown).toMatch(/ {2}- Phases: .*Awareness \(\d of 5\)/);
  });

  it('states only the channel details the user chose, and no line when none was', () => {
    const notes = { ...canvas.notes };
    notes.n4 = { ...notes.n4!, channel: { medium: 'offline', phases: {} } };
    notes.n7 = { ...notes.n7!, channel: { phases: {} } };
    const markdown = canvasToMarkdown({ ...canvas, notes }, NOW);
    /** The detail lines under a note. */
    const details = (text: string) => {
      const lines = markdown.slice(markdown.indexOf(text)).split('\n').slice(1);
      return lines.slice(
        0,
        lines.findIndex((line) => !line.startsWith('  - ')),
      );
    };
    expect(details('Instagram direct messages for orders')).toContain('  - Offline');
    expect(details('فروش حضوری در کافه')).toEqual(expect.arrayContaining(['  - Not used in any phase yet']));
    for (const made of ['Own', 'Partner', 'Direct', 'Indirect', 'Online', 'relative cost']) {
      expect(details('فروش حضوری در کافه').join('\n')).not.toContain(made);
      expect(details('Instagram direct messages for orders').join('\n')).not.toContain(made);
    }
  });

  it('is written in the reader’s language, with Persian digits', async () => {
    await translator.changeLanguage('fa');
    const markdown = canvasToMarkdown(canvas, NOW);
    expect(markdown).toContain('## بخش‌های مشتری');
    expect(markdown).toMatch(/از ۵\)/);
    expect(markdown).not.toMatch(/\(\d of 5\)/);
  });

  it('keeps user text as text', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('*bold* [link](javascript:alert(1)) <b>')).toBe('\\*bold\\* \\[link\\](javascript:alert(1)) \\<b\\>');
    expect(escapeMarkdown('1. first\n- second')).toBe('1\\. first\n\\- second');
    expect(escapeMarkdown('AT&amp;T at https://example.com or www.example.com')).toBe(
      'AT\\&amp;T at https\\://example.com or www\\.example.com',
    );
  });
});
