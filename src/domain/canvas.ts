/**
 * Pure operations on a canvas. Each returns a new canvas (or the same one when nothing changes)
 * and never mutates its input, so the store can compare by reference and history can keep
 * snapshots cheaply. Time is passed in, never read, to keep them deterministic.
 */
import { dequal } from 'dequal/lite';
import { BLOCK_IDS, type BlockId } from './blocks';
import { DEFAULT_JOURNEY_MODEL, type JourneyModelId } from './journey';
import { LIMITS } from './limits';
import type { IntegrationLevel } from './channels';
import { DEFAULT_NOTE_COLOR, type CanvasLanguage, type NoteColor } from './document';
import type { BlockLists, Canvas, Channel, Note, Relationship } from './schema';

/** A new, empty canvas, written in `language` when known. */
export function createCanvas(id: string, now: string, title = '', language?: CanvasLanguage): Canvas {
  const blocks = Object.fromEntries(BLOCK_IDS.map((blockId) => [blockId, [] as string[]])) as BlockLists;
  return {
    id,
    title,
    createdAt: now,
    updatedAt: now,
    notes: {},
    blocks,
    journeyModel: DEFAULT_JOURNEY_MODEL,
    ...(language ? { language } : {}),
  };
}

/**
 * The same canvas under a new id (a duplicate, an import whose id is taken, an example opened as
 * a new canvas): notes, links and details are kept; it is dated `now`, with `title` if given.
 */
export function copyCanvas(canvas: Canvas, id: string, now: string, title: string = canvas.title): Canvas {
  return { ...canvas, id, title: limitLength(title, LIMITS.titleLength), createdAt: now, updatedAt: now };
}

/**
 * A new canvas holding `notes`, each in its block, in order: notes set aside (a full canvas could
 * not keep them). Their segment links are left behind with the segments they pointed to.
 */
export function canvasOfNotes(
  id: string,
  now: string,
  title: string,
  notes: readonly { note: Note; blockId: BlockId }[],
  from: Pick<Canvas, 'journeyModel' | 'language'>,
): Canvas {
  // Written in the same language and journey model as the canvas they were meant for.
  const canvas = { ...createCanvas(id, now, limitLength(title, LIMITS.titleLength), from.language), journeyModel: from.journeyModel };
  const kept = notes.slice(0, LIMITS.notesPerCanvas);
  const blocks = { ...canvas.blocks };
  for (const { note, blockId } of kept) blocks[blockId] = [...blocks[blockId], note.id];
  const withoutLinks = kept.map(({ note }) => {
    const { segmentIds: _links, ...rest } = note;
    return [note.id, rest] as const;
  });
  return { ...canvas, notes: Object.fromEntries(withoutLinks), blocks };
}

/**
 * A title none of `taken` has: the title itself, or it with the next free number, "Corner Café
 * (2)" (in Persian digits for a title in Persian script), so copies can be told apart in a list.
 * An empty title stays empty (shown as "Untitled canvas").
 */
