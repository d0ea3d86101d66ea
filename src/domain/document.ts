/**
 * The fixed facts of Boom's data that code needs without validating anything (the first screen
 * reads and edits a canvas without the schema's code, see ./validation): the format's marker and
 * version, and the note colours. The schema (./schema) is built from these.
 */

/**
 * Version of the saved-data format. An integer, independent of the app's release. Raise it with
 * every change to the schemas and add the matching step to `migrations.ts`.
 */
export const SCHEMA_VERSION = 5;

/** The `format` marker of every Boom document, in storage and in files. */
export const DOCUMENT_FORMAT = 'boom-canvas';

/** Sticky-note colours. Stored as names; the stylesheet maps them to colours with readable text. */
export const NOTE_COLORS = ['yellow', 'orange', 'pink', 'purple', 'blue', 'green'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];
export const DEFAULT_NOTE_COLOR: NoteColor = 'yellow';

/** The languages a canvas can be written in (Boom's own). */
export const CANVAS_LANGUAGES = ['en', 'fa'] as const;
export type CanvasLanguage = (typeof CANVAS_LANGUAGES)[number];
