/**
 * The schema's code (zod) is fetched when data first needs checking, not with the first screen:
 * a new visitor's empty canvas needs none of it. Whoever checks data from outside goes through
 * the loading door (persistence/door), which loads this first.
 */
type Schema = typeof import('./schema');

let schema: Schema | null = null;

/** Loads the schema (once). */
export async function loadValidation(): Promise<void> {
  schema ??= await import('./schema');
}

/**
 * Whether a canvas the app made itself (a merge of two valid ones) is still valid. Only called
 * where data from outside was already checked, so the schema is there; it is a bug otherwise.
 */
export function isValidCanvas(canvas: unknown): boolean {
  if (!schema) throw new Error('The schema is not loaded yet (loadValidation first).');
  return schema.canvasSchema.safeParse(canvas).success;
}
