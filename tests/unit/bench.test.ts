import { describe, expect, it } from 'vitest';
import { BLOCK_IDS as APP_BLOCK_IDS } from '@/domain/blocks';
import { canvasJsonSchema } from '@/domain/json-schema';
import { LIMITS } from '@/domain/limits';
import { NOTE_COLORS as APP_NOTE_COLORS, SCHEMA_VERSION } from '@/domain/schema';
import { parseCanvasDocument } from '@/persistence/canvas-document';
import { canvasText } from '@/persistence/local-storage';
import {
  BLOCK_IDS,
  KB,
  NOTE_COLORS,
  NOTES_PER_CANVAS,
  anyFailed,
  canvasFileText,
  evaluateMetrics,
  pairedRatio,
  formatBudget,
  recordLighthouse,
  formatNumber,
  formatTable,
  generateCanvas,
  median,
  percentile,
  metricsTable,
  resourceKind,
  schemaVersionFrom,
  storageEntries,
  summarizeLighthouse,
  summarizeLoad,
  verdict,
  type MetricDefinition,
  type Resource,
} from '../../bench/lib.mjs';

describe('bench: statistics and budgets', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([5])).toBe(5);
  });

  it('takes a percentile by nearest rank', () => {
    const fifty = Array.from({ length: 50 }, (_, index) => 50 - index);
    expect(percentile(fifty, 0.95)).toBe(48);
    expect(percentile(fifty, 0.5)).toBe(25);
    expect(percentile([7], 0.95)).toBe(7);
    expect(() => percentile([], 0.95)).toThrow();
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
  });

  it('leaves its input unsorted and refuses an empty list', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
    expect(() => median([])).toThrow();
  });

  it('passes a value exactly at its budget and fails one just over it', () => {
    expect(verdict(120, { max: 120 })).toBe('PASS');
    expect(verdict(120.01, { max: 120 })).toBe('FAIL');
    expect(verdict(1e9, undefined)).toBe('—');
  });

  it('passes a score that reaches its least (Lighthouse’s) and fails one below it', () => {
    expect(verdict(98, { min: 98 })).toBe('PASS');
    expect(verdict(97.5, { min: 98 })).toBe('FAIL');
    expect(formatBudget({ min: 98 }, 'score')).toBe('≥ 98');
    expect(formatNumber(97.6, 'score')).toBe('98');
    expect(formatNumber(0.0123, 'shift')).toBe('0.012');
  });

  it('judges a ratio budget against the reference, and fails without one', () => {
    expect(verdict(300, { maxRatio: 3 }, 100)).toBe('PASS');
    expect(verdict(301, { maxRatio: 3 }, 100)).toBe('FAIL');
    expect(verdict(100, { maxRatio: 3 }, undefined)).toBe('FAIL');
    expect(verdict(100, { maxRatio: 3 }, 0)).toBe('FAIL');
  });

  it('fails the whole check when any line fails', () => {
    expect(anyFailed(['PASS', '—', 'PASS'])).toBe(false);
    expect(anyFailed(['PASS', 'FAIL', '—'])).toBe(true);
  });

  it('evaluates medians, ratios to the floor and verdicts, leaving out figures not measured', () => {
    const definitions: MetricDefinition[] = [
      { id: 'open', label: 'Open', unit: 'ms', ratioTo: 'floor', budget: { maxRatio: 3 } },
      { id: 'floor', label: 'Floor', unit: 'ms' },
      { id: 'js', label: 'JS', unit: 'KB', budget: { max: 120 } },
      { id: 'skipped', label: 'Not run', unit: 'ms' },
    ];
    const metrics = evaluateMetrics(definitions, { open: [500, 300, 400], floor: [100, 200], js: [150], skipped: [] });
    expect(metrics.map((metric) => metric.id)).toEqual(['open', 'floor', 'js']);
    expect(metrics[0]).toMatchObject({ median: 400, ratio: 400 / 150, verdict: 'PASS', runs: [500, 300, 400] });
    expect(metrics[1]).toMatchObject({ median: 150, ratio: null, verdict: '—' });
    expect(metrics[2]).toMatchObject({ median: 150, verdict: 'FAIL' });
  });
});

describe('bench: openings measured beside the floor', () => {
  it('takes the median of run-by-run ratios, leaving out runs without a floor beside them', () => {
    expect(pairedRatio([300, 900, 400, 500], [100, 200, 200])).toBe(3);
    expect(pairedRatio([300], [0])).toBeNull();
    expect(pairedRatio([300], [])).toBeNull();
  });

  it('judges a paired metric by its pairs: one busy moment counts once, not through both medians', () => {
    const open = { id: 'open', label: 'Open', unit: 'ms', ratioTo: 'floor', budget: { maxRatio: 3 }, paired: true } as const;
    // Medians: 870 / 110 = 7.9× (FAIL); pair by pair: 2.9×, 8×, 2.9× (PASS at 2.9×).
    const [paired] = evaluateMetrics([open], { open: [290, 880, 870], floor: [100, 110, 300] });
    expect(paired).toMatchObject({ median: 870, ratio: 2.9, verdict: 'PASS' });
    const [slower] = evaluateMetrics([open], { open: [320, 880, 930], floor: [100, 110, 300] });
    expect(slower).toMatchObject({ verdict: 'FAIL' });
    const [noFloor] = evaluateMetrics([open], { open: [300] });
    expect(noFloor).toMatchObject({ ratio: null, verdict: 'FAIL' });
  });
});

