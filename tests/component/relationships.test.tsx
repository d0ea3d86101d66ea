import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';

const relationshipNotes = () => {
  const canvas = selectCurrentCanvas(useCanvasStore.getState());
  return canvas.blocks.customerRelationships.map((id) => canvas.notes[id]!);
};

describe('the Customer Relationships panel', () => {
  it('opens from its block, adds a typed relationship that the block shows with a badge, and closes with Escape', async () => {
    canvasActions().addNote('customerSegments', 'Students');
    canvasActions().addNote('customerSegments', 'Office workers');
    const user = userEvent.setup();
    render(<App />);
    const block = screen.getByRole('region', { name: 'Customer Relationships' });
    const open = within(block).getByRole('button', { name: 'Relationship types' });
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Customer Relationships' }, { timeout: 5000 });

    // All nine types, each explained, each with its own add button.
    for (const name of [
      'Personal assistance',
      'Dedicated personal assistance',
      'Self-service',
      'Automated services',
      'Communities',
      'Co-creation',
      'Transactional',
      'Long-term',
      'Contract / SLA',
    ]) {
      expect(within(dialog).getByRole('button', { name: `Add ${name}` })).toBeInTheDocument();
    }
    expect(within(dialog).getByText(/Wikipedia; creators on YouTube; customer reviews on Amazon/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: /^No relationship yet/ })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Add Co-creation' }));
    const card = within(dialog).getByRole('article', { name: 'Co-creation' });
    await user.click(within(card).getByRole('checkbox', { name: 'Students' }));
    await user.click(within(card).getByRole('checkbox', { name: 'Retention' }));
    await user.click(within(card).getByRole('checkbox', { name: 'Delivery' }));
    await user.click(within(card).getByRole('button', { name: 'Add a measure' }));
    await user.type(within(card).getByRole('textbox', { name: 'Target' }), '60');

    expect(relationshipNotes()).toEqual([
      expect.objectContaining({
        text: 'Co-creation',
        segmentIds: [expect.any(String)],
        relationship: {
          type: 'coCreation',
          motivations: ['retention'],
          phases: ['delivery'],
          measures: [expect.objectContaining({ kind: 'nps', target: '60' })],
        },
      }),
    ]);
    // What is still missing is named, and its link leads to the field to fix.
    const missing = within(dialog).getByRole('button', { name: '“Office workers” has no relationship.' });
    expect(within(dialog).getByRole('button', { name: 'No relationship covers this motivation: Acquisition.' })).toBeInTheDocument();
    expect(missing).toBeInTheDocument();
    // The chart's legend says where the relationship sits.
    expect(within(dialog).getByText('Co-creation: Co-creation (some personal contact, medium cost)')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(open).toHaveFocus();
    const note = within(block).getByRole('listitem', { name: 'Co-creation' });
    expect(within(note).getByText('Co-creation', { selector: '.badge' })).toBeInTheDocument();
    expect(within(note).getByText('Serves: Students')).toBeInTheDocument();
  });

  it('flags a segment served both transactionally and long-term, and the link goes to the type', async () => {
    const segment = canvasActions().addNote('customerSegments', 'Tourists')!;
    const blank = { motivations: [], phases: [], measures: [] };
    canvasActions().addNote('customerRelationships', 'Kiosk', { segmentIds: [segment], relationship: { type: 'transactional', ...blank } });
    canvasActions().addNote('customerRelationships', 'Loyalty card', {
      segmentIds: [segment],
      relationship: { type: 'longTerm', ...blank },
    });
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Relationship types' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    const finding = within(dialog).getByRole('button', {
      name: '“Tourists” is served by a transactional relationship (“Kiosk”) and by a lasting one (“Loyalty card”, Long-term): decide which it is.',
    });
    expect(finding.closest('li')).toHaveAttribute('data-severity', 'contradiction');
    await user.click(finding);
    const kiosk = within(dialog).getByRole('article', { name: 'Kiosk' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(within(kiosk).getByRole('combobox', { name: 'Type' })).toHaveFocus();
  });

  it('keeps a description typed in the panel when the panel is closed with Escape, and links land on the exact box', async () => {
    const segment = canvasActions().addNote('customerSegments', 'Tourists')!;
    canvasActions().addNote('customerRelationships', 'Kiosk', {
      segmentIds: [segment],
      relationship: { type: 'transactional', motivations: ['acquisition'], phases: ['purchase'], measures: [] },
    });
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Relationship types' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    await user.click(within(dialog).getByRole('button', { name: 'No relationship covers this motivation: Upselling.' }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(within(dialog).getByRole('checkbox', { name: 'Upselling' })).toHaveFocus();

    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    await user.type(description, ' for travellers');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(relationshipNotes().map((note) => note.text)).toEqual(['Kiosk for travellers']);
  });
});
