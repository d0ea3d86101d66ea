import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import CanvasesDialog from '@/features/files/CanvasesDialog';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { Toasts } from '@/ui/Toasts';

const state = () => useCanvasStore.getState();

function renderList(onClose = vi.fn()) {
  render(
    <>
      <CanvasesDialog onClose={onClose} />
      <Toasts />
    </>,
  );
  return within(screen.getByRole('dialog', { name: 'Canvases' }));
}

describe('the canvases list', () => {
  it('deleting the last canvas asks first; Undo brings it back and drops the empty one made in its place', async () => {
    const user = userEvent.setup();
    canvasActions().setTitle('Corner Café');
    canvasActions().addNote('customerSegments', 'Students');
    const original = state().currentId;
    const list = renderList();

    await user.click(list.getByRole('button', { name: 'Delete “Corner Café”' }));
    expect(Object.keys(state().canvases)).toEqual([original]);
    await user.click(list.getByRole('button', { name: 'Delete' }));
    expect(state().canvases[original]).toBeUndefined();
    expect(selectCurrentCanvas(state()).title).toBe('');

    // The list says so, and offers Undo right there, with focus on it.
    const undo = list.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(list.getByText(/is back/)).toBeInTheDocument();
    expect(Object.keys(state().canvases)).toEqual([original]);
    expect(state().currentId).toBe(original);
    expect(Object.values(selectCurrentCanvas(state()).notes).map((note) => note.text)).toEqual(['Students']);
  });

  it('renames with Enter and cancels with Escape, without closing the list', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const list = renderList(onClose);
    await user.click(list.getByRole('button', { name: 'Rename “Untitled canvas”' }));
    await user.keyboard('Plan B{Enter}');
    expect(selectCurrentCanvas(state()).title).toBe('Plan B');
    await user.click(list.getByRole('button', { name: 'Rename “Plan B”' }));
    await user.keyboard(' (draft){Escape}');
    expect(selectCurrentCanvas(state()).title).toBe('Plan B');
    // Focus is back on the button that opened the box.
    expect(list.getByRole('button', { name: 'Rename “Plan B”' })).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();
    expect(list.getByText('Plan B')).toBeInTheDocument();
  });

  it('opens an example as a new canvas, leaving the others as they were', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    canvasActions().addNote('keyPartners', 'Roaster');
    const first = state().currentId;
    const list = renderList(onClose);
    await user.click(list.getByRole('button', { name: /^Airbnb/ }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(Object.keys(state().canvases)).toHaveLength(2);
    expect(state().currentId).not.toBe(first);
    expect(selectCurrentCanvas(state()).title).toBe('Airbnb');
    expect(Object.values(state().canvases[first]!.notes).map((note) => note.text)).toEqual(['Roaster']);
  });
});
