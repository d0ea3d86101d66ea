/**
 * Whether the browser keeps Boom's storage for good (not cleared when space runs short), through
 * the Storage API. Every call is guarded: the API may be missing (older browsers, insecure pages).
 */
export type Persistence = 'granted' | 'denied' | 'unsupported';

interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

const manager = (): StorageManagerLike | undefined => (globalThis.navigator as Navigator | undefined)?.storage;

/** What the browser says now, without asking for anything. */
export async function persistence(): Promise<Persistence> {
  const storage = manager();
  if (typeof storage?.persisted !== 'function') return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Asks for storage that is kept for good (some browsers grant it silently, some ask the user). */
export async function requestPersistence(): Promise<Persistence> {
  const storage = manager();
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
