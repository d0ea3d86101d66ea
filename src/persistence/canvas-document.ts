/**
 * The one door for canvas data: every canvas that enters the app (from localStorage, and later
 * from files and share links) is parsed, migrated and validated here, and every canvas that
 * leaves is serialised here. Nothing else parses canvas JSON.
 */
import { migrateToLatest } from '@/domain/migrations';
import { canvasDocumentSchema, DOCUMENT_FORMAT, SCHEMA_VERSION, type Canvas, type CanvasDocument } from '@/domain/schema';

export type LoadError =
  | { code: 'tooLarge'; size: number; limit: number }
  | { code: 'notJson' }
  | { code: 'notACanvas' }
  | { code: 'versionTooNew'; version: number }
  | { code: 'versionUnknown' }
  | { code: 'invalid'; path: string };

export type LoadResult =
  | { ok: true; canvas: Canvas; migratedFrom: number | null }
  | { ok: false; error: LoadError };

export interface ParseOptions {
  /** Refuse texts longer than this many bytes (UTF-8) before parsing them. */
  maxBytes?: number;
}

/** Parses and checks a Boom document given as text. */
export function parseCanvasDocument(text: string, options: ParseOptions = {}): LoadResult {
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

/** Checks an already-parsed value: the format marker, the version (migrating older ones), the schema. */
export function readCanvasDocument(value: unknown): LoadResult {
  if (!isPlainObject(value) || value.format !== DOCUMENT_FORMAT) return fail({ code: 'notACanvas' });
  const migrated = migrateToLatest(value);
  if (!migrated.ok) {
    return migrated.error === 'versionTooNew' && typeof migrated.version === 'number'
      ? fail({ code: 'versionTooNew', version: migrated.version })
      : fail({ code: 'versionUnknown' });
  }
  const parsed = canvasDocumentSchema.safeParse(migrated.document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail({ code: 'invalid', path: formatPath(issue?.path ?? []) });
  }
  return { ok: true, canvas: parsed.data.canvas, migratedFrom: migrated.migratedFrom };
}

/** The canonical text of a canvas: the envelope of DESIGN.md, pretty-printed for people. */
export function serializeCanvas(canvas: Canvas, options: { exportedAt?: string } = {}): string {
  const document: CanvasDocument = {
    format: DOCUMENT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    ...(options.exportedAt ? { exportedAt: options.exportedAt } : {}),
    canvas,
  };
  return JSON.stringify(document, null, 2);
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
