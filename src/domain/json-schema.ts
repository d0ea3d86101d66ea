/**
 * The JSON Schema of a Boom file, generated from the zod schema (never written by hand), so a
 * teacher or a script can check a file with any JSON Schema validator. The build publishes it at
 * `schema/boom-canvas.schema.json` (and, for this format version, `schema/boom-canvas-v<N>.schema.json`).
 *
 * What JSON Schema cannot say is checked by Boom alone: that every listed note exists, sits in one
 * block only and is filed under its own id, and the limit of notes per canvas.
 */
import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { canvasDocumentSchema, SCHEMA_VERSION } from './schema';

/** Where the built site publishes the schema, relative to its root. */
export const JSON_SCHEMA_PATHS = ['schema/boom-canvas.schema.json', `schema/boom-canvas-v${SCHEMA_VERSION}.schema.json`] as const;

export function canvasJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(canvasDocumentSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `Boom canvas, format ${SCHEMA_VERSION}`,
    description:
      `A Business Model Canvas exported by Boom (format version ${SCHEMA_VERSION}). Beyond this schema, Boom also ` +
      'checks that every id in `canvas.blocks` names a note of `canvas.notes`, that each note sits in exactly one ' +
      `block and is filed under its own id, and that a canvas holds at most ${LIMITS.notesPerCanvas} notes.`,
    ...rest,
  };
}
