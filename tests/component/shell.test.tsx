import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { startStorageSync, useStorageStatus } from '@/app/storage-sync';

function Bomb() {
  const [armed, setArmed] = useState(false);
  if (armed) throw new Error('boom');
  return (
    <button type="button" onClick={() => setArmed(true)}>
      Break it
    </button>
  );
}

describe('app shell', () => {
  it('an error inside a feature shows a translated message in its place; the rest keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    render(
      <>
        <ErrorBoundary feature="canvas">
          <Bomb />
        </ErrorBoundary>
        <button type="button">Still here</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Break it' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong in the canvas. Your notes are safe');
    expect(screen.getByRole('button', { name: 'Still here' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Break it' })).toBeInTheDocument();
  });

  it('tells the user when saved data could not be read, and offers it for download', async () => {
    localStorage.setItem('boom:canvas:bad', 'this is not JSON');
    const stop = startStorageSync();
    render(<App />);
    // The notices' code comes when there is one to show.
    expect(await screen.findByRole('alert')).toHaveTextContent('A saved canvas could not be read (it is not valid JSON).');
    expect(screen.getByRole('button', { name: /^Download the unreadable data \(\d+ \w+ 20\d\d, \d\d:\d\d\)$/ })).toBeInTheDocument();
    const backups = Object.keys(localStorage).filter((key) => key.startsWith('boom:backup:'));
    expect(backups).toHaveLength(1);
    expect(localStorage.getItem(backups[0]!)).toBe('this is not JSON');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    stop();
    useStorageStatus.setState({ unreadable: [], migrated: [], keptBackups: [], saveProblem: null });
  });

  it('a note still being typed is saved when the page goes away', async () => {
    const user = userEvent.setup();
    const stop = startStorageSync();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Add note to Key Partners' }));
    await user.keyboard('Half-written idea');
    window.dispatchEvent(new Event('pagehide'));
    const id = localStorage.getItem('boom:current')!;
    const saved = JSON.parse(localStorage.getItem(`boom:canvas:${id}`)!).canvas;
    expect(Object.values(saved.notes).map((note) => (note as { text: string }).text)).toEqual(['Half-written idea']);
    stop();
  });
});
