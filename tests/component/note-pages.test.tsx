import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import { NOTES_DRAWN_FIRST } from '@/features/canvas/Block';
import { NOTES_PER_PAGE, pagesOf } from '@/features/canvas/NotesPage';
import { notesToFill } from '@/features/canvas/notes-in-view';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';

const partners = () => screen.getByRole('region', { name: 'Key Partners' });
const texts = () => {
  const canvas = selectCurrentCanvas(useCanvasStore.getState());
  return canvas.blocks.keyPartners.map((id) => canvas.notes[id]!.text);
};

/** The app, once Key Partners has drawn all its notes (its first ones come at once, the rest right after). */
async function renderAll() {
  render(<App />);
  await waitFor(() => expect(within(partners()).getByRole('list')).not.toHaveAttribute('aria-busy'));
}

/** A block with a page and one note more: the last note of the first page is `Partner 60`. */
function fillBlock() {
  canvasActions().addNotes(
    'keyPartners',
    Array.from({ length: NOTES_PER_PAGE + 1 }, (_, index) => ({ text: `Partner ${index + 1}` })),
  );
}

describe("a block's pages of notes", () => {
  it('cuts the notes into pages in order, the last one holding the rest', () => {
    const ids = Array.from({ length: NOTES_PER_PAGE * 2 + 5 }, (_, index) => `n${index}`);
    const pages = pagesOf(ids);
    expect(pages.map((page) => page.length)).toEqual([NOTES_PER_PAGE, NOTES_PER_PAGE, 5]);
    expect(pages.flat()).toEqual(ids);
    expect(pagesOf([])).toEqual([]);
    // Every column count a block shows (one to six) fills a page's last row.
    for (let columns = 1; columns <= 6; columns += 1) expect(NOTES_PER_PAGE % columns).toBe(0);
  });

  it('counts the notes a view lacks from the least note height: the last row made whole, then rows down past its bottom', () => {
    const view = { columns: 3, noteHeight: 48, gap: 6 };
    // The drawn notes reach the bottom already: no more.
    expect(notesToFill({ ...view, drawn: 12, missing: 0 })).toBe(12);
    expect(notesToFill({ ...view, drawn: 12, missing: -80 })).toBe(12);
    // 12 notes in 3 columns are 4 whole rows; 300 px more need 6 rows of 54 px, one more for a row cut at the bottom.
    expect(notesToFill({ ...view, drawn: 12, missing: 300 })).toBe((4 + 6 + 1) * 3);
    // A last row not full is made whole first.
    expect(notesToFill({ ...view, drawn: 13, missing: 10 })).toBe((5 + 1 + 1) * 3);
    expect(notesToFill({ columns: 1, noteHeight: 48, gap: 6, drawn: 12, missing: 54 })).toBe(12 + 2);
  });

  it('is still one list of every note to a screen reader, busy while the notes beyond the first are drawn', async () => {
    fillBlock();
    render(<App />);
    const list = within(partners()).getByRole('list');
    expect(list).toHaveAttribute('aria-busy', 'true');
    expect(within(list).getAllByRole('listitem')).toHaveLength(NOTES_DRAWN_FIRST);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(NOTES_PER_PAGE + 1));
    expect(list).not.toHaveAttribute('aria-busy');
  });

  it('keeps an open editor and what is typed in it when its note moves to the next page', async () => {
    const user = userEvent.setup();
    fillBlock();
    await renderAll();
    await user.click(within(partners()).getByRole('button', { name: 'Partner 60' }));
    await user.keyboard(' and more');
    // Someone else (another tab, a live room) adds a note at the top: Partner 60 goes to the second page.
    act(() => void canvasActions().addNote('keyPartners', 'New first partner', { index: 0 }));
    const box = within(partners()).getByRole('textbox', { name: 'Edit note' });
    expect(box).toHaveValue('Partner 60 and more');
    expect(box).toHaveFocus();
    await user.keyboard(', twice{Enter}');
    expect(texts()).toContain('Partner 60 and more, twice');
    expect(texts()[0]).toBe('New first partner');
  });

  it('does not open an editor again once it was closed', async () => {
    const user = userEvent.setup();
    fillBlock();
    await renderAll();
    await user.click(within(partners()).getByRole('button', { name: 'Partner 60' }));
    await user.keyboard(' not kept{Escape}');
    act(() => void canvasActions().addNote('keyPartners', 'New first partner', { index: 0 }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    act(() => void canvasActions().addNote('keyPartners', 'Another first partner', { index: 0 }));
    expect(within(partners()).queryByRole('textbox')).toBeNull();
    expect(texts()).toContain('Partner 60');
  });
});
