import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

describe('a full canvas', () => {
  it('says so plainly instead of opening a note it could not keep', async () => {
    // A small limit, so the test need not render thousands of notes; the behaviour is the same.
    vi.resetModules();
    vi.doMock('@/domain/limits', async (importOriginal) => {
      const actual = await importOriginal<typeof import('@/domain/limits')>();
      return { LIMITS: { ...actual.LIMITS, notesPerCanvas: 3 } };
    });
    // The modules start afresh, the translator and the notes' code too: they come as at the app's start.
    await (await import('@/i18n/i18n')).initI18n('en');
    await import('@/app/note-parts');
    await (await import('@/features/canvas/notes-code')).loadNotesCode();
    const { App } = await import('@/app/App');
    const { canvasActions } = await import('@/store/canvas-store');

    for (const text of ['Rent', 'Salaries', 'Beans']) canvasActions().addNote('costStructure', text);
    const user = userEvent.setup();
    render(<App />);
    const channels = screen.getByRole('region', { name: 'Channels' });
    await user.click(within(channels).getByRole('button', { name: 'Add note to Channels' }));
    expect(screen.queryByRole('textbox', { name: 'New note in Channels' })).toBeNull();
    expect(within(channels).getByRole('alert')).toHaveTextContent('This canvas is full: it holds 3 notes');

    await user.click(screen.getByRole('button', { name: 'Delete note', description: 'Beans' }));
    expect(within(channels).queryByRole('alert')).toBeNull();
    await user.click(within(channels).getByRole('button', { name: 'Add note to Channels' }));
    expect(screen.getByRole('textbox', { name: 'New note in Channels' })).toHaveFocus();
    vi.doUnmock('@/domain/limits');
  });
});
