/** Limits that keep a canvas usable and a saved file bounded. Enforced by the schema. */
export const LIMITS = {
  /** Characters in one note. */
  noteLength: 2000,
  /** Characters in a canvas title. */
  titleLength: 200,
  /** Characters in a short field (a measure's name or target). */
  fieldLength: 200,
  /** Measures on one relationship. */
  measuresPerRelationship: 20,
  /** Segment links on one note. */
  linksPerNote: 200,
  /** Dot-voting votes on one note. */
  votesPerNote: 999,
  /** Canvases kept in one browser (each is saved whole at every change; storage is a few MB). */
  canvasesKept: 100,
  /** Notes on one canvas, over all nine blocks. */
  notesPerCanvas: 5000,
  /** Bytes of a canvas document read from a file or link (stored data is our own and not capped). */
  documentBytes: 5_000_000,
  /** Versions a file may carry with its canvas (History's "Export with versions"). */
  versionsPerFile: 200,
  /** Characters in a version's name. */
  versionNameLength: 120,
  /** Characters of a share link's fragment (browsers keep URLs to about 2 MB). */
  shareLinkChars: 2_000_000,
} as const;
