/**
 * Watches the address bar for a room link (on start and whenever the fragment changes). The code
 * that reads one is fetched only then: solo Boom never loads it.
 */
const ROOM_FRAGMENT = /^#room=/u;

/** Starts watching; returns a function that stops it. */
export function followRoomLinks(): () => void {
  const check = () => {
    if (!ROOM_FRAGMENT.test(location.hash)) return;
    import('./room-address').then(
      ({ followRoomAddress }) => followRoomAddress(),
      (error: unknown) => console.error('Could not load the code that joins a workshop:', error),
    );
  };
  check();
  window.addEventListener('hashchange', check);
  return () => window.removeEventListener('hashchange', check);
}
