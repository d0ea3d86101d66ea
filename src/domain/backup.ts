/**
 * How much a canvas has changed since it was last exported, to suggest a backup when it is a lot.
 * A canvas is remembered at export as a small signature (a short hash of each note and the title),
 * not a copy: the count of notes added, removed or changed since is worked out from it.
 */
import type { Canvas } from './schema';

/** Note id (or "title") → hash of what it said. */
export type Signature = Record<string, number>;

/** Changes since the last export (or since the start, never exported) that make a backup worth suggesting. */
export const CHANGES_WORTH_A_BACKUP = 10;

/** 32-bit FNV-1a: enough to tell whether a note's text changed. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

const noteHash = (note: Canvas['notes'][string]) => hash(`${note.text}\u0000${JSON.stringify({ ...note, text: undefined })}`);

export function signatureOf(canvas: Canvas): Signature {
  const signature: Signature = { title: hash(canvas.title) };
  for (const [id, note] of Object.entries(canvas.notes)) signature[`n:${id}`] = noteHash(note);
  return signature;
}

/**
 * Notes (and the title) added, removed or changed between a signature and the canvas now. Only
 * the notes the signature knows are hashed: a note it does not know was added, whatever it says
 * (a canvas never exported has all its notes counted so, with no hashing at all, as it opens).
 */
export function changesSince(before: Signature, canvas: Canvas): number {
  let changes = Object.hasOwn(before, 'title') && before.title === hash(canvas.title) ? 0 : 1;
  for (const [id, note] of Object.entries(canvas.notes)) {
    const key = `n:${id}`;
    if (!Object.hasOwn(before, key) || before[key] !== noteHash(note)) changes += 1;
  }
  // What the signature holds that the canvas does not: notes removed since.
  for (const key of Object.keys(before))
    if (key !== 'title' && !(key.startsWith('n:') && Object.hasOwn(canvas.notes, key.slice(2)))) changes += 1;
  return changes;
}

/** What a canvas never exported is measured against: a blank one. */
export const NEVER_EXPORTED: Signature = { title: hash('') };
