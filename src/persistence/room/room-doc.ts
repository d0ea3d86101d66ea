/**
 * A live room's canvas as a Yjs document, and the way back. The Y.Doc is the truth for a live
 * canvas: each person's changes are written into it as the smallest edits that say them (a note's
 * changed fields, its new place), so Yjs merges what several people do at once; what comes out of it
 * is read back into a canvas and validated like a file, field by field, so that whatever a
 * participant wrote into the doc (wrong types, huge strings, thousands of notes, odd keys) costs
 * only the part that is wrong, never anyone's canvas.
 *
 * The document:
 * - `canvas` (map): the canvas's own fields (id, title, dates, journey model, integration level, language);
 * - `notes` (map of maps, by note id): a note's fields (its text a Y.Text, so two people changing
 *   it at once, one of them offline, both keep what they typed; a plain string is read too), plus `block` (its block's id) and `pos`
 *   (a fractional index: notes of a block sort by it, then by id). A move sets both at once, so a
 *   note is always in exactly one block, however many people move it at the same moment. Every
 *   change to a note also sets its `rev` (a stamp no one else can write: this doc's client id and
 *   clock). A delete does not remove the note: it sets `deleted` to the `rev` it saw, so a note is
 *   gone only while no one has changed it since. An edit made at the same moment as a delete, or by
 *   someone offline who had not seen it, gives the note a new `rev` and the note stays, edit and
 *   all: an edit outlives a delete, as between two tabs. (Removing the key would let the delete win
 *   over whatever was written into the note meanwhile.)
 * - `votes` (map): each person's dots on a note, under "noteId personId"; a note's votes are their sum.
 *   A delete leaves them, so a note that comes back has its dots; a deleted note's dots count for no one;
 * - `room` (map): what the facilitator decides for everyone (domain/room's RoomControls).
 */
import * as Y from 'yjs';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import { findBlockOf } from '@/domain/canvas';
import { LIMITS } from '@/domain/limits';
import { canvasSchema, idSchema, noteSchema, type Canvas, type Note } from '@/domain/schema';
import { JOURNEY_MODEL_IDS } from '@/domain/journey';
import { readRoomControls, type RoomControls } from '@/domain/room';
import { mergeTextEdits, wordSpliceOf } from '@/domain/text-merge';

/** What a room holds that could not be taken in, for the facilitator to be told. */
export type IgnoredPart =
  { kind: 'note'; id: string } | { kind: 'field'; field: string } | { kind: 'tooManyNotes'; count: number } | { kind: 'vote'; key: string };

export interface RoomCanvas {
  canvas: Canvas;
  ignored: IgnoredPart[];
}

/** The fields of a note kept in the doc as they are in the canvas (the rest are the note's place). */
const NOTE_FIELDS = ['text', 'color', 'segmentIds', 'relationship', 'channel'] as const;
type NoteField = (typeof NOTE_FIELDS)[number];

/** Longest fractional index taken in (a real one stays a few characters; this bounds what a doctored one costs). */
const MAX_POS_LENGTH = 200;
/** Longest person id in a vote's key. */
const VOTE_KEY = /^([A-Za-z0-9_-]{1,64}) ([A-Za-z0-9_-]{1,64})$/u;

const canvasMap = (doc: Y.Doc) => doc.getMap<unknown>('canvas');
const notesMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('notes');
const votesMap = (doc: Y.Doc) => doc.getMap<unknown>('votes');

/** Whether the room's doc holds a canvas yet (a room's first connection fills it). */
export function hasCanvas(doc: Y.Doc): boolean {
  return typeof canvasMap(doc).get('id') === 'string';
}

/**
 * Fills an empty room's doc with a canvas (the facilitator's, when the workshop starts). Its votes
 * become the facilitator's dots (`personId`).
 */
export function writeCanvas(doc: Y.Doc, canvas: Canvas, personId: string, origin: unknown = null): void {
  doc.transact(() => {
    const fields = canvasMap(doc);
    for (const [key, value] of Object.entries(canvasFields(canvas))) fields.set(key, value);
    const notes = notesMap(doc);
    for (const blockId of BLOCK_IDS) {
      const ids = canvas.blocks[blockId];
      const keys = generateNKeysBetween(null, null, ids.length);
      ids.forEach((id, index) => {
        const note = canvas.notes[id]!;
        notes.set(id, noteMap(doc, note, blockId, keys[index]!));
        if (note.votes) votesMap(doc).set(voteKey(id, personId), note.votes);
      });
    }
  }, origin);
}

