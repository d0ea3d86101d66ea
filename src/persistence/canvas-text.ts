/**
 * How a canvas leaves the app as text: the envelope of README's "The file format". Part of the document reader
 * (./canvas-document re-exports it), kept apart because writing needs no schema: saving and
 * exporting work from the first screen, without the validation code.
 */
import { DOCUMENT_FORMAT, SCHEMA_VERSION } from '@/domain/document';
import type { Canvas, CanvasDocument, FileVersion } from '@/domain/schema';

/** The extension of an exported canvas. */
export const CANVAS_FILE_EXTENSION = '.boom.json';

/**
 * The canonical text of a canvas: the envelope (README, "The file format"), pretty-printed for people (files,
 * storage), or `compact` where size matters more (share links).
 */
export function serializeCanvas(
  canvas: Canvas,
  options: { exportedAt?: string; compact?: boolean; revision?: Revision | undefined; versions?: readonly FileVersion[] } = {},
): string {
  const document: CanvasDocument & Partial<Revision> = {
    format: DOCUMENT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    ...(options.exportedAt ? { exportedAt: options.exportedAt } : {}),
    ...(options.revision ? { revision: options.revision.revision, parent: options.revision.parent } : {}),
    canvas,
    ...(options.versions && options.versions.length > 0 ? { versions: [...options.versions] } : {}),
  };
  return options.compact ? JSON.stringify(document) : JSON.stringify(document, null, 2);
}

/**
 * Which save of a canvas a stored text is, and which save it was made from. Tabs use it to merge
 * two saves made at once from the same starting point (see persistence/sync). Stored beside the
 * canvas in the envelope; the document reader ignores it, so files and older versions read it fine.
 */
export interface Revision {
  revision: string;
  parent: string | null;
}

/** The revision a stored text carries, if any. */
export function revisionOf(text: string): Revision | null {
  try {
    const document = JSON.parse(text) as { revision?: unknown; parent?: unknown } | null;
    if (typeof document?.revision !== 'string') return null;
    return { revision: document.revision, parent: typeof document.parent === 'string' ? document.parent : null };
  } catch {
    return null;
  }
}
