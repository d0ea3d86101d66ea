/**
 * The one door for canvas data: every canvas that enters the app (from localStorage, files,
 * share links and the bundled examples) is parsed, migrated and validated here, and every canvas
 * that leaves is serialised here. Nothing else parses canvas JSON.
 */
import { findOversizedPart } from '@/domain/bounds';
import { migrateToLatest } from '@/domain/migrations';
import type { InvalidProblem, LoadError } from '@/domain/load-errors';
import { DOCUMENT_FORMAT } from '@/domain/document';
import { mergeWithinLimits, type MergeResult } from '@/domain/merge';
import { canvasDocumentSchema, canvasSchema, type Canvas, type FileVersion } from '@/domain/schema';

export type { InvalidProblem, LoadError };
export { serializeCanvas } from './canvas-text';

const CUSTOM_PROBLEMS: ReadonlySet<string> = new Set([
  'unknownNote',
  'duplicateNote',
  'idMismatch',
  'noteWithoutBlock',
  'tooManyNotes',
  'reservedId',
]);

/** A document read: its canvas, and the earlier versions a file carried with it (`versions`, when it had any). */
export type LoadResult =
  { ok: true; canvas: Canvas; migratedFrom: number | null; versions?: FileVersion[] } | { ok: false; error: LoadError };

export interface ParseOptions {
  /** Refuse texts longer than this many bytes (UTF-8) before parsing them. */
  maxBytes?: number;
}

/** Parses and checks a Boom document given as text. Never throws: whatever happens inside is a coded error. */
export function parseCanvasDocument(text: string, options: ParseOptions = {}): LoadResult {
  try {
    return parseText(text, options);
  } catch {
    return fail({ code: 'unexpected' });
  }
}

function parseText(text: string, options: ParseOptions): LoadResult {
  if (options.maxBytes !== undefined) {
    // A UTF-8 byte never exceeds 3 per UTF-16 unit; only count exactly when that bound is unsure.
    const size = text.length * 3 <= options.maxBytes ? text.length : new TextEncoder().encode(text).length;
    if (size > options.maxBytes) return fail({ code: 'tooLarge', size, limit: options.maxBytes });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail({ code: 'notJson' });
  }
  return readCanvasDocument(value);
}

/**
 * Whether a canvas the app made itself (a merge of two valid ones) is still valid: the check the
 * domain's merge is given (`mergeWithinLimits`).
 */
export function isValidCanvas(canvas: Canvas): boolean {
  return canvasSchema.safeParse(canvas).success;
}

/**
 * Merges two edited copies of a canvas from the one both started from, always into a valid canvas
 * (see `mergeWithinLimits`). Comes with the reader: a merge is needed only once another copy (a
 * tab's save) has been read, so its code stays out of the first screen too.
 */
export function mergeCopies(base: Canvas, ours: Canvas, theirs: Canvas): MergeResult {
  return mergeWithinLimits(base, ours, theirs, isValidCanvas);
}

/**
 * Checks an already-parsed value: the format marker, the size of every list (before the schema
 * walks them), the version (migrating older ones), the schema. Never throws.
 */
export function readCanvasDocument(value: unknown): LoadResult {
  try {
    return readValue(value);
  } catch {
    return fail({ code: 'unexpected' });
  }
}

function readValue(value: unknown): LoadResult {
  if (!isPlainObject(value) || value.format !== DOCUMENT_FORMAT) return fail({ code: 'notACanvas' });
  const oversized = findOversizedPart(value);
  if (oversized) {
    const { path, limit, problem } = oversized;
    return fail({ code: 'invalid', path: formatPath(path), problem, ...detailsOf(value, { path }, problem), limit });
  }
  const migrated = migrateToLatest(value);
  if (!migrated.ok) {
    return migrated.error === 'versionTooNew' && typeof migrated.version === 'number'
      ? fail({ code: 'versionTooNew', version: migrated.version })
      : fail({ code: 'versionUnknown' });
  }
  const parsed = canvasDocumentSchema.safeParse(migrated.document, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const problem = problemOf(issue);
    return fail({ code: 'invalid', path: formatPath(issue?.path ?? []), problem, ...detailsOf(migrated.document, issue, problem) });
  }
  const { canvas, versions } = parsed.data;
  return { ok: true, canvas, migratedFrom: migrated.migratedFrom, ...(versions && versions.length > 0 ? { versions } : {}) };
}

interface IssueLike {
  code?: string;
  origin?: string;
  maximum?: unknown;
  path?: readonly PropertyKey[];
  message?: string;
  input?: unknown;
}

/** Words a person can act on: the note the bad field belongs to (its text, as far as it reads), and the limit passed. */
function detailsOf(
  document: Record<string, unknown>,
  issue: IssueLike | undefined,
  problem: InvalidProblem,
): { note?: string; limit?: number } {
  const details: { note?: string; limit?: number } = {};
  if ((problem === 'tooLong' || problem === 'tooBig') && typeof issue?.maximum === 'number') details.limit = issue.maximum;
  const [top, group, noteId] = issue?.path ?? [];
  if (top === 'canvas' && group === 'notes' && typeof noteId === 'string') {
    const canvas = document.canvas;
    const notes = isPlainObject(canvas) && isPlainObject(canvas.notes) ? canvas.notes : null;
    const note = notes && Object.hasOwn(notes, noteId) ? notes[noteId] : null;
    const text = isPlainObject(note) && typeof note.text === 'string' ? note.text.replace(/\s+/g, ' ').trim() : '';
    if (text) details.note = Array.from(text).length > 40 ? `${Array.from(text).slice(0, 40).join('')}…` : text;
  }
  return details;
}

const isNumeric = (origin: string | undefined) => origin === 'number' || origin === 'int' || origin === 'bigint';

function problemOf(issue: IssueLike | undefined): InvalidProblem {
  // JSON has no undefined: a value that is not there at all is a field that is missing, whatever
  // kind of value it should have held (a colour from a list is "missing", not "unknown").
  const absent =
    issue !== undefined && issue.input === undefined && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code ?? '');
  if (absent) return 'missing';
  switch (issue?.code) {
    case 'invalid_type':
      return 'wrongType';
    // An unknown phase (a key of the phases map is a value from a fixed list) is a value Boom does
    // not know; unknown fields of objects are dropped, never reported.
    case 'invalid_value':
    case 'invalid_key':
    case 'invalid_union':
    case 'unrecognized_keys':
      return 'notAllowed';
    // A number out of range (a rating of 9) is "too big"; a string or a list, "too long".
    case 'too_big':
      return isNumeric(issue.origin) ? 'tooBig' : 'tooLong';
    case 'too_small':
      return isNumeric(issue.origin) ? 'tooSmall' : 'tooShort';
    case 'invalid_format':
      return 'badFormat';
    case 'custom':
      return issue.message && CUSTOM_PROBLEMS.has(issue.message) ? (issue.message as InvalidProblem) : 'other';
    default:
      return 'other';
  }
}

/** A field path as a person reads it: `canvas.blocks.channels[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

function fail(error: LoadError): LoadResult {
  return { ok: false, error };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
