import { afterEach, describe, expect, it, vi } from 'vitest';
import { dismissToast, holdConfirmations, pauseToast, resetToasts, resumeToast, showToast, useToasts } from '@/ui/toasts';

const shown = () => useToasts.getState().toasts.map((toast) => toast.text());

describe('messages', () => {
  afterEach(() => {
    resetToasts();
    vi.useRealTimers();
  });

  it('show one problem at a time, never holding back a confirmation', () => {
    const first = showToast({ tone: 'error', text: () => 'problem 1' });
    showToast({ tone: 'error', text: () => 'problem 2' });
    showToast({ tone: 'info', text: () => 'imported' });
    expect(shown()).toEqual(['problem 1', 'imported']);
    dismissToast(first);
    expect(shown()).toEqual(['imported', 'problem 2']);
  });

  it('wait while a note is dragged, without taking those on screen away; a presentation takes them away until it ends', () => {
    showToast({ tone: 'info', text: () => 'on screen' });
    holdConfirmations(true, 'drag');
    showToast({ tone: 'info', text: () => 'arrived mid-drag' });
    expect(shown()).toEqual(['on screen']);
    holdConfirmations(true, 'presentation');
    expect(shown()).toEqual([]);
    holdConfirmations(false, 'drag');
    expect(shown()).toEqual([]);
    holdConfirmations(false, 'presentation');
    expect(shown()).toEqual(['on screen', 'arrived mid-drag']);
  });

  it('on screen when a note is picked up stay until it is dropped (the canvas does not move under it), then go after the time they had left', () => {
    vi.useFakeTimers();
    showToast({ tone: 'info', text: () => 'imported' });
    vi.advanceTimersByTime(5000);
    holdConfirmations(true, 'drag');
    vi.advanceTimersByTime(60_000);
    expect(shown()).toEqual(['imported']);
    holdConfirmations(false, 'drag');
    vi.advanceTimersByTime(2900);
    expect(shown()).toEqual(['imported']);
    vi.advanceTimersByTime(200);
    expect(shown()).toEqual([]);
  });

  it('a confirmation worth reading whole stays until dismissed', () => {
    vi.useFakeTimers();
    const id = showToast({ tone: 'info', stays: true, text: () => 'The workshop has ended; your copy is kept' });
    showToast({ tone: 'info', text: () => 'imported' });
    vi.advanceTimersByTime(10 * 60_000);
    expect(shown()).toEqual(['The workshop has ended; your copy is kept']);
    dismissToast(id);
    expect(shown()).toEqual([]);
  });

  it('the pointer on a message holds it past the end of a drag', () => {
    vi.useFakeTimers();
    const id = showToast({ tone: 'info', text: () => 'imported' });
    pauseToast(id, 'pointer');
    holdConfirmations(true, 'drag');
    holdConfirmations(false, 'drag');
    vi.advanceTimersByTime(60_000);
    expect(shown()).toEqual(['imported']);
    resumeToast(id, 'pointer');
    vi.advanceTimersByTime(8100);
    expect(shown()).toEqual([]);
  });
});
