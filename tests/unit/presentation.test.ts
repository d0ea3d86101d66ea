import { describe, expect, it } from 'vitest';
import { isRunning, remaining, startCountdown, toggleCountdown } from '@/features/presentation/countdown';
import { presentCommand } from '@/features/presentation/present-keys';
import { formatClock } from '@/i18n/format';
import { loadPresentationPrefs, savePresentationPrefs } from '@/persistence/presentation-prefs';
import { goToStep, LAST_STEP, startPresenting, stepBlock, stopPresenting, useWorkshop } from '@/store/workshop';
import { screenScale } from '@/ui/useFitText';
import type { BlockId } from '@/domain/blocks';
import { addNote, createCanvas } from '@/domain/canvas';
import { overviewColumns } from '@/features/canvas/overview-layout';

const key = (key: string, extra: Partial<KeyboardEvent> = {}) => ({
  key,
  code: '',
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

describe('presentation keys', () => {
  it('go forward and back with Space and the clicker’s Page keys; the vertical arrows scroll first', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      expect(presentCommand(key(' '), direction)).toBe('next');
      expect(presentCommand(key(' ', { shiftKey: true }), direction)).toBe('previous');
      expect(presentCommand(key('PageDown'), direction)).toBe('next');
      expect(presentCommand(key('PageUp'), direction)).toBe('previous');
      expect(presentCommand(key('ArrowDown'), direction)).toBe('down');
      expect(presentCommand(key('ArrowUp'), direction)).toBe('up');
    }
  });

  it('follow the reading direction with the horizontal arrows', () => {
    expect(presentCommand(key('ArrowRight'), 'ltr')).toBe('next');
    expect(presentCommand(key('ArrowLeft'), 'ltr')).toBe('previous');
    expect(presentCommand(key('ArrowLeft'), 'rtl')).toBe('next');
    expect(presentCommand(key('ArrowRight'), 'rtl')).toBe('previous');
  });

  it('jump to a block by its number on any layout, and read letters by their key on the Persian layout', () => {
    expect(presentCommand(key('3', { code: 'Digit3' }), 'ltr')).toEqual({ block: 3 });
    expect(presentCommand(key('۳', { code: 'Digit3' }), 'rtl')).toEqual({ block: 3 });
    expect(presentCommand(key('9', { code: 'Numpad9' }), 'ltr')).toEqual({ block: 9 });
    expect(presentCommand(key('0', { code: 'Digit0' }), 'ltr')).toBeNull();
    expect(presentCommand(key('د', { code: 'KeyN' }), 'rtl')).toBe('addNote');
    expect(presentCommand(key('o', { code: 'KeyO' }), 'ltr')).toBe('overview');
    expect(presentCommand(key('Escape'), 'ltr')).toBe('exit');
  });

  it('leave shortcuts with Ctrl, Cmd or Alt to the rest of the app (Ctrl+Z still undoes)', () => {
    expect(presentCommand(key('z', { code: 'KeyZ', ctrlKey: true }), 'ltr')).toBeNull();
    expect(presentCommand(key('ArrowRight', { altKey: true }), 'ltr')).toBeNull();
    expect(presentCommand(key('n', { code: 'KeyN', metaKey: true }), 'ltr')).toBeNull();
  });
});

describe('presentation steps', () => {
  it('open on the whole canvas, walk the storytelling order and close on the whole canvas', () => {
    expect(stepBlock(null)).toBeNull();
    startPresenting();
    const shown: (string | null)[] = [];
    for (let step = 0; step <= LAST_STEP; step += 1) {
      goToStep(step);
      shown.push(stepBlock(useWorkshop.getState().step));
    }
    expect(shown).toEqual([
      null,
      'customerSegments',
      'valuePropositions',
      'channels',
      'customerRelationships',
      'revenueStreams',
      'keyResources',
      'keyActivities',
      'keyPartners',
      'costStructure',
      null,
    ]);
    goToStep(99);
    expect(useWorkshop.getState().step).toBe(LAST_STEP);
    goToStep(-4);
    expect(useWorkshop.getState().step).toBe(0);
    stopPresenting();
    goToStep(3);
    expect(useWorkshop.getState().step).toBeNull();
  });
});

