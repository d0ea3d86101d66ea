/**
 * The one definition of Boom's data. Every type is inferred from a schema here, so what is
 * validated and what the code believes can never drift apart.
 */
import * as z from 'zod/mini';
import { BLOCK_IDS, type BlockId } from './blocks';
import { CHANNEL_COSTS, INTEGRATION_LEVELS, MEDIA, OWNERSHIPS, RATING_MAX, RATING_MIN, REACHES } from './channels';
import { JOURNEY_MODEL_IDS, PHASE_IDS } from './journey';
import { LIMITS } from './limits';
import { MEASURE_KINDS, MOTIVATIONS, RELATIONSHIP_TYPE_IDS } from './relationships';
import { CANVAS_LANGUAGES, DOCUMENT_FORMAT, NOTE_COLORS, SCHEMA_VERSION } from './document';
import { VERSION_REASONS } from './versions';

export {
  CANVAS_LANGUAGES,
  DEFAULT_NOTE_COLOR,
  DOCUMENT_FORMAT,
  NOTE_COLORS,
  SCHEMA_VERSION,
  type CanvasLanguage,
  type NoteColor,
} from './document';

/** Names an object's prototype machinery would react to; never accepted as ids. */
const RESERVED_IDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const idSchema = z.string().check(
  z.regex(/^[A-Za-z0-9_-]{1,64}$/),
  z.refine((id) => !RESERVED_IDS.has(id), { message: 'reservedId' }),
);

export const noteColorSchema = z.enum(NOTE_COLORS);

/** Something the user wants to watch about a relationship, with the value they aim for. */
export const measureSchema = z.object({
  id: idSchema,
  kind: z.enum(MEASURE_KINDS),
  /** The user's own name for a `custom` measure; empty otherwise. */
  label: z.string().check(z.maxLength(LIMITS.fieldLength)),
  target: z.string().check(z.maxLength(LIMITS.fieldLength)),
});

/** What makes a note of the Customer Relationships block a structured relationship. */
export const relationshipSchema = z.object({
  type: z.enum(RELATIONSHIP_TYPE_IDS),
  motivations: z.array(z.enum(MOTIVATIONS)).check(z.maxLength(MOTIVATIONS.length)),
  /** Phases of the journey where it is used; phases of either journey model are kept. */
  phases: z.array(z.enum(PHASE_IDS)).check(z.maxLength(PHASE_IDS.length)),
  measures: z.array(measureSchema).check(z.maxLength(LIMITS.measuresPerRelationship)),
});

/** A channel in one phase of the journey: whether it is used there, and how well it works (kept when unused). */
export const channelPhaseSchema = z.object({
  used: z.boolean(),
  rating: z.optional(z.int().check(z.gte(RATING_MIN), z.lte(RATING_MAX))),
});

/**
 * What makes a note of the Channels block a described channel. Each detail is unset until the
 * user chooses it (Boom never makes one up). Phases of either journey model are kept.
 */
export const channelSchema = z.object({
  ownership: z.optional(z.enum(OWNERSHIPS)),
  reach: z.optional(z.enum(REACHES)),
  medium: z.optional(z.enum(MEDIA)),
  cost: z.optional(z.enum(CHANNEL_COSTS)),
  phases: z.partialRecord(z.enum(PHASE_IDS), channelPhaseSchema),
});

export const noteSchema = z.object({
  id: idSchema,
  text: z.string().check(z.maxLength(LIMITS.noteLength)),
  color: noteColorSchema,
  /**
   * The customer-segment notes this note serves (a value proposition, channel or relationship).
   * A link to a note that is no longer a segment is kept, so moving that note back restores it.
   */
  segmentIds: z.optional(z.array(idSchema).check(z.maxLength(LIMITS.linksPerNote))),
  relationship: z.optional(relationshipSchema),
  channel: z.optional(channelSchema),
  /** Dots a workshop gave the note in dot voting; absent when it has none. */
  votes: z.optional(z.int().check(z.gte(1), z.lte(LIMITS.votesPerNote))),
});

