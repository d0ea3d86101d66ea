/**
 * Why canvas data could not be read: the coded errors of the one loading path (storage, files,
 * share links). Each code has a translated message; expected failures are values, never throws.
 */
export type LoadError =
  /** `size` is null when the data was refused part-way (a link that inflates past the limit). */
  | { code: 'tooLarge'; size: number | null; limit: number }
  | { code: 'notJson' }
  | { code: 'notACanvas' }
  | { code: 'versionTooNew'; version: number }
  | { code: 'versionUnknown' }
  /** `note`: the text of the note the field belongs to; `limit`: the most allowed, when that is the problem. */
  | { code: 'invalid'; path: string; problem: InvalidProblem; note?: string; limit?: number }
  /** A share link whose text is not what Boom wrote: cut short, or changed by hand. */
  | { code: 'damaged' }
  /** Reading failed in a way no check foresaw (a bug, or data shaped to break the reader); nothing was changed. */
  | { code: 'unexpected' }
  /** A share link longer than browsers keep. */
  | { code: 'linkTooLong'; length: number; limit: number };

/** What is wrong with the first invalid field, in words a message can use. */
export type InvalidProblem =
  | 'missing'
  | 'wrongType'
  | 'notAllowed'
  | 'tooLong'
  | 'tooShort'
  | 'tooBig'
  | 'tooSmall'
  | 'badFormat'
  | 'unknownNote'
  | 'duplicateNote'
  | 'idMismatch'
  | 'noteWithoutBlock'
  | 'tooManyNotes'
  | 'reservedId'
  | 'other';
