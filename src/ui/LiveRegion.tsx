import { useAnnouncer } from './announcer';

/** The one polite live region of the app; its text is what `announce()` last said. */
export function LiveRegion() {
  const message = useAnnouncer((state) => state.message);
  const serial = useAnnouncer((state) => state.serial);
  return (
    <div role="status" className="visually-hidden">
      {message}
      {/* A changing invisible tail makes a repeated message count as new. */}
      {serial % 2 === 1 ? '\u00a0' : ''}
    </div>
  );
}
