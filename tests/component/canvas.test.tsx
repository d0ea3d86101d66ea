import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { BLOCK_IDS } from '@/domain/blocks';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import en from '@locales/en/app.json';

function setup() {
  const user = userEvent.setup();
  render(<App />);
  return { user };
}

const region = (name: string) => screen.getByRole('region', { name });
const note = (text: string) => screen.getByRole('listitem', { name: text });
const notesIn = (name: string) =>
  within(region(name))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

async function addNote(user: ReturnType<typeof userEvent.setup>, block: string, text: string) {
  await user.click(within(region(block)).getByRole('button', { name: /^Add note/ }));
  await user.keyboard(text);
  await user.keyboard('{Enter}');
}

describe('the canvas', () => {
  it('shows the nine blocks as named regions, each with a list of notes', () => {
    setup();
    for (const id of BLOCK_IDS) {
      const block = region(en.blocks[id].name);
      expect(within(block).getByRole('list')).toBeInTheDocument();
      expect(within(block).getByRole('button', { name: `Add note to ${en.blocks[id].name}` })).toBeInTheDocument();
    }
  });

  it('adds a note: a focused textbox, Enter saves, focus goes back to the add button', async () => {
    const { user } = setup();
    await user.click(within(region('Channels')).getByRole('button', { name: /^Add note/ }));
    const box = screen.getByRole('textbox', { name: 'New note in Channels' });
    expect(box).toHaveFocus();
    await user.keyboard('Support through Instagram direct messages{Enter}');
    expect(notesIn('Channels')).toEqual(['Support through Instagram direct messages']);
    expect(screen.getByRole('listitem', { name: 'Support through Instagram direct messages' })).toBeInTheDocument();
    expect(within(region('Channels')).getByRole('button', { name: /^Add note/ })).toHaveFocus();
  });

  it('keeps line breaks from Shift+Enter, saves on leaving the box, and drops an empty or cancelled note', async () => {
    const { user } = setup();
    await user.click(within(region('Key Partners')).getByRole('button', { name: /^Add note/ }));
    await user.keyboard('Roaster{Shift>}{Enter}{/Shift}Beans weekly');
    await user.click(screen.getByRole('textbox', { name: 'Canvas title' }));
    expect(notesIn('Key Partners')).toEqual(['Roaster\nBeans weekly']);
    expect(screen.getByRole('textbox', { name: 'Canvas title' })).toHaveFocus();

    await user.click(within(region('Key Partners')).getByRole('button', { name: /^Add note/ }));
    await user.keyboard('Not this one{Escape}');
    await user.click(within(region('Key Partners')).getByRole('button', { name: /^Add note/ }));
    await user.keyboard('   {Enter}');
    expect(notesIn('Key Partners')).toEqual(['Roaster\nBeans weekly']);
  });

  it('edits a note in place; Escape keeps the old text', async () => {
    const { user } = setup();
    await addNote(user, 'Customer Segments', 'Students');
    await user.click(screen.getByRole('button', { name: 'Students' }));
    const box = screen.getByRole('textbox', { name: 'Edit note' });
    expect(box).toHaveValue('Students');
    await user.clear(box);
    await user.keyboard('University students{Enter}');
    expect(notesIn('Customer Segments')).toEqual(['University students']);

    screen.getByRole('button', { name: 'University students' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' and staff{Escape}');
    expect(notesIn('Customer Segments')).toEqual(['University students']);
    expect(screen.getByRole('button', { name: 'University students' })).toHaveFocus();
  });

  it('deletes a note and says so', async () => {
    const { user } = setup();
    await addNote(user, 'Cost Structure', 'Rent');
    await addNote(user, 'Cost Structure', 'Salaries');
    await user.click(within(note('Rent')).getByRole('button', { name: 'Delete note' }));
    expect(notesIn('Cost Structure')).toEqual(['Salaries']);
    expect(screen.getByText('Note deleted.').closest('[role="status"]')).not.toBeNull();
  });

  it('moves a note to another block with the "Move to" menu, by mouse and by keyboard', async () => {
    const { user } = setup();
    await addNote(user, 'Key Activities', 'Roasting beans');
    await user.click(within(note('Roasting beans')).getByRole('button', { name: 'Move to another block' }));
    // The menu shows once placed beside its button (a moment: floating-ui places it).
    const menu = await screen.findByRole('menu', { name: 'Move to' });
    expect(within(menu).queryByRole('menuitem', { name: 'Key Activities' })).toBeNull();
    await user.click(within(menu).getByRole('menuitem', { name: 'Key Resources' }));
    expect(notesIn('Key Activities')).toEqual([]);
    expect(notesIn('Key Resources')).toEqual(['Roasting beans']);
    // Focus follows the note to its new block.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Roasting beans' })).toHaveFocus());

    within(note('Roasting beans')).getByRole('button', { name: 'Move to another block' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Key Partners' })).toHaveFocus());
    await user.keyboard('{End}{Enter}');
    expect(notesIn('Revenue Streams')).toEqual(['Roasting beans']);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('recolours a note from its palette', async () => {
    const { user } = setup();
    await addNote(user, 'Value Propositions', 'Fresh coffee');
    await user.click(within(note('Fresh coffee')).getByRole('button', { name: 'Change colour' }));
    expect(await screen.findByRole('menuitemradio', { name: 'Yellow' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('menuitemradio', { name: 'Pink' }));
    expect(screen.getByRole('listitem', { name: 'Fresh coffee' })).toHaveAttribute('data-color', 'pink');
    await user.click(within(note('Fresh coffee')).getByRole('button', { name: 'Change colour' }));
    expect(await screen.findByRole('menuitemradio', { name: 'Pink' })).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(within(note('Fresh coffee')).getByRole('button', { name: 'Change colour' })).toHaveFocus();
  });

  it('shows guiding questions in an empty block and on demand', async () => {
    const { user } = setup();
    const block = region('Revenue Streams');
    expect(within(block).getByText(en.blocks.revenueStreams.questions[0]!)).toBeVisible();
    await addNote(user, 'Revenue Streams', 'Drinks');
    expect(within(block).getByText(en.blocks.revenueStreams.questions[0]!)).not.toBeVisible();
    const toggle = within(block).getByRole('button', { name: 'Guiding questions for Revenue Streams' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(block).getByText(en.blocks.revenueStreams.questions[0]!)).toBeVisible();
  });

  it('names the canvas', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Canvas title' }), 'Corner Café');
    expect(selectCurrentCanvas(useCanvasStore.getState()).title).toBe('Corner Café');
  });

  it('switches to Persian: right-to-left, Persian names and digits', async () => {
    const { user } = setup();
    await addNote(user, 'Channels', 'Walk-in');
    await addNote(user, 'Channels', 'وب‌سایت');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'فارسی');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'fa');
    const channels = region('کانال‌ها');
    expect(within(channels).getByText('۲ یادداشت')).toBeInTheDocument();
    expect(within(channels).getByRole('button', { name: 'افزودن یادداشت به کانال‌ها' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'زبان' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'عنوان بوم' })).toBeInTheDocument();
    expect(within(note('Walk-in')).getByRole('button', { name: 'حذف یادداشت' })).toHaveAccessibleDescription('Walk-in');
    expect(screen.getByRole('button', { name: 'وب‌سایت' })).toHaveAttribute('dir', 'auto');

    await user.selectOptions(screen.getByRole('combobox', { name: 'زبان' }), 'English');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(region('Channels')).toBeInTheDocument();
  });

  it('closes a note’s menu on a click outside it, and leaves what was clicked to do its work', async () => {
    const { user } = setup();
    await addNote(user, 'Channels', 'Website');
    await user.click(within(note('Website')).getByRole('button', { name: 'More' }));
    expect(await screen.findByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: 'Canvas title' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Canvas title' })).toHaveFocus();
  });
});