describe('bench: the printed table', () => {
  it('formats numbers by size and unit', () => {
    expect(formatNumber(1234.4, 'ms')).toBe('1234');
    expect(formatNumber(13.84, 'ms')).toBe('13.8');
    expect(formatNumber(2.456, '×')).toBe('2.46');
    expect(formatNumber(3, 'count')).toBe('3');
  });

  it('writes budgets as limits', () => {
    expect(formatBudget({ max: 120 }, 'KB')).toBe('≤ 120 KB');
    expect(formatBudget({ maxRatio: 3 }, 'ms')).toBe('≤ 3× floor');
    expect(formatBudget({ maxRatio: 1.15, of: '30 notes' }, 'ms')).toBe('≤ 1.15× 30 notes');
    expect(formatBudget(undefined, 'ms')).toBe('—');
  });

  it('pads columns to the widest cell, numbers to the right', () => {
    const table = formatTable(
      ['Metric', 'Value'],
      [
        ['a', '1'],
        ['longer', '100'],
      ],
      [1],
    );
    expect(table.split('\n')).toEqual(['Metric  Value', '------  -----', 'a           1', 'longer    100']);
  });

  it('shows the median, the budget, the ratio to the floor and the verdict of each metric', () => {
    const [open] = evaluateMetrics([{ id: 'open', label: 'Open', unit: 'ms', ratioTo: 'floor', budget: { maxRatio: 3 } }], {
      open: [700],
      floor: [200],
    });
    const lines = metricsTable([open!]).split('\n');
    expect(lines[0]).toMatch(/^Metric\s+Median\s+Unit\s+Budget\s+vs floor\s+Verdict$/);
    expect(lines[2]).toMatch(/^Open\s+700\s+ms\s+≤ 3× floor\s+3\.50×\s+FAIL$/);
  });
});

describe('bench: what a page loaded', () => {
  const resource = (path: string, startTime: number, bytes: number, gzipBytes = bytes): Resource => ({
    url: `http://127.0.0.1:1234${path}`,
    kind: resourceKind(`http://127.0.0.1:1234${path}`),
    bytes,
    gzipBytes,
    startTime,
  });

  it('tells pages, scripts, styles and fonts by their path', () => {
    expect(resourceKind('http://x/')).toBe('html');
    expect(resourceKind('http://x/floor.html')).toBe('html');
    expect(resourceKind('http://x/assets/index-abc.js')).toBe('js');
    expect(resourceKind('http://x/assets/index-abc.css?v=1')).toBe('css');
    expect(resourceKind('http://x/assets/vazirmatn-arabic-400.woff2')).toBe('font');
    expect(resourceKind('http://x/favicon.svg')).toBe('other');
  });

  it('counts as first load what was requested before the page was interactive, the rest apart', () => {
    const summary = summarizeLoad(
      [
        resource('/', 0, 20 * KB, 6 * KB),
        resource('/assets/index.js', 40, 300 * KB, 100 * KB),
        resource('/assets/index.css', 41, 30 * KB, 6 * KB),
        resource('/assets/locale.js', 200, 15 * KB, 5 * KB),
        resource('/assets/vazirmatn-arabic-400.woff2', 310, 21 * KB),
        resource('/assets/DragLayer.js', 300, 50 * KB, 17 * KB),
      ],
      300,
    );
    expect(summary).toEqual({
      firstLoadHtml: 6 * KB,
      firstLoadJs: 105 * KB,
      firstLoadCss: 6 * KB,
      idleJs: 17 * KB,
      fontBytes: 21 * KB,
      fonts: [{ name: 'vazirmatn-arabic-400.woff2', bytes: 21 * KB }],
    });
  });
});