const timestampSchema = z.iso.datetime();

const blockListsShape = Object.fromEntries(
  BLOCK_IDS.map((id) => [id, z.array(idSchema).check(z.maxLength(LIMITS.notesPerCanvas))]),
) as Record<BlockId, z.ZodMiniArray<typeof idSchema>>;

/**
 * A canvas: its notes by id, and for each block the ordered ids of its notes (the shape drag and
 * drop between lists wants). Every note sits in exactly one block.
 */
export const canvasSchema = z
  .object({
    id: idSchema,
    title: z.string().check(z.maxLength(LIMITS.titleLength)),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    notes: z.record(idSchema, noteSchema),
    blocks: z.object(blockListsShape),
    /** Which journey model the panels show; shared by relationships and channels. */
    journeyModel: z.enum(JOURNEY_MODEL_IDS),
    /** How integrated the canvas's channels are, once the user says. */
    integrationLevel: z.optional(z.enum(INTEGRATION_LEVELS)),
    /** The language the canvas is written in (a shared link opens in it); absent in canvases made before version 5. */
    language: z.optional(z.enum(CANVAS_LANGUAGES)),
  })
  .check(
    // Only the first problem is reported (to a person, who fixes one thing at a time), so the
    // search stops there: a list of thousands of bad ids costs one issue, not thousands.
    z.superRefine((canvas, ctx) => {
      const problem = canvasStructureProblem(canvas);
      if (problem) ctx.addIssue({ code: 'custom', ...problem });
    }),
  );

/** The first way a canvas's notes and block lists disagree, or null when every note sits in exactly one block. */
function canvasStructureProblem(canvas: {
  notes: Record<string, { id: string }>;
  blocks: Record<BlockId, string[]>;
}): { message: string; path: PropertyKey[]; input: unknown } | null {
  if (Object.keys(canvas.notes).length > LIMITS.notesPerCanvas) {
    return { message: 'tooManyNotes', path: ['notes'], input: canvas.notes };
  }
  const placed = new Set<string>();
  for (const blockId of BLOCK_IDS) {
    const list = canvas.blocks[blockId];
    for (let index = 0; index < list.length; index += 1) {
      const noteId = list[index]!;
      if (!Object.hasOwn(canvas.notes, noteId)) return { message: 'unknownNote', path: ['blocks', blockId, index], input: noteId };
      if (placed.has(noteId)) return { message: 'duplicateNote', path: ['blocks', blockId, index], input: noteId };
      placed.add(noteId);
    }
  }
  for (const [key, note] of Object.entries(canvas.notes)) {
    if (note.id !== key) return { message: 'idMismatch', path: ['notes', key, 'id'], input: note.id };
    if (!placed.has(key)) return { message: 'noteWithoutBlock', path: ['notes', key], input: note };
  }
  return null;
}

/**
 * The envelope around a canvas wherever it is kept: in localStorage and in an exported file.
 * `exportedAt` is set on files only.
 */
/** A version of the canvas carried in its file (History's "Export with versions"): the canvas then, its name, when and why it was kept. */
export const fileVersionSchema = z.object({
  name: z.string().check(z.maxLength(LIMITS.versionNameLength)),
  at: timestampSchema,
  reason: z.enum(VERSION_REASONS),
  canvas: canvasSchema,
});

export const canvasDocumentSchema = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: z.optional(timestampSchema),
  canvas: canvasSchema,
  /**
   * Earlier versions of the canvas, newest first, when the person exported them with it. Optional
   * and only added, so the format's version stays: a Boom that does not know it reads the canvas
   * and leaves the versions out.
   */
  versions: z.optional(z.array(fileVersionSchema).check(z.maxLength(LIMITS.versionsPerFile))),
});

export type Note = z.infer<typeof noteSchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Canvas = z.infer<typeof canvasSchema>;
export type CanvasDocument = z.infer<typeof canvasDocumentSchema>;
export type FileVersion = z.infer<typeof fileVersionSchema>;
export type BlockLists = Canvas['blocks'];
