/**
 * A canvas's versions: what made each one, and which automatic ones to let go as they age so
 * they never crowd out the rest. Pure; storage keeps the versions themselves (persistence/versions).
 */

/**
 * What made a version: the person saving it by hand (`saved`), or Boom at the end of a
 * presentation or a workshop, before a file was imported over the canvas, once a day as it is
 * changed, or on restoring an older version.
 */
export const VERSION_REASONS = ['saved', 'presentation', 'workshop', 'import', 'daily', 'restore'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** What thinning needs to know of a version. */
export interface VersionInfo {
  id: string;
  /** When it was made (ISO time). */
  at: string;
  reason: VersionReason;
}

/** Automatic versions kept per canvas at most (versions saved by hand are all kept). */
export const AUTOMATIC_VERSIONS_KEPT = 50;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Automatic versions younger than this are all kept. */
const KEEP_ALL_DAYS = 7;
/** Up to this age one a day is kept; older, one a week. */
const ONE_A_DAY_DAYS = 60;

/** Which automatic version stands for its day or week: the end of a workshop first, a daily one last. */
const PRIORITY: Record<VersionReason, number> = { saved: 6, workshop: 5, presentation: 4, restore: 3, import: 2, daily: 1 };

/** True for a version a person made on purpose: never thinned. */
export const isKeptForGood = (version: VersionInfo) => version.reason === 'saved';

/**
 * The ids of the automatic versions to let go, at `now`: of those older than a week one a day
 * stays (the end of a workshop before a presentation's, before a daily one; then the latest), of
 * those older than two months one a week, and at most AUTOMATIC_VERSIONS_KEPT in all, the newest.
 * The newest automatic version, and the last workshop's, always stay.
 */
export function versionsToThin(versions: readonly VersionInfo[], now: number): Set<string> {
  const automatic = versions.filter((version) => !isKeptForGood(version)).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const protectedIds = new Set([automatic[0]?.id, automatic.find((version) => version.reason === 'workshop')?.id]);
  const drop = new Set<string>();
  const standing = new Map<string, VersionInfo>();
  for (const version of automatic) {
    const age = Math.max(0, now - Date.parse(version.at)) / DAY_MS;
    if (age < KEEP_ALL_DAYS) continue;
    const bucket = age < ONE_A_DAY_DAYS ? `day ${version.at.slice(0, 10)}` : `week ${Math.floor(age / 7)}`;
    const other = standing.get(bucket);
    // Newest first: an earlier one of the bucket stands only if it matters more.
    if (!other) standing.set(bucket, version);
    else if (PRIORITY[version.reason] > PRIORITY[other.reason]) {
      if (!protectedIds.has(other.id)) drop.add(other.id);
      standing.set(bucket, version);
    } else if (!protectedIds.has(version.id)) drop.add(version.id);
  }
  const kept = automatic.filter((version) => !drop.has(version.id));
  for (const version of kept.slice(AUTOMATIC_VERSIONS_KEPT)) if (!protectedIds.has(version.id)) drop.add(version.id);
  return drop;
}
