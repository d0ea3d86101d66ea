/**
 * What changed between two versions of one canvas, note by note (matched by id): notes added,
 * removed, edited (which of their fields) and moved (from which block), the canvas's own fields,
 * and the order of each block. Pure; `applyDiff(earlier, diffCanvases(earlier, later))` gives
 * `later` back, and a canvas compared with itself has no changes.
 */
import { BLOCK_IDS, type BlockId } from './blocks';
import { PHASE_IDS } from './journey';
import type { BlockLists, Canvas, Note } from './schema';
import { sameData } from './same-data';

export { sameData };

/** The fields of a note a comparison tells apart. */
export const NOTE_DIFF_FIELDS = ['text', 'color', 'segmentIds', 'relationship', 'channel', 'votes'] as const;
export type NoteDiffField = (typeof NOTE_DIFF_FIELDS)[number];

export type NoteChange =
  | { kind: 'added'; id: string; block: BlockId; after: Note }
  | { kind: 'removed'; id: string; block: BlockId; index: number; before: Note }
  | {
      kind: 'changed';
      id: string;
      block: BlockId;
      /** The block it was in, when it moved to another. */
      from: BlockId | null;
      fields: NoteDiffField[];
      before: Note;
      after: Note;
    };

type CanvasFields = Omit<Canvas, 'notes' | 'blocks'>;
type FieldChange<K extends keyof CanvasFields> = { before: CanvasFields[K]; after: CanvasFields[K] };

export interface CanvasDiff {
  /** Every note that differs: the later canvas's in its order, then the removed ones in the earlier order. */
  notes: NoteChange[];
  /** The canvas's own fields that differ (title, journey model, integration level…). */
  fields: { [K in keyof CanvasFields]?: FieldChange<K> };
  /** The later order of each block whose order differs. */
  blocks: Partial<BlockLists>;
}

function placesOf(canvas: Canvas): Map<string, { block: BlockId; index: number }> {
  const places = new Map<string, { block: BlockId; index: number }>();
  for (const block of BLOCK_IDS) canvas.blocks[block].forEach((id, index) => places.set(id, { block, index }));
  return places;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((id, index) => id === b[index]));

/** What changed from `earlier` to `later`. */
export function diffCanvases(earlier: Canvas, later: Canvas): CanvasDiff {
  const before = placesOf(earlier);
  const notes: NoteChange[] = [];
  for (const block of BLOCK_IDS) {
    for (const id of later.blocks[block]) {
      const after = later.notes[id]!;
      const old = Object.hasOwn(earlier.notes, id) ? earlier.notes[id] : undefined;
      if (!old) {
        notes.push({ kind: 'added', id, block, after });
        continue;
      }
      const from = before.get(id)?.block ?? block;
      const fields = old === after ? [] : NOTE_DIFF_FIELDS.filter((field) => !sameData(old[field], after[field]));
      if (fields.length > 0 || from !== block) {
        notes.push({ kind: 'changed', id, block, from: from === block ? null : from, fields, before: old, after });
      }
    }
  }
  for (const block of BLOCK_IDS) {
    earlier.blocks[block].forEach((id, index) => {
      if (!Object.hasOwn(later.notes, id)) notes.push({ kind: 'removed', id, block, index, before: earlier.notes[id]! });
    });
  }
  const fields: CanvasDiff['fields'] = {};
  const keys = new Set([...Object.keys(earlier), ...Object.keys(later)]) as Set<keyof Canvas>;
  for (const key of keys) {
    if (key === 'notes' || key === 'blocks' || earlier[key] === later[key]) continue;
    (fields as Record<string, unknown>)[key] = { before: earlier[key], after: later[key] };
  }
  const blocks: Partial<BlockLists> = {};
  for (const block of BLOCK_IDS) if (!sameList(earlier.blocks[block], later.blocks[block])) blocks[block] = later.blocks[block];
  return { notes, fields, blocks };
}

