import { describe, expect, it } from 'vitest';
import { addNote, addNotes, createCanvas, duplicateNote, updateNote } from '@/domain/canvas';
import { LIMITS } from '@/domain/limits';
import { notesFromClipboard, notesToClipboard } from '@/persistence/notes-clipboard';

const NOW = '2026-12-05T10:00:00.000Z';

describe('notes on the clipboard', () => {
  it('go out as one line each in plain text and with their colours in HTML, and come back as they were', () => {
    const notes = [
      { text: 'Quiet <seats> & "Wi-Fi"', color: 'green' as const },
      { text: 'Two\nlines', color: 'pink' as const },
    ];
    const { text, html } = notesToClipboard(notes);
    expect(text).toBe('Quiet <seats> & "Wi-Fi"\nTwo lines');
    expect(notesFromClipboard(html, text)).toEqual(notes);
  });

  it('make one note a line of plain text, without bullets or numbers, and refuse what is not a note', () => {
    expect(notesFromClipboard('', '- Walk-ins\r\n\n  • Instagram  \n۲. بروشور\n10) Posters')).toEqual([
      { text: 'Walk-ins' },
      { text: 'Instagram' },
      { text: 'بروشور' },
      { text: 'Posters' },
    ]);
    // A doctored colour is dropped, a script stays text, an overlong note is cut to the limit.
    const html = `<ul data-boom-notes="1"><li data-color="chartreuse"><img src=x onerror=alert(1)>hi</li><li>${'x'.repeat(LIMITS.noteLength + 50)}</li></ul>`;
    const pasted = notesFromClipboard(html, '');
    expect(pasted[0]).toEqual({ text: 'hi' });
    expect(pasted[1]!.text).toHaveLength(LIMITS.noteLength);
    expect(notesFromClipboard('', '   \n\n')).toEqual([]);
    expect(notesFromClipboard('', 'x'.repeat(3_000_000))).toEqual([]);
  });
});

describe('duplicating and pasting notes', () => {
  it('puts a copy right after the note, with what it says but not its votes', () => {
    let canvas = addNote(
      createCanvas('c', NOW),
      'customerRelationships',
      { id: 'a', text: 'Help desk', color: 'blue', relationship: { type: 'personalAssistance' } as never },
      NOW,
    );
    canvas = addNote(canvas, 'customerRelationships', { id: 'b', text: 'Forum' }, NOW);
    canvas = updateNote(canvas, 'a', { votes: 3 }, NOW);
    const copied = duplicateNote(canvas, 'a', 'a2', NOW);
    expect(copied.blocks.customerRelationships).toEqual(['a', 'a2', 'b']);
    expect(copied.notes.a2).toEqual({ id: 'a2', text: 'Help desk', color: 'blue', relationship: canvas.notes.a!.relationship });
    expect(duplicateNote(canvas, 'missing', 'x', NOW)).toBe(canvas);
  });

  it('adds pasted notes in order at a place, as many as the canvas has room for', () => {
    const canvas = addNote(createCanvas('c', NOW), 'channels', { id: 'a', text: 'Shop' }, NOW);
    const { canvas: pasted, added } = addNotes(
      canvas,
      'channels',
      [
        { id: 'p', text: 'One' },
        { id: 'q', text: 'Two' },
      ],
      NOW,
      0,
    );
    expect(added).toEqual(['p', 'q']);
    expect(pasted.blocks.channels).toEqual(['p', 'q', 'a']);
  });
});

describe('pasted lists in Persian', () => {
  it('lose their Persian and Arabic-Indic numbers and dashes too', () => {
    expect(notesFromClipboard('', '۱- کافه\n٢) کتاب\n3- Posters')).toEqual([{ text: 'کافه' }, { text: 'کتاب' }, { text: 'Posters' }]);
  });
});