describe('block timer', () => {
  it('counts down from the time, pauses and resumes, and stops at zero', () => {
    const started = startCountdown(60_000, 1_000);
    expect(remaining(started, 31_000)).toBe(30_000);
    const paused = toggleCountdown(started, 31_000);
    expect(isRunning(paused, 50_000)).toBe(false);
    expect(remaining(paused, 90_000)).toBe(30_000);
    const resumed = toggleCountdown(paused, 100_000);
    expect(remaining(resumed, 110_000)).toBe(20_000);
    expect(remaining(resumed, 500_000)).toBe(0);
    expect(isRunning(resumed, 500_000)).toBe(false);
  });

  it('reads as a clock in the reader’s digits', () => {
    expect(formatClock(65_000, 'en')).toBe('01:05');
    expect(formatClock(299_001, 'en')).toBe('05:00');
    expect(formatClock(65_000, 'fa')).toBe('۰۱:۰۵');
    expect(formatClock(-5, 'en')).toBe('00:00');
  });
});

describe('presentation text sizes', () => {
  it('are given for 1920×1080 and scale with the screen, not below a phone’s readable share', () => {
    expect(screenScale(1920, 1080)).toBe(1);
    expect(screenScale(1280, 720)).toBeCloseTo(0.667, 3);
    expect(screenScale(3840, 2160)).toBe(2);
    expect(screenScale(390, 844)).toBe(0.6);
  });
});

describe('presentation options', () => {
  it('are remembered, and anything unreadable falls back to the defaults', () => {
    const defaults = { highContrast: false, timerMinutes: 0, timeUp: 'none' };
    expect(loadPresentationPrefs(localStorage)).toEqual(defaults);
    savePresentationPrefs(localStorage, { highContrast: true, timerMinutes: 5, timeUp: 'both' });
    expect(loadPresentationPrefs(localStorage)).toEqual({ highContrast: true, timerMinutes: 5, timeUp: 'both' });
    localStorage.setItem('boom:presentation', '{"highContrast":"yes","timerMinutes":5,"timeUp":"siren"}');
    expect(loadPresentationPrefs(localStorage)).toEqual({ highContrast: false, timerMinutes: 5, timeUp: 'none' });
    localStorage.setItem('boom:presentation', 'not json');
    expect(loadPresentationPrefs(localStorage)).toEqual(defaults);
    expect(loadPresentationPrefs(null)).toEqual(defaults);
  });
});

describe('the overview’s columns', () => {
  const withNotes = (counts: Partial<Record<BlockId, number>>) => {
    let canvas = createCanvas('c', '2026-12-05T10:00:00.000Z');
    for (const [blockId, count] of Object.entries(counts) as [BlockId, number][])
      for (let n = 0; n < count; n += 1)
        canvas = addNote(
          canvas,
          blockId,
          { id: `${blockId}${n}`, text: 'An idea of about forty characters, or so.', color: 'yellow' },
          canvas.updatedAt,
        );
    return canvas;
  };
  const shares = (columns: string) => [...columns.matchAll(/minmax\(0, ([\d.]+)fr\)/g)].map((match) => Number(match[1]));

  it('are even for an empty canvas, each of the five two grid columns wide', () => {
    expect(overviewColumns(withNotes({}))).toBe(Array(5).fill('repeat(2, minmax(0, 1.000fr))').join(' '));
  });

  it('widen the columns whose notes need it, within bounds, the full Channels column taking from the empty ones', () => {
    const [keyPartners, activities, propositions, relationships, segments] = shares(
      overviewColumns(withNotes({ channels: 14, customerRelationships: 6, valuePropositions: 6 })),
    );
    expect(relationships).toBeGreaterThan(propositions!);
    expect(propositions).toBeGreaterThan(keyPartners!);
    expect(relationships).toBeLessThanOrEqual(1.8);
    expect(keyPartners).toBeGreaterThanOrEqual(0.7);
    expect(segments).toBe(keyPartners);
    expect(activities).toBe(keyPartners);
  });
});
