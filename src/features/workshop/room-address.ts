/**
 * A room link in the address bar: a link to take part or watch asks for a name once (then joins
 * by itself), the facilitator's own address takes them back into the room they started. Loaded
 * only for an address with a room in it (./room-marker); the room's code only once one is joined.
 */
import { browserStorage } from '@/persistence/local-storage';
import { readRoomFragment } from '@/persistence/room/room-link';
import { loadWorkshopPrefs } from '@/persistence/room/room-prefs';
import { useLiveRoom } from '@/store/live-room';

export function followRoomAddress(): void {
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
