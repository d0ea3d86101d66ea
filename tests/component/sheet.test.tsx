import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCanvas } from '@/domain/canvas';
import { CanvasSheet } from '@/ui/CanvasSheet';

describe('the canvas drawn from its data (printed pages, image, shared view)', () => {
  it('names the segments a note serves, not only their colours', () => {
    const canvas = createCanvas('c', '2026-12-05T10:00:00.000Z', 'Café');
    canvas.notes = {
      s1: { id: 's1', text: 'Students', color: 'blue' },
      s2: { id: 's2', text: 'Commuters', color: 'blue' },
      v1: { id: 'v1', text: 'Cheap coffee', color: 'yellow', segmentIds: ['s1', 's2'] },
    };
    canvas.blocks = { ...canvas.blocks, customerSegments: ['s1', 's2'], valuePropositions: ['v1'] };
    render(<CanvasSheet canvas={canvas} />);
    const note = within(screen.getByRole('region', { name: 'Value Propositions' })).getByRole('listitem', { name: 'Cheap coffee' });
    expect(note).toHaveTextContent('Serves: Students and Commuters');
    // Shown on the sheet, not only said to a screen reader.
    expect(within(note).getByText('Serves: Students and Commuters').closest('.visually-hidden')).toBeNull();
  });
});
