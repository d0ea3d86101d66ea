import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/App';

const region = (name: string) => screen.getByRole('region', { name });
const notesIn = (name: string) =>
  within(region(name))
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.note-text')?.textContent);

describe('undo and redo in the editor', () => {
  it('typing a note is one step: Ctrl+Z takes the whole note back, Ctrl+Shift+Z and Ctrl+Y bring it again', async () => {
    const user = userEvent.setup();
    render(<App />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toHaveAttribute('aria-disabled', 'true');

    await user.click(within(region('Customer Segments')).getByRole('button', { name: /^Add note/ }));
    await user.keyboard('Students near campus{Enter}');
    expect(notesIn('Customer Segments')).toEqual(['Students near campus']);
    expect(undo).toHaveAttribute('aria-disabled', 'false');

    // Focus is on the add button (not a text box), so the shortcut is the canvas's.
    await user.keyboard('{Control>}z{/Control}');
    expect(notesIn('Customer Segments')).toEqual([]);
    expect(redo).toHaveAttribute('aria-disabled', 'false');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(notesIn('Customer Segments')).toEqual(['Students near campus']);
    await user.click(undo);
    expect(notesIn('Customer Segments')).toEqual([]);
    await user.keyboard('{Control>}y{/Control}');
    expect(notesIn('Customer Segments')).toEqual(['Students near campus']);
    // With the Persian layout, Ctrl+Z gives the key «ظ»; the physical key decides.
    fireEvent.keyDown(document.body, { key: 'ظ', code: 'KeyZ', ctrlKey: true });
    expect(notesIn('Customer Segments')).toEqual([]);
  });

  it('leaves Ctrl+Z inside a text box to the text box', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(region('Channels')).getByRole('button', { name: /^Add note/ }));
    await user.keyboard('Walk-in{Enter}');
    await user.click(screen.getByRole('textbox', { name: 'Canvas title' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(notesIn('Channels')).toEqual(['Walk-in']);
  });
});

describe('the keyboard shortcut list', () => {
  it('opens with "?" outside text boxes, is translated, and gives focus back when closed', async () => {
    const user = userEvent.setup();
    render(<App />);
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    // Opened with "?" from elsewhere, the list gives focus back there.
    const add = within(region('Channels')).getByRole('button', { name: /^Add note/ });
    add.focus();
    await user.keyboard('?');
    // The list's code comes when first asked for.
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('rowheader', { name: 'Undo the last change' })).toBeInTheDocument();
    // showModal() puts focus inside the dialog (jsdom's stand-in does not).
    within(dialog).getByRole('button', { name: 'Close' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(add).toHaveFocus();
    // The Persian layout's question mark works too.
    add.focus();
    await user.keyboard('؟');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }).focus();
    await user.keyboard('{Escape}');
    // Opened by its button, it gives focus back to the button.
    await user.click(button);
    within(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }))
      .getByRole('button', { name: 'Close' })
      .focus();
    await user.keyboard('{Escape}');
    expect(button).toHaveFocus();

    await user.click(screen.getByRole('textbox', { name: 'Canvas title' }));
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Canvas title' })).toHaveValue('?');
  });
});
