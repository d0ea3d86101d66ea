import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';

// Two real parts of the app made to fail as they draw: the header's voting tools, and the
// table of the channel map (inside its panel).
vi.mock('@/features/voting/VotingTools', () => ({
  VotingTools: () => {
    throw new Error('voting tools failed');
  },
}));
vi.mock('@/features/channels/ChannelMatrix', () => ({
  ChannelMatrix: () => {
    throw new Error('channel map failed');
  },
}));

describe('an error inside a feature of the real app', () => {
  it('shows a translated message in place of that feature; the canvas and the other panels keep working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<App />);

    // The header failed: its message stands in its place, the page is not blank.
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Something went wrong in the toolbar. Your notes are safe; the canvas still works.',
    );
    await user.click(screen.getByRole('button', { name: 'Add note to Key Partners' }));
    await user.keyboard('Roaster{Enter}');
    expect(within(screen.getByRole('region', { name: 'Key Partners' })).getByRole('listitem', { name: 'Roaster' })).toBeInTheDocument();

    // The channel map failed: a small dialog says so, and closing it leaves everything else as it was.
    await user.click(screen.getByRole('button', { name: 'Add note to Channels' }));
    await user.keyboard('Website{Enter}');
    await user.click(screen.getByRole('button', { name: 'Channel map' }));
    const failed = await screen.findByRole('dialog', { name: 'This part of Boom stopped working' });
    expect(within(failed).getByRole('alert')).toHaveTextContent('Something went wrong in this panel. Your notes are safe');
    await user.click(within(failed).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Relationship types' }));
    expect(await screen.findByRole('dialog', { name: 'Customer Relationships' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Key Partners' })).getByRole('listitem', { name: 'Roaster' })).toBeInTheDocument();
  });
});
