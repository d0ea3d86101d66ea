/**
 * Follows the address bar for a room link (on start and whenever the fragment changes): a link to
 * take part or watch asks for a name once (then joins by itself), the facilitator's own address
 * takes them back into the room they started. Small, on the first screen; the room's code loads
 * only when a room is there.
 */
import { browserStorage } from '@/persistence/local-storage';
import { readRoomFragment } from '@/persistence/room/room-link';
import { loadWorkshopPrefs } from '@/persistence/room/room-prefs';
import { useLiveRoom } from '@/store/live-room';

function follow(): void {
  const address = readRoomFragment(location.hash);
  if (!address || useLiveRoom.getState().room?.id === address.room) return;
  const { secret } = address;
  if (!secret) {
    void import('./workshop-session').then(
      ({ resumeHosted }) => {
        if (!resumeHosted(address.room)) useLiveRoom.setState({ problem: 'denied' });
      },
      () => useLiveRoom.setState({ problem: 'unreachable' }),
    );
    return;
  }
  const { name } = loadWorkshopPrefs(browserStorage());
  if (name) {
    void import('./workshop-session').then(
      ({ joinRoom }) => joinRoom(address.room, secret.value, secret.role, name),
      () => useLiveRoom.setState({ problem: 'unreachable' }),
    );
  } else {
    useLiveRoom.setState({ invitation: { id: address.room, role: secret.role, secret: secret.value }, problem: null });
  }
}

/** Starts following the address; returns a function that stops it. */
export function followRoomAddress(): () => void {
  follow();
  window.addEventListener('hashchange', follow);
  return () => window.removeEventListener('hashchange', follow);
}
