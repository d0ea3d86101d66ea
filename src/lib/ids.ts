/**
 * Random ids for canvases and notes. `crypto.randomUUID` exists only in secure contexts (not on
 * a plain-HTTP LAN address), `getRandomValues` everywhere.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The current time as the ISO string the schema stores. */
export function nowIso(): string {
  return new Date().toISOString();
}
