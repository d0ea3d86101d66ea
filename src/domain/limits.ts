/** Limits that keep a canvas usable and a saved file bounded. Enforced by the schema. */
export const LIMITS = {
  /** Characters in one note. */
  noteLength: 2000,
  /** Characters in a canvas title. */
  titleLength: 200,
  /** Notes on one canvas, over all nine blocks. */
  notesPerCanvas: 5000,
  /** Bytes of a canvas document read from a file or link (stored data is our own and not capped). */
  documentBytes: 5_000_000,
} as const;
