import { describe, expect, it } from 'vitest';
import { dismissToast, holdQuietMessages, showToast, useToasts } from '@/ui/toasts';

const shown = () => useToasts.getState().toasts.map((toast) => toast.text());

describe('messages', () => {
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
    holdQuietMessages(true, 'drag');
    showToast({ tone: 'info', text: () => 'arrived mid-drag' });
    expect(shown()).toEqual(['on screen']);
    holdQuietMessages(true, 'presentation');
    expect(shown()).toEqual([]);
    holdQuietMessages(false, 'drag');
    expect(shown()).toEqual([]);
    holdQuietMessages(false, 'presentation');
    expect(shown()).toEqual(['on screen', 'arrived mid-drag']);
  });
});
