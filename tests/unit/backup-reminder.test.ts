import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackupReminder } from '@/app/backup-reminder';
import { changesSince, NEVER_EXPORTED, signatureOf } from '@/domain/backup';
import { addNote, createCanvas, removeNote, updateNote } from '@/domain/canvas';
import { canvasActions, selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { DEFAULT_ROOM_CONTROLS } from '@/domain/room';
import { useLiveRoom } from '@/store/live-room';
import { useToasts } from '@/ui/toasts';

const T = '2026-11-25T10:00:00.000Z';

describe('changes since the last copy', () => {
  it('counts notes added, removed or changed, and the title', () => {
    let canvas = addNote(createCanvas('c', T), 'channels', { id: 'a', text: 'Website' }, T);
    canvas = addNote(canvas, 'channels', { id: 'b', text: 'Shop' }, T);
    const before = signatureOf(canvas);
    expect(changesSince(before, canvas)).toBe(0);
    canvas = updateNote(canvas, 'a', { text: 'Web shop' }, T);
    canvas = removeNote(canvas, 'b', T);
    canvas = addNote(canvas, 'channels', { id: 'c', text: 'Market stall' }, T);
    canvas = updateNote(canvas, 'c', { color: 'blue' }, T);
    expect(changesSince(before, { ...canvas, title: 'Café' })).toBe(4);
    expect(changesSince(NEVER_EXPORTED, canvas)).toBe(2);
    // A note's other fields count as well as its text.
    expect(changesSince(signatureOf(canvas), updateNote(canvas, 'a', { color: 'green' }, T))).toBe(1);
  });
});

describe('the backup reminder', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    useToasts.setState({ toasts: [] });
    stop = startBackupReminder(localStorage);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });
  const reminders = () => useToasts.getState().toasts.filter((toast) => toast.action);
  const addNotes = (count: number, from = 0) => {
    for (let i = 0; i < count; i += 1) canvasActions().addNote('keyPartners', `Partner ${from + i}`);
    vi.advanceTimersByTime(2000);
  };

  it('suggests an export once a canvas never copied has grown, then only after as many changes more, and counts from the export', () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    addNotes(9);
    expect(reminders()).toHaveLength(0);
    addNotes(1, 9);
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.text()).toMatch(/there is no copy of it outside this browser yet/);
    addNotes(5, 10);
    expect(reminders()).toHaveLength(1);

    // "Export" in the message exports the canvas; changes then count from that copy.
    reminders()[0]!.action!.run();
    useToasts.setState({ toasts: [] });
    addNotes(9, 20);
    expect(reminders()).toHaveLength(0);
    addNotes(1, 29);
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.text()).toMatch(/10 changes that are only in this browser/);
    expect(selectCurrentCanvas(useCanvasStore.getState()).blocks.keyPartners).toHaveLength(25);
  });

  it('points out a canvas that grew in an earlier visit at once, with the first screen, not a moment later under the pointer', () => {
    stop();
    for (let i = 0; i < 12; i += 1) canvasActions().addNote('keyPartners', `Partner ${i}`);
    useToasts.setState({ toasts: [] });
    stop = startBackupReminder(localStorage);
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.text()).toMatch(/there is no copy of it outside this browser yet/);
    // Said once: opening again does not repeat it until as many changes more.
    stop();
    useToasts.setState({ toasts: [] });
    stop = startBackupReminder(localStorage);
    expect(reminders()).toHaveLength(0);
  });

  it('says nothing of a live room’s canvas while in the room, nor when its address is opened again', () => {
    const canvasId = selectCurrentCanvas(useCanvasStore.getState()).id;
    useLiveRoom.setState({
      room: {
        id: 'room',
        role: 'edit',
        canvasId,
        connection: 'connected',
        people: [],
        ignored: 0,
        links: null,
        editors: new Map(),
        controls: DEFAULT_ROOM_CONTROLS,
        ownVotes: new Map(),
        held: false,
      },
    });
    addNotes(12);
    expect(reminders()).toHaveLength(0);
    stop();
    history.replaceState(null, '', '#room=abc&join=def');
    stop = startBackupReminder(localStorage);
    expect(reminders()).toHaveLength(0);
    history.replaceState(null, '', '#');
    useLiveRoom.setState({ room: null });
    // Out of the room, the canvas is this person's like any other.
    addNotes(1, 12);
    expect(reminders()).toHaveLength(1);
  });
});