/** True when the two canvases compared are the same. */
export function isEmptyDiff(diff: CanvasDiff): boolean {
  return diff.notes.length === 0 && Object.keys(diff.fields).length === 0 && Object.keys(diff.blocks).length === 0;
}

/** The later canvas, from the earlier one and what changed. */
export function applyDiff(earlier: Canvas, diff: CanvasDiff): Canvas {
  const notes = { ...earlier.notes };
  for (const change of diff.notes) {
    if (change.kind === 'removed') delete notes[change.id];
    else notes[change.id] = change.after;
  }
  const canvas: Record<string, unknown> = { ...earlier, notes, blocks: { ...earlier.blocks, ...diff.blocks } };
  for (const [key, change] of Object.entries(diff.fields)) {
    if (change.after === undefined) delete canvas[key];
    else canvas[key] = change.after;
  }
  return canvas as unknown as Canvas;
}

/** How many notes changed in each block (a removed note counts in the block it was in). */
export function changesByBlock(diff: CanvasDiff): Record<BlockId, number> {
  const counts = Object.fromEntries(BLOCK_IDS.map((block) => [block, 0])) as Record<BlockId, number>;
  for (const change of diff.notes) counts[change.block] += 1;
  return counts;
}

/**
 * One detail of a relationship or channel that changed, for words beside the note: a value that
 * changed (`before`/`after`, absent when unset), or phases and motivations added and taken away.
 */
export type DetailChange =
  | { detail: 'type' | 'ownership' | 'reach' | 'medium' | 'cost'; before: string | undefined; after: string | undefined }
  | { detail: 'phases' | 'motivations' | 'segments'; added: string[]; removed: string[] }
  | { detail: 'measures'; before: number; after: number }
  | { detail: 'rating'; phase: string; before: number | undefined; after: number | undefined };

/** The details of a note's relationship, channel and segments that changed between two versions of it. */
export function detailChanges(before: Note, after: Note): DetailChange[] {
  const changes: DetailChange[] = [];
  const value = (detail: 'type' | 'ownership' | 'reach' | 'medium' | 'cost', a: string | undefined, b: string | undefined) => {
    if (a !== b) changes.push({ detail, before: a, after: b });
  };
  const set = (detail: 'phases' | 'motivations' | 'segments', a: readonly string[], b: readonly string[]) => {
    const added = b.filter((item) => !a.includes(item));
    const removed = a.filter((item) => !b.includes(item));
    if (added.length > 0 || removed.length > 0) changes.push({ detail, added, removed });
  };
  set('segments', before.segmentIds ?? [], after.segmentIds ?? []);
  const r1 = before.relationship;
  const r2 = after.relationship;
  if (r1 !== r2) {
    value('type', r1?.type, r2?.type);
    set('motivations', r1?.motivations ?? [], r2?.motivations ?? []);
    set('phases', r1?.phases ?? [], r2?.phases ?? []);
    if (!sameData(r1?.measures ?? [], r2?.measures ?? []))
      changes.push({ detail: 'measures', before: r1?.measures.length ?? 0, after: r2?.measures.length ?? 0 });
  }
  const c1 = before.channel;
  const c2 = after.channel;
  if (c1 !== c2) {
    value('ownership', c1?.ownership, c2?.ownership);
    value('reach', c1?.reach, c2?.reach);
    value('medium', c1?.medium, c2?.medium);
    value('cost', c1?.cost, c2?.cost);
    const used = (channel: typeof c1) => PHASE_IDS.filter((phase) => channel?.phases[phase]?.used);
    set('phases', used(c1), used(c2));
    for (const phase of PHASE_IDS) {
      const a = c1?.phases[phase]?.rating;
      const b = c2?.phases[phase]?.rating;
      if (a !== b) changes.push({ detail: 'rating', phase, before: a, after: b });
    }
  }
  return changes;
}