describe('bench: the generated canvases', () => {
  it('reads the format version from the JSON Schema the build publishes', () => {
    expect(schemaVersionFrom(canvasJsonSchema())).toBe(SCHEMA_VERSION);
    expect(() => schemaVersionFrom({ properties: {} })).toThrow();
  });

  it('uses the app’s block ids, note colours and limit of notes', () => {
    expect(BLOCK_IDS).toEqual(APP_BLOCK_IDS);
    expect(NOTE_COLORS).toEqual(APP_NOTE_COLORS);
    expect(NOTES_PER_CANVAS).toBe(LIMITS.notesPerCanvas);
  });

  it('makes the same canvas from the same seed, with exactly the notes asked for', () => {
    expect(generateCanvas({ notes: 50, seed: 9 })).toEqual(generateCanvas({ notes: 50, seed: 9 }));
    expect(generateCanvas({ notes: 50, seed: 9 })).not.toEqual(generateCanvas({ notes: 50, seed: 10 }));
    const canvas = generateCanvas({ notes: 1000 });
    expect(Object.keys(canvas.notes)).toHaveLength(1000);
    expect(Object.values(canvas.blocks).flat()).toHaveLength(1000);
  });

  it('spreads realistic notes over all nine blocks: varied lengths, some Persian, every colour, a few votes', () => {
    const canvas = generateCanvas({ notes: 1000 });
    const notes = Object.values(canvas.notes);
    for (const id of BLOCK_IDS) expect(canvas.blocks[id]!.length).toBeGreaterThan(50);
    const persian = notes.filter((note) => /[\u0600-\u06FF]/.test(note.text)).length;
    expect(persian).toBeGreaterThan(100);
    expect(persian).toBeLessThan(400);
    expect(new Set(notes.map((note) => note.color))).toEqual(new Set(NOTE_COLORS));
    const lengths = notes.map((note) => note.text.length);
    expect(Math.min(...lengths)).toBeLessThan(20);
    expect(Math.max(...lengths)).toBeGreaterThan(200);
    expect(notes.filter((note) => note.votes !== undefined).length).toBeGreaterThan(10);
  });

  it('seeds storage exactly as the app itself saves the canvas, and the app reads it back', () => {
    const canvas = generateCanvas({ notes: 1000 });
    const entries = storageEntries(canvas, SCHEMA_VERSION, 'rev1');
    expect(entries['boom:current']).toBe(canvas.id);
    const stored = entries[`boom:canvas:${canvas.id}`]!;
    const result = parseCanvasDocument(stored);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.canvas.id).toBe(canvas.id);
    expect(stored).toBe(canvasText(result.canvas, { revision: 'rev1', parent: null }));
  });

  it('writes a file the app imports, up to the largest canvas it allows', () => {
    const canvas = generateCanvas({ notes: LIMITS.notesPerCanvas, seed: 5000 });
    const result = parseCanvasDocument(canvasFileText(canvas, SCHEMA_VERSION), { maxBytes: LIMITS.documentBytes });
    expect(result.ok).toBe(true);
    expect(result.ok && Object.keys(result.canvas.notes)).toHaveLength(LIMITS.notesPerCanvas);
  });
});

describe('bench: Lighthouse results', () => {
  it('records each run’s scores and lab timings as lines of the table, by preset', () => {
    const values: Record<string, number[]> = {};
    const record = (id: string, value: number) => (values[id] ??= []).push(value);
    const run = (performance: number, lcp: number) => ({
      mobile: {
        scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
        timings: { 'largest-contentful-paint': lcp, 'cumulative-layout-shift': 0 },
        belowOne: {},
      },
    });
    recordLighthouse(run(97, 1790), record);
    recordLighthouse(run(99, 1550), record);
    expect(values).toEqual({
      'lighthouse.mobile.performance': [97, 99],
      'lighthouse.mobile.accessibility': [100, 100],
      'lighthouse.mobile.best-practices': [100, 100],
      'lighthouse.mobile.first-contentful-paint': [NaN, NaN],
      'lighthouse.mobile.largest-contentful-paint': [1790, 1550],
      'lighthouse.mobile.total-blocking-time': [NaN, NaN],
      'lighthouse.mobile.cumulative-layout-shift': [0, 0],
    });
    // A figure the run could not give fails its budget, rather than leaving the table.
    expect(verdict(median([NaN]), { min: 98 })).toBe('FAIL');
    expect(verdict(median([NaN]), { max: 1600 })).toBe('FAIL');
  });

  it('keeps the scores and lists the scored audits below 1 in accessibility and best practices', () => {
    const summary = summarizeLighthouse({
      categories: {
        performance: { score: 0.954, auditRefs: [{ id: 'largest-contentful-paint' }] },
        accessibility: { score: 0.9, auditRefs: [{ id: 'color-contrast' }, { id: 'image-alt' }, { id: 'manual-check' }] },
        'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console' }] },
      },
      audits: {
        'largest-contentful-paint': { id: 'largest-contentful-paint', title: 'LCP', score: 0.8, numericValue: 2100 },
        'color-contrast': { id: 'color-contrast', title: 'Contrast', score: 0 },
        'image-alt': { id: 'image-alt', title: 'Alt text', score: 1 },
        'manual-check': { id: 'manual-check', title: 'Checked by hand', score: null },
        'errors-in-console': { id: 'errors-in-console', title: 'No errors', score: 1 },
      },
    });
    expect(summary).toEqual({
      scores: { performance: 95, accessibility: 90, 'best-practices': 100 },
      timings: { 'largest-contentful-paint': 2100 },
      belowOne: { accessibility: [{ id: 'color-contrast', title: 'Contrast', score: 0 }], 'best-practices': [] },
    });
  });
});
