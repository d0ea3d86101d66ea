import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTabVersions, TAB_VERSIONS_CHANNEL, type TabVersionListener } from '@/persistence/sync/tab-versions';

/** A tab's listener, counting what it is told. */
const listener = () => ({ newerFormat: vi.fn(), otherBuild: vi.fn() }) satisfies TabVersionListener;

describe('tabs telling each other which Boom they run', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('tells each of two tabs, once, that the other runs another build, whichever started first', async () => {
    const first = listener();
    const second = listener();
    stops.push(startTabVersions({ build: 'one', schema: 5 }, first));
    stops.push(startTabVersions({ build: 'two', schema: 5 }, second));
    await vi.waitFor(() => expect(first.otherBuild).toHaveBeenCalledOnce());
    await vi.waitFor(() => expect(second.otherBuild).toHaveBeenCalledOnce());
    // A third tab on the second build: the first has been told already.
    stops.push(startTabVersions({ build: 'two', schema: 5 }, listener()));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.otherBuild).toHaveBeenCalledOnce();
    expect(first.newerFormat).not.toHaveBeenCalled();
    expect(second.newerFormat).not.toHaveBeenCalled();
  });

  it('tells a tab of a newer file format whichever of the two started first', async () => {
    const oldFirst = listener();
    stops.push(startTabVersions({ build: 'old', schema: 5 }, oldFirst));
    stops.push(startTabVersions({ build: 'new', schema: 6 }, listener()));
    await vi.waitFor(() => expect(oldFirst.newerFormat).toHaveBeenCalledOnce());
    stops.splice(0).forEach((stop) => stop());

    const oldLater = listener();
    stops.push(startTabVersions({ build: 'new', schema: 6 }, listener()));
    stops.push(startTabVersions({ build: 'old', schema: 5 }, oldLater));
    await vi.waitFor(() => expect(oldLater.newerFormat).toHaveBeenCalledOnce());
  });

  it('says nothing between tabs of the same build, and ignores anything else on the channel', async () => {
    const one = listener();
    const two = listener();
    stops.push(startTabVersions({ build: 'same', schema: 5 }, one));
    stops.push(startTabVersions({ build: 'same', schema: 5 }, two));
    const stranger = new BroadcastChannel(TAB_VERSIONS_CHANNEL);
    for (const message of [null, 'hello', { kind: 'hello' }, { kind: 'hello', build: 7, schema: 6 }, { kind: 'hi', build: 'x', schema: 9 }])
      stranger.postMessage(message);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stranger.close();
    for (const tab of [one, two]) {
      expect(tab.otherBuild).not.toHaveBeenCalled();
      expect(tab.newerFormat).not.toHaveBeenCalled();
    }
  });
});
