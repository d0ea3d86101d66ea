import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';

const note = (text: string) => {
  const canvas = selectCurrentCanvas(useCanvasStore.getState());
  return Object.values(canvas.notes).find((n) => n.text === text)!;
};

async function openMap() {
  const user = userEvent.setup();
  render(<App />);
  const open = within(screen.getByRole('region', { name: 'Channels' })).getByRole('button', { name: 'Channel map' });
  await user.click(open);
  return { user, open, dialog: await screen.findByRole('dialog', { name: 'Channels' }, { timeout: 5000 }) };
}

describe('the channel map', () => {
  it('adds channels, marks phases with a rating, and shows which phases no channel covers', async () => {
    const { user, open, dialog } = await openMap();
    await user.type(within(dialog).getByRole('textbox', { name: 'New channel' }), 'Walk-in sales{Enter}');
    await user.type(within(dialog).getByRole('textbox', { name: 'New channel' }), 'Orders through Instagram DMs');
    await user.click(within(dialog).getByRole('button', { name: 'Add channel' }));

    const table = within(dialog).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Channel', 'Awareness', 'Evaluation', 'Purchase', 'Delivery', 'After sales']);
    expect(within(table).getAllByText('No channel')).toHaveLength(5);

    await user.click(within(table).getByRole('checkbox', { name: 'Walk-in sales: Purchase' }));
    await user.selectOptions(within(table).getByRole('combobox', { name: 'Walk-in sales: Purchase, how well it works' }), '5');
    expect(note('Walk-in sales').channel?.phases.purchase).toEqual({ used: true, rating: 5 });
    expect(within(table).getAllByText('No channel')).toHaveLength(4);

    // Unticking keeps the rating for later.
    await user.click(within(table).getByRole('checkbox', { name: 'Walk-in sales: Purchase' }));
    expect(note('Walk-in sales').channel?.phases.purchase).toEqual({ used: false, rating: 5 });

    await user.keyboard('{Escape}');
    expect(open).toHaveFocus();
    const block = screen.getByRole('region', { name: 'Channels' });
    expect(
      within(block)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.note-text')?.textContent),
    ).toEqual(['Walk-in sales', 'Orders through Instagram DMs']);
  });

  it('moves between cells with the arrow keys', async () => {
    canvasActions().addNote('channels', 'Website');
    canvasActions().addNote('channels', 'Shop');
    const { user, dialog } = await openMap();
    const table = within(dialog).getByRole('table');
    within(table).getByRole('checkbox', { name: 'Website: Awareness' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(table).getByRole('checkbox', { name: 'Website: Evaluation' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(table).getByRole('checkbox', { name: 'Shop: Evaluation' })).toHaveFocus();
    await user.keyboard(' ');
    expect(note('Shop').channel?.phases.evaluation?.used).toBe(true);
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(within(table).getByRole('checkbox', { name: 'Website: Awareness' })).toHaveFocus();

    // From a rating list, Left and Right still move between cells and leave the rating alone.
    await user.keyboard('{ArrowDown}{ArrowRight}{Tab}');
    const rating = within(table).getByRole('combobox', { name: 'Shop: Evaluation, how well it works' });
    expect(rating).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(table).getByRole('checkbox', { name: 'Shop: Purchase' })).toHaveFocus();
    expect(note('Shop').channel?.phases.evaluation).toEqual({ used: true });
  });

  it('records the integration level and says when the map contradicts it', async () => {
    canvasActions().addNote('channels', 'Website');
    const { user, dialog } = await openMap();
    await user.click(within(dialog).getByRole('radio', { name: /^Omnichannel/ }));
    expect(selectCurrentCanvas(useCanvasStore.getState()).integrationLevel).toBe('omni');
    const finding = within(dialog).getByRole('button', { name: 'The level is “Omnichannel”, but the map has only one channel.' });
    expect(finding.closest('li')).toHaveAttribute('data-severity', 'contradiction');
  });
});

describe('the channel map for one segment', () => {
  it('shows only the channels that reach it, and the phases nobody covers for it', async () => {
    const students = canvasActions().addNote('customerSegments', 'Students')!;
    const offices = canvasActions().addNote('customerSegments', 'Office workers')!;
    const base = { ownership: 'own' as const, reach: 'direct' as const, medium: 'online' as const, cost: 'low' as const };
    canvasActions().addNote('channels', 'Campus stand', {
      segmentIds: [students],
      channel: { ...base, phases: { awareness: { used: true } } },
    });
    canvasActions().addNote('channels', 'Office delivery', {
      segmentIds: [offices],
      channel: { ...base, phases: { purchase: { used: true }, delivery: { used: true } } },
    });
    const { user, dialog } = await openMap();
    const table = within(dialog).getByRole('table');
    expect(within(table).getAllByText('No channel')).toHaveLength(2);
    expect(within(table).getByText('Reaches: Students')).toBeInTheDocument();

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Show the map for' }), 'Students');
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.querySelector('span[dir]')?.textContent ?? h.textContent);
    expect(rows).toEqual(['Campus stand', 'Coverage']);
    expect(within(table).getAllByText('No channel')).toHaveLength(4);
  });
});

describe('the channel map’s names for its cells', () => {
  it('set apart a channel whose letters or controls could turn the name round, and leave plain ones as they are', async () => {
    canvasActions().addNote('channels', 'Walk-in sales');
    canvasActions().addNote('channels', 'report\u2069\u202Etxt.exe');
    canvasActions().addNote('channels', 'فروش حضوری');
    const { dialog } = await openMap();
    const table = within(dialog).getByRole('table');
    expect(within(table).getByRole('checkbox', { name: 'Walk-in sales: Purchase' })).toBeInTheDocument();
    // The stray closer is dropped and the override closed inside the isolate: the phase stays after it.
    expect(within(table).getByRole('checkbox', { name: '\u2068report\u202Etxt.exe\u202C\u2069: Purchase' })).toBeInTheDocument();
    expect(within(table).getByRole('checkbox', { name: '\u2068فروش حضوری\u2069: Purchase' })).toBeInTheDocument();
  });
});

describe('pasting inside the channel map', () => {
  it('adds no notes to the block behind it', async () => {
    canvasActions().addNote('channels', 'Walk-in sales');
    const { dialog } = await openMap();
    const box = within(dialog).getByRole('checkbox', { name: 'Walk-in sales: Purchase' });
    box.focus();
    fireEvent.paste(box, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? 'Flyers\nPosters' : '') } });
    expect(selectCurrentCanvas(useCanvasStore.getState()).blocks.channels).toHaveLength(1);
  });
});
