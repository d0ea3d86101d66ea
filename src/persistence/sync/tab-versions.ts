/**
 * Tabs of Boom tell each other which build and which file format they run: each says so as it
 * starts, and every tab already open answers. Two tabs can run different builds after an update
 * (one reloaded, the other not yet). The older must not write its format over the newer's, even
 * before the newer has saved anything (storage holds the format of each canvas, which catches a
 * newer save only once it is there): so a tab that hears of a newer format stops saving, and a tab
 * that hears of another build finds out whether it is the older one.
 */

/** What a tab runs: its build (vite.config.ts's `buildId`) and the file format it writes. */
export interface Running {
  build: string;
  schema: number;
}

/** What the tab is told. */
export interface TabVersionListener {
  /** Another tab writes a newer format than this one: this tab must stop writing. */
  newerFormat(): void;
  /**
   * Another tab runs another build: one of the two is older. Which, the page the site serves now
   * tells (app/app-update), not the order in which the tabs started.
   */
  otherBuild(): void;
}

type Message = Running & { kind: 'hello' | 'here' };

/** The channel's name: every tab of Boom on this origin listens on it. */
export const TAB_VERSIONS_CHANNEL = 'boom:running';

/** A message from another tab, checked: anything else on the channel is ignored. */
function messageOf(data: unknown): Message | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kind, build, schema } = data as Record<string, unknown>;
  if ((kind !== 'hello' && kind !== 'here') || typeof build !== 'string' || typeof schema !== 'number' || !Number.isInteger(schema))
    return null;
  return { kind, build, schema };
}

/**
 * Starts telling other tabs what this one runs, and listening to theirs. Returns a function that
 * stops it. Without BroadcastChannel (very old browsers), there is no handshake: storage's own
 * format check still keeps a newer tab's saves.
 */
export function startTabVersions(
  me: Running,
  listener: TabVersionListener,
  open: () => BroadcastChannel | null = () => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(TAB_VERSIONS_CHANNEL)),
): () => void {
  const channel = open();
  if (!channel) return () => {};
  let toldNewer = false;
  let toldBuild = false;
  channel.onmessage = (event: MessageEvent) => {
    const other = messageOf(event.data);
    if (!other) return;
    if (other.kind === 'hello') channel.postMessage({ kind: 'here', ...me } satisfies Message);
    if (other.schema > me.schema && !toldNewer) {
      toldNewer = true;
      listener.newerFormat();
    }
    if (other.build !== me.build && !toldBuild) {
      toldBuild = true;
      listener.otherBuild();
    }
  };
  channel.postMessage({ kind: 'hello', ...me } satisfies Message);
  return () => channel.close();
}
