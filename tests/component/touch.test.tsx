import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { canvasActions } from '@/store/canvas-store';

// A screen whose notes have not come into sight yet (nothing is ever reported seen), and whose
// pointer can be switched between a mouse and touch, as a convertible laptop folds into a tablet.
let touch = false;
const changes = new Set<() => void>();
beforeEach(() => {
  touch = false;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('matchMedia', (query: string) => ({
    media: query,
    get matches() {
      return query === '(hover: none)' && touch;
    },
    addEventListener: (_type: string, listener: () => void) => changes.add(listener),
    removeEventListener: (_type: string, listener: () => void) => changes.delete(listener),
  }));
});
afterEach(() => vi.unstubAllGlobals());

describe('a note on a screen that turns into a touch screen', () => {
  it('shows its tools (there is no hover to bring them) as soon as the pointer becomes touch', () => {
    canvasActions().addNote('keyPartners', 'Roaster');
    render(<App />);
    const note = screen.getByRole('listitem', { name: 'Roaster' });
    expect(within(note).queryByRole('button', { name: 'Delete note' })).toBeNull();
    act(() => {
      touch = true;
      for (const change of changes) change();
    });
    expect(within(note).getByRole('button', { name: 'Delete note' })).toBeInTheDocument();
  });
});
