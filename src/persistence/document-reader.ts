/**
 * Opens the document reader (./canvas-document and the schema's code) when data from outside first
 * needs reading: at start-up only if storage holds canvases, else when a file, example, share
 * link or another tab's save arrives (and once the first screen is idle, so it is there by then).
 * A new visitor's first screen does without it.
 */
type DocumentReader = typeof import('./canvas-document');

let reader: DocumentReader | null = null;
let opening: Promise<DocumentReader> | null = null;

/** The reader, loaded if need be (a failed fetch is tried again next time). */
export function loadDocumentReader(): Promise<DocumentReader> {
  opening ??= import('./canvas-document').then(
    (module) => (reader = module),
    (error: unknown) => {
      opening = null;
      throw error;
    },
  );
  return opening;
}

/** The reader if it is open already, else null. */
export function documentReader(): DocumentReader | null {
  return reader;
}