function canvasFields(canvas: Canvas): Record<string, unknown> {
  const { notes: _notes, blocks: _blocks, ...fields } = canvas;
  return fields;
}

function noteMap(doc: Y.Doc, note: Note, blockId: BlockId, pos: string): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const field of NOTE_FIELDS) if (note[field] !== undefined) map.set(field, field === 'text' ? new Y.Text(note.text) : note[field]);
  map.set('block', blockId);
  map.set('pos', pos);
  map.set('rev', stamp(doc));
  return map;
}

/** A stamp that only this doc writes, new at each call: its client id and the clock of its next change. */
function stamp(doc: Y.Doc): string {
  return `${doc.clientID.toString(36)}.${Y.getState(doc.store, doc.clientID).toString(36)}`;
}

/** Whether a note in the doc is deleted: it carries the delete mark of its latest change. */
function isDeleted(map: Y.Map<unknown>): boolean {
  const deleted = map.get('deleted');
  return typeof deleted === 'string' && deleted === (map.get('rev') ?? '');
}

/** A note in the doc that is not deleted, or undefined. */
function liveNote(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const map = notesMap(doc).get(id);
  return map instanceof Y.Map && !isDeleted(map) ? map : undefined;
}

function voteKey(noteId: string, personId: string): string {
  return `${noteId} ${personId}`;
}

/**
 * Writes what changed between two versions of the room's canvas (a person's change here, or its
 * undo) into the doc, as the smallest edits that say it: changed fields of the canvas and of each
 * changed note, notes added and removed, new places for notes whose place changed, and this
 * person's dots (a vote here is always this person's). Notes are compared by identity, as the
 * store keeps unchanged ones.
 */
export function writeChange(doc: Y.Doc, before: Canvas, after: Canvas, personId: string, origin: unknown = null): void {
  doc.transact(() => {
    const fields = canvasMap(doc);
    const beforeFields = canvasFields(before);
    for (const [key, value] of Object.entries(canvasFields(after))) {
      if (beforeFields[key] !== value) fields.set(key, value);
    }
    for (const key of Object.keys(beforeFields)) if (!(key in after)) fields.delete(key);

    const notes = notesMap(doc);
    const votes = votesMap(doc);
    /** Blocks of notes someone deleted while this person changed them: the change brings them back. */
    const revived = new Set<BlockId>();
    for (const id of Object.keys(before.notes)) {
      if (Object.hasOwn(after.notes, id)) continue;
      const map = notes.get(id);
      if (map instanceof Y.Map && !isDeleted(map)) map.set('deleted', map.get('rev') ?? '');
    }
    for (const [id, note] of Object.entries(after.notes)) {
      const old = Object.hasOwn(before.notes, id) ? before.notes[id] : undefined;
      if (old === note) continue;
      const map = notes.get(id);
      if (!old) continue; // placed below, with its position
      if (!(map instanceof Y.Map) || isDeleted(map)) {
        // Deleted by someone else as this person edited it: an edit outlives a delete (as between
        // two tabs), so the note comes back, placed below.
        const blockId = findBlockOf(after, id);
        if (blockId) revived.add(blockId);
        continue;
      }
      const changed = NOTE_FIELDS.filter((field) => old[field] !== note[field]);
      for (const field of changed) {
        if (field === 'text') writeText(map, old.text, note.text);
        else if (note[field] === undefined) map.delete(field);
        else map.set(field, note[field]);
      }
      if (changed.length > 0) map.set('rev', stamp(doc));
      const delta = (note.votes ?? 0) - (old.votes ?? 0);
      if (delta !== 0) {
        const key = voteKey(id, personId);
        const mine = Math.max(0, (readVote(votes.get(key)) ?? 0) + delta);
        if (mine === 0) votes.delete(key);
        else votes.set(key, mine);
      }
    }
    placeNotes(doc, before, after, personId, revived);
  }, origin);
}

/**
 * Writes a note's new text as the one splice that changed it, in whole words (`seen` is the text
 * this person changed): Yjs then merges it with what others changed at the same moment, so words
 * apart are both changed and two changes to one word keep both words whole. If the doc's text has moved on since this person saw it (an update not read yet),
 * the change is merged onto it when it touches other words, and replaces it otherwise.
 */
