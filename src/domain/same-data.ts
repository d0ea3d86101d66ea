/** Comparing canvas data by what it says (undo's "did anything change", versions' "is this the same"). Pure. */

/**
 * Whether two pieces of canvas data (JSON-like: objects, arrays, strings, numbers, booleans) say
 * the same, whatever their objects' prototypes: a version read back from storage is a copy made
 * of plain objects, the store's may have none (dequal tells those apart).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
