/**
 * Three-way merge of two edited copies of one canvas (this tab's and another tab's), given the
 * version both started from. Each note keeps the side that changed it; notes added on either side
 * are kept; a note deleted on one side goes unless the other side edited it. Nothing one side did
 * is lost because the other side saved later.
 */
import { BLOCK_IDS, type BlockId } from './blocks';
import { LIMITS } from './limits';
import { dequal } from 'dequal/lite';
import type { BlockLists, Canvas, Note } from './schema';

interface Place {
  block: BlockId;
  index: number;
}

function placesOf(canvas: Canvas): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const block of BLOCK_IDS) canvas.blocks[block].forEach((id, index) => places.set(id, { block, index }));
  return places;
}

const sameNote = (a: Note | undefined, b: Note | undefined) => dequal(a, b);
const samePlace = (a: Place | undefined, b: Place | undefined) => a?.block === b?.block && a?.index === b?.index;

/** A note this side added that the merge could not keep, and the block it was in. */
export interface NoteNotKept {
  note: Note;
  blockId: BlockId;
}

export interface MergeResult {
  canvas: Canvas;
  /** This side's new notes beyond the most a canvas holds (empty when everything fit). */
  notKept: NoteNotKept[];
}

/** Whether a canvas is valid by the schema (the document reader's check, given by whoever merges: the domain loads no code). */
export type CanvasCheck = (canvas: Canvas) => boolean;

/**
 * The merge, always a valid canvas (by `isValidCanvas`). Two valid sides can add up to more notes
 * than a canvas holds (each a note under the limit, added at once in two tabs): then what the
 * other side saved stands (it is stored already), this side's new notes are kept in order while
 * they fit, and the rest are handed back in `notKept`, for this side to say so and offer them.
 * Nothing unchecked ever reaches the store, storage or history, and nothing goes without a word.
 */
export function mergeWithinLimits(base: Canvas, ours: Canvas, theirs: Canvas, isValidCanvas: CanvasCheck): MergeResult {
  const merged = mergeCanvases(base, ours, theirs);
  if (isValidCanvas(merged)) return { canvas: sameAs(merged, theirs), notKept: [] };
  const ourNew = BLOCK_IDS.flatMap((blockId) =>
    merged.blocks[blockId].filter((id) => !Object.hasOwn(theirs.notes, id)).map((id) => ({ note: merged.notes[id]!, blockId })),
  );
  const room = Math.max(0, LIMITS.notesPerCanvas - (Object.keys(merged.notes).length - ourNew.length));
  const notKept = ourNew.slice(room);
  const dropped = new Set(notKept.map(({ note }) => note.id));
  const trimmed: Canvas = {
    ...merged,
    notes: Object.fromEntries(Object.entries(merged.notes).filter(([id]) => !dropped.has(id))),
    blocks: Object.fromEntries(
      BLOCK_IDS.map((blockId) => [blockId, merged.blocks[blockId].filter((id) => !dropped.has(id))]),
    ) as BlockLists,
  };
  if (notKept.length > 0 && isValidCanvas(trimmed)) return { canvas: sameAs(trimmed, theirs), notKept };
  // Invalid for another reason (a bug): this side's copy, which was valid, stands.
  return { canvas: ours, notKept: [] };
}

/**
 * `theirs` itself when the merge added nothing of ours (same content), so a caller holding it has
 * nothing to write back: two tabs' saves that cross settle at once instead of answering each other.
 */
function sameAs(merged: Canvas, theirs: Canvas): Canvas {
  const cheapDifference = merged.updatedAt !== theirs.updatedAt || Object.keys(merged.notes).length !== Object.keys(theirs.notes).length;
  return !cheapDifference && dequal(merged, theirs) ? theirs : merged;
}

/** The merge itself, unchecked: see `mergeWithinLimits` for one that is always a valid canvas. */
export function mergeCanvases(base: Canvas, ours: Canvas, theirs: Canvas): Canvas {
  const notes: Canvas['notes'] = {};
  const ids = new Set([...Object.keys(ours.notes), ...Object.keys(theirs.notes)]);
  for (const id of ids) {
    const b = base.notes[id];
    const o = ours.notes[id];
    const t = theirs.notes[id];
    if (o && t) notes[id] = sameNote(o, b) ? t : o;
    else if (o) {
      // Missing on their side: new here, or deleted there (kept only if we edited it since).
      if (!b || !sameNote(o, b)) notes[id] = o;
    } else if (t) {
      if (!b || !sameNote(t, b)) notes[id] = t;
    }
  }

  // Start from their order, then put back every note we placed differently from the base.
  const basePlaces = placesOf(base);
  const ourPlaces = placesOf(ours);
  const theirPlaces = placesOf(theirs);
  const lists = Object.fromEntries(BLOCK_IDS.map((block) => [block, theirs.blocks[block].filter((id) => id in notes)])) as BlockLists;
  const movedByUs = [...ourPlaces.entries()]
    .filter(([id, place]) => id in notes && (!samePlace(place, basePlaces.get(id)) || !theirPlaces.has(id)))
    .sort((a, b) => a[1].index - b[1].index);
  for (const [id, place] of movedByUs) {
    for (const block of BLOCK_IDS) lists[block] = lists[block].filter((other) => other !== id);
    const list = lists[place.block];
    const at = Math.min(place.index, list.length);
    lists[place.block] = [...list.slice(0, at), id, ...list.slice(at)];
  }

  const { integrationLevel: _theirLevel, ...theirRest } = theirs;
  return {
    ...theirRest,
    title: ours.title !== base.title ? ours.title : theirs.title,
    journeyModel: ours.journeyModel !== base.journeyModel ? ours.journeyModel : theirs.journeyModel,
    ...pick('integrationLevel', base, ours, theirs),
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
    notes,
    blocks: lists,
  };
}

/** An optional canvas field, from whichever side changed it (absent when that side removed it). */
function pick<K extends 'integrationLevel'>(key: K, base: Canvas, ours: Canvas, theirs: Canvas): Partial<Pick<Canvas, K>> {
  const value = ours[key] !== base[key] ? ours[key] : theirs[key];
  return value === undefined ? {} : ({ [key]: value } as Partial<Pick<Canvas, K>>);
}