function writeText(map: Y.Map<unknown>, seen: string, text: string): void {
  const current = map.get('text');
  if (!(current instanceof Y.Text)) {
    map.set('text', new Y.Text(text));
    return;
  }
  const now = current.toString();
  const target = now === seen ? text : (mergeTextEdits(seen, text, now) ?? text);
  const { from, to, text: inserted } = wordSpliceOf(now, target);
  // The new words go in before the old ones go: they sit where the old began, so what someone
  // else adds at the same moment after the old words stays after them (inserted after the
  // delete, they could land on either side, by the two docs' ids).
  if (inserted) current.insert(from, inserted);
  if (to > from) current.delete(from + inserted.length, to - from);
}

/** A note's text as the doc holds it (a Y.Text, or a plain string written by an older or doctored app). */
function readText(value: unknown): unknown {
  return value instanceof Y.Text ? value.toString() : value;
}

/**
 * Gives a place in the doc to the notes of each block whose list changed: the notes that already
 * sit in that block in the doc, in an order the doc agrees with, keep their positions (the
 * longest such run); every other note (new, moved in from another block, or moved within it) gets a
 * position between the kept neighbours around it.
 */
function placeNotes(doc: Y.Doc, before: Canvas, after: Canvas, personId: string, revived: ReadonlySet<BlockId>): void {
  const notes = notesMap(doc);
  for (const blockId of BLOCK_IDS) {
    const list = after.blocks[blockId];
    if (list === before.blocks[blockId] && !revived.has(blockId)) continue;
    const positions = list.map((id) => {
      const map = liveNote(doc, id);
      return map?.get('block') === blockId ? readPos(map.get('pos')) : null;
    });
    const runs = increasingRuns(positions);
    let kept = runs.longest;
    // A position no key can be made beside (written by someone's doctored app): the block's notes
    // are all placed afresh, in the order this person sees them.
    if ([...kept].some((index) => !isPlaceable(positions[index]!))) kept = new Set();
    // Which note moved is not always known from the two orders (two neighbours swapped: either one
    // moved). Each note that may have moved counts as changed, so a delete that had not seen the
    // move does not take it away; the one whose position stays gets a new stamp only.
    for (const index of kept) {
      if (!runs.inEvery.has(index)) notes.get(list[index]!)?.set('rev', stamp(doc));
    }
    let index = 0;
    while (index < list.length) {
      if (kept.has(index)) {
        index += 1;
        continue;
      }
      const start = index;
      while (index < list.length && !kept.has(index)) index += 1;
      const keys = generateNKeysBetween(
        start > 0 ? positions[start - 1]! : null,
        index < list.length ? positions[index]! : null,
        index - start,
      );
      keys.forEach((pos, offset) => {
        const id = list[start + offset]!;
        const map = notes.get(id);
        const note = after.notes[id]!;
        if (map instanceof Y.Map) {
          // A note that is here, or one deleted that comes back (with what this person sees in it).
          if (isDeleted(map)) {
            for (const field of NOTE_FIELDS) {
              if (field === 'text') writeText(map, readText(map.get('text')) as string, note.text);
              else if (note[field] === undefined) map.delete(field);
              else if (map.get(field) !== note[field]) map.set(field, note[field]);
            }
          }
          map.set('block', blockId);
          map.set('pos', pos);
          map.set('rev', stamp(doc));
          return;
        }
        notes.set(id, noteMap(doc, note, blockId, pos));
        if (note.votes) votesMap(doc).set(voteKey(id, personId), note.votes);
      });
    }
  }
}

/**
 * Of the non-null positions, the indexes of one longest strictly increasing run (patience
 * sorting), and the indexes that are in every such run (the notes that surely did not move).
 */
function increasingRuns(positions: readonly (string | null)[]): { longest: Set<number>; inEvery: Set<number> } {
  const ending = runLengths(positions, (a, b) => a < b);
  const starting = runLengths([...positions].reverse(), (a, b) => a > b).lengths.reverse();
  const length = Math.max(0, ...ending.lengths);
  // A note is in some longest run when the runs ending and starting at it make one; it is in every
  // one when no other such note could take its place in the run.
  const byPlace = new Map<number, number[]>();
  positions.forEach((pos, index) => {
    if (pos === null || ending.lengths[index]! + starting[index]! - 1 !== length) return;
    const place = ending.lengths[index]!;
    byPlace.set(place, [...(byPlace.get(place) ?? []), index]);
  });
  const inEvery = new Set<number>();
  for (const indexes of byPlace.values()) if (indexes.length === 1) inEvery.add(indexes[0]!);
  const longest = new Set<number>();
  for (let index = ending.tail; index !== -1; index = ending.previous[index]!) longest.add(index);
  return { longest, inEvery };
}

