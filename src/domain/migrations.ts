/**
 * Upgrades saved documents from older schema versions, one named, pure step at a time, so that a
 * canvas saved by any earlier Boom still opens. Each step takes the raw document of version N and
 * returns the raw document of version N + 1; the result is validated afterwards, never trusted.
 */
import { SCHEMA_VERSION } from './document';

export const CURRENT_VERSION = SCHEMA_VERSION;

export interface Migration {
  /** The version this step upgrades from; it produces `from + 1`. */
  from: number;
  /** What the step changes, for people reading the registry. */
  name: string;
  up: (document: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The registry, oldest first, one step per version. Each has a fixture test
 * (tests/fixtures/canvas-v<N>.boom.json upgraded to the current version).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    name: 'journey model: canvases start with the five channel phases',
    // Version 2 also added optional segment links and relationship details to notes; old notes have none.
    up: (document) => {
      const canvas = document.canvas;
      if (typeof canvas !== 'object' || canvas === null || Array.isArray(canvas)) return document;
      return { ...document, canvas: { journeyModel: 'channelPhases', ...canvas } };
    },
  },
  {
    from: 2,
    name: 'channel details: notes may describe a channel and the canvas its integration level',
    // Both are optional and version 2 had neither, so a version-2 canvas is already valid.
    up: (document) => document,
  },
  {
    from: 3,
    name: 'dot voting: notes may carry the votes a workshop gave them',
    // Optional, and version 3 had none, so a version-3 canvas is already valid.
    up: (document) => document,
  },
  {
    from: 4,
    name: 'optional channel details and the canvas language: nothing is made up',
    // Version 4 required every channel detail, and had no language; version 5 allows both to be
    // absent, so a version-4 canvas is already valid (its details were chosen or defaulted then,
    // and which is which cannot be told now; its language is not guessed).
    up: (document) => document,
  },
];

export type MigrationResult =
  | { ok: true; document: Record<string, unknown>; migratedFrom: number | null }
  | { ok: false; error: 'versionTooNew' | 'versionUnknown'; version: unknown };

/**
 * Brings a raw document (already known to be an object) up to `CURRENT_VERSION`.
 * `registry` and `target` are parameters so the mechanism itself can be tested.
 */
export function migrateToLatest(
  document: Record<string, unknown>,
  registry: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_VERSION,
): MigrationResult {
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'versionUnknown', version };
  }
  if (version > target) return { ok: false, error: 'versionTooNew', version };
  let current = document;
  for (let from = version; from < target; from += 1) {
    const step = registry.find((migration) => migration.from === from);
    if (!step) return { ok: false, error: 'versionUnknown', version };
    current = { ...step.up(current), schemaVersion: from + 1 };
  }
  return { ok: true, document: current, migratedFrom: version === target ? null : version };
}
