/**
 * Opens the loading door (./canvas-document and the schema's code) when data from outside first
 * needs reading: at start-up only if storage holds canvases, else when a file, example, share
 * link or another tab's save arrives (and once the first screen is idle, so it is there by then).
 * A new visitor's first screen does without it.
 */
type Door = typeof import('./canvas-document');

let door: Door | null = null;
let opening: Promise<Door> | null = null;

/** The door, loaded if need be (a failed fetch is tried again next time). */
export function openDoor(): Promise<Door> {
  opening ??= import('./canvas-document').then(
    (module) => (door = module),
    (error: unknown) => {
      opening = null;
      throw error;
    },
  );
  return opening;
}

/** The door if it is open already, else null. */
export function openedDoor(): Door | null {
  return door;
}