/** For each index, the length of the longest run ending there (0 for null), by patience sorting. */
function runLengths(
  positions: readonly (string | null)[],
  before: (a: string, b: string) => boolean,
): { lengths: number[]; previous: number[]; tail: number } {
  const tails: number[] = [];
  const lengths = new Array<number>(positions.length).fill(0);
  const previous = new Array<number>(positions.length).fill(-1);
  positions.forEach((pos, index) => {
    if (pos === null) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(positions[tails[middle]!]!, pos)) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
    lengths[index] = low + 1;
  });
  return { lengths, previous, tail: tails.at(-1) ?? -1 };
}

function isPlaceable(pos: string): boolean {
  try {
    generateKeyBetween(pos, null);
    return true;
  } catch {
    return false;
  }
}

function readPos(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_POS_LENGTH ? value : null;
}

function readVote(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= LIMITS.votesPerNote ? value : null;
}

/**
 * The room's canvas as the doc holds it, every part validated: a note that does not pass the
 * schema, a field of the wrong type, a vote that is not a count, notes past the most a canvas
 * holds are left out and listed in `ignored`. `fallback` gives the canvas's own fields when the
 * doc's are unreadable (the canvas the room started from). Null when the doc has no canvas yet.
 */
export function readCanvas(doc: Y.Doc, fallback?: Canvas): RoomCanvas | null {
  const ignored: IgnoredPart[] = [];
  const fields = canvasMap(doc);
  if (!hasCanvas(doc) && !fallback) return null;
  const base: Record<string, unknown> = {};
  for (const key of ['id', 'title', 'createdAt', 'updatedAt', 'journeyModel', 'integrationLevel', 'language'] as const) {
    const value = fields.get(key);
    if (value === undefined) continue;
    base[key] = value;
  }
  const meta = readCanvasFields(base, fallback, ignored);
  if (!meta) return null;

  // Each note's votes: the sum of everyone's dots.
  const voteSums = new Map<string, number>();
  for (const [key, value] of votesMap(doc).entries()) {
    const match = VOTE_KEY.exec(key);
    const count = readVote(value);
    if (!match || count === null) {
      ignored.push({ kind: 'vote', key: key.slice(0, 80) });
      continue;
    }
    voteSums.set(match[1]!, Math.min(LIMITS.votesPerNote, (voteSums.get(match[1]!) ?? 0) + count));
  }

  const placed: { id: string; block: BlockId; pos: string; note: Note }[] = [];
  const read = notesRead(doc);
  for (const [id, map] of notesMap(doc).entries()) {
    if (map instanceof Y.Map && isDeleted(map)) continue;
    const note = read(id, map, voteSums.get(id));
    if (!note) {
      ignored.push({ kind: 'note', id: id.slice(0, 80) });
      continue;
    }
    placed.push(note);
  }
  placed.sort((a, b) => BLOCK_IDS.indexOf(a.block) - BLOCK_IDS.indexOf(b.block) || compare(a.pos, b.pos) || compare(a.id, b.id));
  if (placed.length > LIMITS.notesPerCanvas) {
    ignored.push({ kind: 'tooManyNotes', count: placed.length - LIMITS.notesPerCanvas });
    placed.length = LIMITS.notesPerCanvas;
  }
  const notes: Record<string, Note> = {};
  const blocks = Object.fromEntries(BLOCK_IDS.map((blockId) => [blockId, [] as string[]])) as Record<BlockId, string[]>;
  for (const { id, block, note } of placed) {
    notes[id] = note;
    blocks[block].push(id);
  }
  // Each part was validated on its own above (the fields, each note, the votes), and the block
  // lists are made here from the notes, so the canvas is whole by construction: every note (under
  // its own id, a key of the doc's map, so once) in exactly one block, no more than a canvas holds.
  // It is not checked again as a whole at each remote change (nor parsed again note by note).
  return { canvas: { ...meta, notes, blocks }, ignored };
}

/**
 * Reads a room's notes, each one validated, keeping what it read of a note until the note changes
 * (its map, anything in it, or its votes): a change in a room changes a note or two, and reading
 * every note of a large canvas again for each one cost more than the rest of showing it.
 */