export function distinctTitle(title: string, taken: readonly string[]): string {
  const base = title.trim();
  if (!base) return title;
  const used = new Set(taken.map((other) => other.trim()));
  if (!used.has(base)) return title;
  const persian = /[\u0600-\u06ff]/.test(base);
  for (let n = 2; ; n += 1) {
    const number = persian ? String(n).replace(/[0-9]/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]!) : String(n);
    const suffix = ` (${number})`;
    // A title at the most a title holds is shortened to make room for the number.
    const candidate = `${limitLength(base, LIMITS.titleLength - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** A canvas made and never touched: no title, no note, no change since it was created. */
export function isPristine(canvas: Canvas): boolean {
  return canvas.title === '' && countNotes(canvas) === 0 && canvas.createdAt === canvas.updatedAt;
}

/** Canvases, the most recently changed first. */
export function byLastChange(canvases: readonly Canvas[]): Canvas[] {
  return [...canvases].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The notes of a block, in order. */
export function notesIn(canvas: Canvas, blockId: BlockId): Note[] {
  return canvas.blocks[blockId].flatMap((id) => (canvas.notes[id] ? [canvas.notes[id]] : []));
}

/** The segments a note serves that are still notes of the Customer Segments block. */
export function linkedSegments(canvas: Canvas, note: Note): Note[] {
  const segments = new Set(canvas.blocks.customerSegments);
  return (note.segmentIds ?? []).filter((id) => segments.has(id)).flatMap((id) => (canvas.notes[id] ? [canvas.notes[id]] : []));
}

/** The block that holds a note, or undefined when the canvas has no such note. */
export function findBlockOf(canvas: Canvas, noteId: string): BlockId | undefined {
  return BLOCK_IDS.find((blockId) => canvas.blocks[blockId].includes(noteId));
}

/**
 * How many notes the canvas holds: every note sits in exactly one block (the schema holds a
 * canvas to it), so the blocks' lists say it without listing the notes (asked at each change).
 */
export function countNotes(canvas: Canvas): number {
  let count = 0;
  for (const blockId of BLOCK_IDS) count += canvas.blocks[blockId].length;
  return count;
}

/**
 * Cuts `text` to `max` UTF-16 code units (the unit the schema and `<textarea maxlength>` count),
 * never leaving half of a surrogate pair behind.
 */
export function limitLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

function cleanNoteText(text: string): string {
  return limitLength(text, LIMITS.noteLength);
}

export interface NewNote {
  id: string;
  text: string;
  color?: NoteColor;
  segmentIds?: string[];
  relationship?: Relationship;
  channel?: Channel;
}

/** What `updateNote` can change; `null` takes the relationship or channel details off. */
export interface NoteChanges {
  text?: string;
  color?: NoteColor;
  segmentIds?: string[];
  relationship?: Relationship | null;
  channel?: Channel | null;
  /** Dot-voting votes; 0 takes them off. Kept within 0 … the limit. */
  votes?: number;
}

/**
 * Adds a note to a block, at `index` (default: the end). Returns the canvas unchanged when the
 * id is taken or the canvas is full.
 */
export function addNote(canvas: Canvas, blockId: BlockId, note: NewNote, now: string, index?: number): Canvas {
  if (Object.hasOwn(canvas.notes, note.id) || countNotes(canvas) >= LIMITS.notesPerCanvas) return canvas;
  const created: Note = {
    id: note.id,
    text: cleanNoteText(note.text),
    color: note.color ?? DEFAULT_NOTE_COLOR,
    ...(note.segmentIds?.length ? { segmentIds: uniqueLinks(note.segmentIds, note.id) } : {}),
    ...(note.relationship ? { relationship: note.relationship } : {}),
    ...(note.channel ? { channel: note.channel } : {}),
  };
  const list = canvas.blocks[blockId];
  const at = clampIndex(index ?? list.length, list.length);
  return {
    ...canvas,
    updatedAt: now,
    notes: { ...canvas.notes, [note.id]: created },
    blocks: { ...canvas.blocks, [blockId]: [...list.slice(0, at), note.id, ...list.slice(at)] },
  };
}

/**
 * Adds several notes to a block, in order, starting at `index` (default: the end), as many as the
 * canvas has room for. Returns the canvas and the ids of the notes it now holds.
 */
export function addNotes(
  canvas: Canvas,
  blockId: BlockId,
  notes: readonly NewNote[],
  now: string,
  index?: number,
): { canvas: Canvas; added: string[] } {
  let next = canvas;
  const added: string[] = [];
  let at = index ?? canvas.blocks[blockId].length;
  for (const note of notes) {
    const before = next;
    next = addNote(next, blockId, note, now, at);
    if (next === before) continue;
    added.push(note.id);
    at += 1;
  }
  return { canvas: next, added };
}

/**
 * A copy of a note right after it, under `copyId`: its text, colour and what it says about
 * segments, relationships and channels; not its votes (a copy has not been voted for).
 */
export function duplicateNote(canvas: Canvas, noteId: string, copyId: string, now: string): Canvas {
  const note = Object.hasOwn(canvas.notes, noteId) ? canvas.notes[noteId] : undefined;
  const blockId = note ? BLOCK_IDS.find((id) => canvas.blocks[id].includes(noteId)) : undefined;
  if (!note || !blockId) return canvas;
  const { votes: _votes, id: _id, ...copy } = note;
  return addNote(canvas, blockId, { ...copy, id: copyId }, now, canvas.blocks[blockId].indexOf(noteId) + 1);
}

/** Changes a note's text, colour, segment links or relationship details. No-op changes return the same canvas. */
export function updateNote(canvas: Canvas, noteId: string, changes: NoteChanges, now: string): Canvas {
  const note = Object.hasOwn(canvas.notes, noteId) ? canvas.notes[noteId] : undefined;
  if (!note) return canvas;
  const { relationship: _relationship, segmentIds: _segments, channel: _channel, votes: _votes, ...rest } = note;
  const segmentIds = changes.segmentIds !== undefined ? uniqueLinks(changes.segmentIds, noteId) : note.segmentIds;
  const relationship = changes.relationship !== undefined ? changes.relationship : note.relationship;
  const channel = changes.channel !== undefined ? changes.channel : note.channel;
  const votes = changes.votes !== undefined ? clampVotes(changes.votes) : note.votes;
  const next: Note = {
    ...rest,
    ...(changes.text !== undefined ? { text: cleanNoteText(changes.text) } : {}),
    ...(changes.color !== undefined ? { color: changes.color } : {}),
    ...(segmentIds?.length ? { segmentIds } : {}),
    ...(relationship ? { relationship } : {}),
    ...(channel ? { channel } : {}),
    ...(votes ? { votes } : {}),
  };
  if (dequal(next, note)) return canvas;
  return { ...canvas, updatedAt: now, notes: { ...canvas.notes, [noteId]: next } };
}

/** Changes the journey model the panels show. Phases marked under the other model are kept. */
export function setJourneyModel(canvas: Canvas, model: JourneyModelId, now: string): Canvas {
  return canvas.journeyModel === model ? canvas : { ...canvas, journeyModel: model, updatedAt: now };
}

/** Records (or, with undefined, clears) how integrated the canvas's channels are. */
export function setIntegrationLevel(canvas: Canvas, level: IntegrationLevel | undefined, now: string): Canvas {
  if (canvas.integrationLevel === level) return canvas;
  const { integrationLevel: _level, ...rest } = canvas;
  return { ...rest, ...(level ? { integrationLevel: level } : {}), updatedAt: now };
}

/** Gives a note `delta` more dot-voting votes (fewer when negative), kept within none … the limit. */
export function changeVotes(canvas: Canvas, noteId: string, delta: number, now: string): Canvas {
  const note = Object.hasOwn(canvas.notes, noteId) ? canvas.notes[noteId] : undefined;
  return note ? updateNote(canvas, noteId, { votes: (note.votes ?? 0) + delta }, now) : canvas;
}

function clampVotes(votes: number): number {
  return Math.max(0, Math.min(Math.trunc(votes), LIMITS.votesPerNote));
}

/** Distinct links, never to the note itself, within the link limit. */
function uniqueLinks(ids: readonly string[], self: string): string[] {
  return [...new Set(ids)].filter((id) => id !== self).slice(0, LIMITS.linksPerNote);
}

/** Deletes a note from its block. */
export function removeNote(canvas: Canvas, noteId: string, now: string): Canvas {
  const blockId = findBlockOf(canvas, noteId);
  if (!blockId) return canvas;
  const { [noteId]: _removed, ...kept } = canvas.notes;
  // Links to a deleted segment go with it; links to a segment merely moved elsewhere stay.
  const notes = Object.fromEntries(
    Object.entries(kept).map(([id, note]) => {
      if (!note.segmentIds?.includes(noteId)) return [id, note];
      const { segmentIds, ...rest } = note;
      const remaining = segmentIds.filter((segment) => segment !== noteId);
      return [id, remaining.length ? { ...rest, segmentIds: remaining } : rest];
    }),
  );
  return {
    ...canvas,
    updatedAt: now,
    notes,
    blocks: { ...canvas.blocks, [blockId]: canvas.blocks[blockId].filter((id) => id !== noteId) },
  };
}

/**
 * Moves a note to `toBlock` at `toIndex` (default: the end), reordering within a block when it is
 * the note's own. `toIndex` is the position the note should have after the move.
 */
export function moveNote(canvas: Canvas, noteId: string, toBlock: BlockId, now: string, toIndex?: number): Canvas {
  const fromBlock = findBlockOf(canvas, noteId);
  if (!fromBlock) return canvas;
  const fromList = canvas.blocks[fromBlock];
  const without = fromList.filter((id) => id !== noteId);
  const targetBase = fromBlock === toBlock ? without : canvas.blocks[toBlock];
  const at = clampIndex(toIndex ?? targetBase.length, targetBase.length);
  if (fromBlock === toBlock && fromList.indexOf(noteId) === at) return canvas;
  const target = [...targetBase.slice(0, at), noteId, ...targetBase.slice(at)];
  return {
    ...canvas,
    updatedAt: now,
    blocks: { ...canvas.blocks, [fromBlock]: without, [toBlock]: target },
  };
}

/** Sets the canvas title, kept within the title limit. */
export function setTitle(canvas: Canvas, title: string, now: string): Canvas {
  const next = limitLength(title, LIMITS.titleLength);
  if (next === canvas.title) return canvas;
  return { ...canvas, title: next, updatedAt: now };
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(Math.trunc(index), length));
}
