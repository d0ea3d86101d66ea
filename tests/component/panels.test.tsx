import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blockTools } from '@/app/panels';
import { channelsPanel } from '@/features/channels/panel';
import { relationshipsPanel } from '@/features/relationships/panel';

describe('the list of panels', () => {
  it('gives a block the button of every panel listed for it, not only the last', () => {
    const tools = blockTools([relationshipsPanel, { ...channelsPanel, block: 'customerRelationships' }]);
    expect(Object.keys(tools)).toEqual(['customerRelationships']);
    render(
      <div role="group" aria-label="tools">
        {tools.customerRelationships}
      </div>,
    );
    const group = screen.getByRole('group', { name: 'tools' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Relationship types', 'Channel map']);
  });
});