function notesRead(doc: Y.Doc): (id: string, map: unknown, votes: number | undefined) => ReturnType<typeof readNote> {
  let reader = notesReaders.get(doc);
  if (!reader) {
    const read = new Map<string, { map: unknown; votes: number | undefined; note: ReturnType<typeof readNote> }>();
    const notes = notesMap(doc);
    // What changed in a note: its key in the notes map, or a change anywhere inside its map.
    notes.observeDeep((events) => {
      for (const event of events) {
        if (event.target === notes && event instanceof Y.YMapEvent) for (const key of event.keysChanged) read.delete(key);
        else if (typeof event.path[0] === 'string') read.delete(event.path[0]);
      }
    });
    // Between a change and the end of its transaction, its notes are not yet marked: read afresh.
    let changing = 0;
    doc.on('beforeTransaction', () => (changing += 1));
    doc.on('afterTransactionCleanup', () => (changing -= 1));
    reader = (id, map, votes) => {
      if (changing > 0) return readNote(id, map, votes);
      const kept = read.get(id);
      if (kept && kept.map === map && kept.votes === votes) return kept.note;
      const note = readNote(id, map, votes);
      read.set(id, { map, votes, note });
      return note;
    };
    notesReaders.set(doc, reader);
  }
  return reader;
}

const notesReaders = new WeakMap<Y.Doc, (id: string, map: unknown, votes: number | undefined) => ReturnType<typeof readNote>>();

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The canvas's own fields, each checked alone: a bad one falls back to the starting canvas's (or is left out if optional). */
function readCanvasFields(
  base: Record<string, unknown>,
  fallback: Canvas | undefined,
  ignored: IgnoredPart[],
): Omit<Canvas, 'notes' | 'blocks'> | null {
  const fields: Record<string, unknown> = { ...(fallback ? canvasFields(fallback) : {}) };
  const shape = canvasSchema.def.shape;
  for (const [key, value] of Object.entries(base)) {
    if (shape[key as keyof typeof shape].safeParse(value).success) fields[key] = value;
    else ignored.push({ kind: 'field', field: key });
  }
  // Without a starting canvas, a title and a journey model can be supplied; an id and dates cannot.
  fields.title ??= '';
  fields.journeyModel ??= JOURNEY_MODEL_IDS[0];
  const emptyBlocks = Object.fromEntries(BLOCK_IDS.map((blockId) => [blockId, []]));
  return canvasSchema.safeParse({ ...fields, notes: {}, blocks: emptyBlocks }).success
    ? (fields as Omit<Canvas, 'notes' | 'blocks'>)
    : null;
}

function readNote(id: string, map: unknown, votes: number | undefined): { id: string; block: BlockId; pos: string; note: Note } | null {
  if (!idSchema.safeParse(id).success || !(map instanceof Y.Map)) return null;
  const block = map.get('block');
  const pos = readPos(map.get('pos'));
  if (!BLOCK_IDS.includes(block as BlockId) || pos === null) return null;
  const raw: Record<string, unknown> = { id };
  for (const field of NOTE_FIELDS) {
    const value = field === 'text' ? readText(map.get(field)) : map.get(field satisfies NoteField);
    if (value !== undefined) raw[field] = value;
  }
  if (votes) raw.votes = votes;
  const parsed = noteSchema.safeParse(raw);
  return parsed.success ? { id, block: block as BlockId, pos, note: parsed.data } : null;
}

const roomMap = (doc: Y.Doc) => doc.getMap<unknown>('room');

/** The facilitator's decisions for the room, as its doc holds them (validated). */
export function readControls(doc: Y.Doc): RoomControls {
  return readRoomControls(roomMap(doc).toJSON());
}

/** Writes the facilitator's decisions (only a facilitator's writes stand: the server restores the rest). */
export function writeControls(doc: Y.Doc, changes: Partial<RoomControls>, origin: unknown = null): void {
  doc.transact(() => {
    const map = roomMap(doc);
    for (const [key, value] of Object.entries(changes)) map.set(key, value);
  }, origin);
}

/** This person's dots in the room, by note (on notes that are there: a deleted note's dots are given back). */
export function readOwnVotes(doc: Y.Doc, personId: string): Map<string, number> {
  const own = new Map<string, number>();
  for (const [key, value] of votesMap(doc).entries()) {
    const match = VOTE_KEY.exec(key);
    const count = readVote(value);
    if (match && count !== null && match[2] === personId && liveNote(doc, match[1]!)) own.set(match[1]!, count);
  }
  return own;
}
