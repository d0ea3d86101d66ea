import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTOMATIC_VERSIONS_KEPT, VERSION_REASONS, versionsToThin, type VersionInfo } from '@/domain/versions';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (daysAgo: number, hour = 0) => new Date(NOW - daysAgo * DAY + hour * 60 * 60 * 1000).toISOString();

const versionsArb = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    at: fc.integer({ min: 0, max: 400 * DAY }).map((ago) => new Date(NOW - ago).toISOString()),
    reason: fc.constantFrom(...VERSION_REASONS),
  }),
  { selector: (version) => version.id, maxLength: 150 },
);

describe('thinning a canvas’s automatic versions', () => {
  it('keeps everything of the last week, then one a day (a workshop’s end first), then one a week', () => {
    const versions: VersionInfo[] = [
      { id: 'today', at: at(0), reason: 'daily' },
      { id: 'talk', at: at(3, 2), reason: 'presentation' },
      { id: 'morning', at: at(3, 1), reason: 'daily' },
      { id: 'workshop-old', at: at(20, 3), reason: 'workshop' },
      { id: 'workshop-new', at: at(10, 3), reason: 'workshop' },
      { id: 'day10', at: at(10, 1), reason: 'daily' },
      { id: 'day10-talk', at: at(10, 5), reason: 'presentation' },
      { id: 'named', at: at(10, 2), reason: 'saved' },
      { id: 'old-a', at: at(100, 1), reason: 'daily' },
      { id: 'old-b', at: at(100, 2), reason: 'import' },
    ];
    expect([...versionsToThin(versions, NOW)].sort()).toEqual(['day10', 'day10-talk', 'old-a']);
  });

  it('never lets go of a version saved by hand, the newest one, or the last workshop’s; keeps at most the cap of the rest', () => {
    fc.assert(
      fc.property(versionsArb, (versions) => {
        const drop = versionsToThin(versions, NOW);
        const automatic = versions.filter((version) => version.reason !== 'saved');
        const newest = [...automatic].sort((a, b) => b.at.localeCompare(a.at))[0];
        const lastWorkshop = [...automatic].filter((version) => version.reason === 'workshop').sort((a, b) => b.at.localeCompare(a.at))[0];
        for (const version of versions) if (version.reason === 'saved') expect(drop.has(version.id)).toBe(false);
        if (newest) expect(drop.has(newest.id)).toBe(false);
        if (lastWorkshop) expect(drop.has(lastWorkshop.id)).toBe(false);
        expect(automatic.filter((version) => !drop.has(version.id)).length).toBeLessThanOrEqual(AUTOMATIC_VERSIONS_KEPT + 1);
        // Thinning what is left lets nothing more go.
        expect(
          versionsToThin(
            versions.filter((version) => !drop.has(version.id)),
            NOW,
          ).size,
        ).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
