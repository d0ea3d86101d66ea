/**
 * How a canvas leaves the app as text: the envelope of README's "The file format". Part of the document reader
 * (./canvas-document re-exports it), kept apart because writing needs no schema: saving and
 * exporting work from the first screen, without the validation code.
 */
import { DOCUMENT_FORMAT, SCHEMA_VERSION } from '@/domain/document';
import type { Canvas, CanvasDocument } from '@/domain/schema';

/**
 * The canonical text of a canvas: the envelope (README, "The file format"), pretty-printed for people (files,
 * storage), or `compact` where size matters more (share links).
 */
export function serializeCanvas(canvas: Canvas, options: { exportedAt?: string; compact?: boolean } = {}): string {
  const document: CanvasDocument = {
    format: DOCUMENT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    ...(options.exportedAt ? { exportedAt: options.exportedAt } : {}),
    canvas,
  };
  return options.compact ? JSON.stringify(document) : JSON.stringify(document, null, 2);
}
