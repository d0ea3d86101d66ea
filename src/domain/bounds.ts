/**
 * Bounds on the size of raw data, checked before the schema sees it. A file or link under the
 * byte limit can still hold a list of millions of items; validating that item by item would
 * collect an issue per item and can exhaust the call stack. Every list and map in a canvas has a
 * known most it may hold, so anything longer is refused at once, with its path.
 */
import { BLOCK_IDS } from './blocks';
import { LIMITS } from './limits';
import { PHASE_IDS } from './journey';
import { MOTIVATIONS } from './relationships';

export interface OversizedPart {
  /** Where, as path segments from the document's root. */
  path: (string | number)[];
  /** The most allowed there. */
  limit: number;
  /** A map of notes (`tooManyNotes`), or any other list or map (`tooLong`). */
  problem: 'tooManyNotes' | 'tooLong';
}

/** The most any list or map anywhere in a document may hold: a canvas never has more notes than this. */
const ANY_CONTAINER = LIMITS.notesPerCanvas;

/**
 * How deep the walk looks. Boom's own data is at most seven levels deep; the schema refuses a
 * known field holding something deeper at its first level, and drops unknown fields unread.
 */
const DEPTH = 12;

/** Limits of the lists and maps inside a note, by their path below the note. */
const NOTE_LIMITS: readonly [path: readonly string[], limit: number][] = [
  [['segmentIds'], LIMITS.linksPerNote],
  [['relationship', 'motivations'], MOTIVATIONS.length],
  [['relationship', 'phases'], PHASE_IDS.length],
  [['relationship', 'measures'], LIMITS.measuresPerRelationship],
  [['channel', 'phases'], PHASE_IDS.length],
];

/** A place the walk has reached; its path is rebuilt from the parents only when it is the one to report. */
interface Place {
  value: unknown;
  key: string | number | null;
  parent: Place | null;
  depth: number;
}

function pathOf(place: Place): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Place | null = place; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The first list or map in a raw document (parsed JSON) that holds more than it may, or null.
 * Walks without recursion, so a deeply nested value cannot exhaust the stack either.
 */
export function findOversizedPart(document: unknown): OversizedPart | null {
  const canvas = field(document, 'canvas');
  const notes = field(canvas, 'notes');
  if (isObject(notes) && Object.keys(notes).length > LIMITS.notesPerCanvas) {
    return { path: ['canvas', 'notes'], limit: LIMITS.notesPerCanvas, problem: 'tooManyNotes' };
  }
  const versions = field(document, 'versions');
  if (Array.isArray(versions) && versions.length > LIMITS.versionsPerFile) {
    return { path: ['versions'], limit: LIMITS.versionsPerFile, problem: 'tooLong' };
  }
  const blocks = field(canvas, 'blocks');
  let placed = 0;
  for (const blockId of BLOCK_IDS) {
    const list = field(blocks, blockId);
    if (!Array.isArray(list)) continue;
    placed += list.length;
    if (list.length > LIMITS.notesPerCanvas || placed > LIMITS.notesPerCanvas) {
      return { path: ['canvas', 'blocks', blockId], limit: LIMITS.notesPerCanvas, problem: 'tooLong' };
    }
  }
  if (isObject(notes)) {
    for (const noteId in notes) {
      if (!Object.hasOwn(notes, noteId)) continue;
      for (const [parts, limit] of NOTE_LIMITS) {
        let value: unknown = notes[noteId];
        for (const part of parts) value = field(value, part);
        if (sizeOf(value) > limit) return { path: ['canvas', 'notes', noteId, ...parts], limit, problem: 'tooLong' };
      }
    }
  }
  // Any other list or map, wherever it is.
  const stack: Place[] = [{ value: document, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const place = stack.pop()!;
    const { value, depth } = place;
    if (sizeOf(value) > ANY_CONTAINER) return { path: pathOf(place), limit: ANY_CONTAINER, problem: 'tooLong' };
    if (depth >= DEPTH) continue;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        if (isContainer(item)) stack.push({ value: item, key: index, parent: place, depth: depth + 1 });
      }
    } else if (isObject(value)) {
      for (const key in value) {
        const item = value[key];
        if (Object.hasOwn(value, key) && isContainer(item)) stack.push({ value: item, key, parent: place, depth: depth + 1 });
      }
    }
  }
  return null;
}

function field(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function sizeOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (!isObject(value)) return 0;
  // Counted without building the list of keys (most objects are small; this runs for each).
  let size = 0;
  for (const key in value) if (Object.hasOwn(value, key)) size += 1;
  return size;
}

const isContainer = (value: unknown) => typeof value === 'object' && value !== null;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
