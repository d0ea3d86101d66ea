import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showToast } from '@/ui/toasts';
import { Toasts } from '@/ui/Toasts';

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('a message that goes away by itself', () => {
  afterEach(() => vi.useRealTimers());

  function showImported() {
    vi.useFakeTimers();
    render(
      <>
        <button type="button">Elsewhere</button>
        <Toasts />
      </>,
    );
    act(() => void showToast({ tone: 'info', text: () => 'Imported “Café”', action: { label: () => 'Undo', run: () => {} } }));
    const message = screen.getByText('Imported “Café”').closest('.notice') as HTMLElement;
    return { message };
  }

  it('stays while the pointer is on it, and goes after the time it had left once the pointer leaves', async () => {
    const { message } = showImported();
    fireEvent.mouseEnter(message);
    await wait(60_000);
    expect(screen.getByText('Imported “Café”')).toBeInTheDocument();
    fireEvent.mouseLeave(message);
    await wait(31_000);
    expect(screen.queryByText('Imported “Café”')).toBeNull();
  });

  it('stays while focus is inside it, even when the pointer passes over it and leaves', async () => {
    const { message } = showImported();
    act(() => screen.getByRole('button', { name: 'Undo' }).focus());
    fireEvent.mouseEnter(message);
    fireEvent.mouseLeave(message);
    await wait(60_000);
    expect(screen.getByText('Imported “Café”')).toBeInTheDocument();
    // From one of its buttons to the other: still inside.
    act(() => screen.getByRole('button', { name: 'Dismiss' }).focus());
    await wait(60_000);
    expect(screen.getByText('Imported “Café”')).toBeInTheDocument();
    // Focus leaves: the time it had left runs out.
    act(() => screen.getByRole('button', { name: 'Elsewhere' }).focus());
    await wait(31_000);
    expect(screen.queryByText('Imported “Café”')).toBeNull();
  });
});
