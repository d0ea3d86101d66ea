import type { TFunction } from '@/i18n/translator';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { selectDotsLeft, useLiveRoom, type RoomPerson } from '@/store/live-room';
import { followPresenter, selectPresenting, useWorkshop } from '@/store/workshop';
import { useMediaQuery } from '@/ui/useMediaQuery';
import './workshop-namespace';
import './workshop.css';

/**
 * A room's state: the connection (calm words, a status), editing paused, the dots left, and who is
 * here. In the header (on a phone, a bar held at the foot of the screen, as the header scrolls
 * away), or in the presentation's bar while the header is hidden (`presenting`: no faces, and
 * following is the bar's own button).
 */
export default function RoomStatus({ presenting: inPresentation = false }: { presenting?: boolean }) {
  const { t, i18n } = useTranslation(['workshop', 'app']);
  const room = useLiveRoom((state) => state.room);
  const dotsLeft = useLiveRoom(selectDotsLeft);
  // In a laptop's header the room is tight: fewer faces (base.css says what else is left to screen readers).
  const narrow = useMediaQuery(COMPACT_HEADER);
  const presenting = useWorkshop(selectPresenting);
  const bar = useFootBar(!inPresentation && room !== null);
  if (!room) return null;
  const count = room.people.length || 1;
  // A viewer has no changes to send: their words say only that the canvas will update again.
  const watching = room.role === 'view';
  const text =
    room.connection === 'connected'
      ? t('room.connectedCount', { count })
      : room.connection === 'offline'
        ? t(watching ? 'room.offlineWatching' : 'room.offline')
        : room.connection === 'reconnecting'
          ? t(watching ? 'room.reconnectingWatching' : 'room.reconnecting')
          : t('room.connecting');
  return (
    <div ref={bar} className={inPresentation ? 'room-status room-status-presenting' : 'room-status'}>
      <p role="status" className="room-connection" data-connection={room.connection} title={text}>
        <span className="room-dot" aria-hidden="true" />
        <span className="room-connection-text">{text}</span>
      </p>
      {room.role === 'view' && <span className="room-badge">{t('room.watchOnly')}</span>}
      {room.role !== 'view' && room.controls.paused && (
        <span className="room-badge" role="status">
          {t(room.role === 'host' ? 'room.pausedForAll' : room.held ? 'room.pausedHeld' : 'room.paused')}
        </span>
      )}
      {room.role !== 'host' && room.controls.presentation && !presenting && !inPresentation && (
        <button type="button" className="toolbar-button" onClick={() => followPresenter(room.controls.presentation!)}>
          {t('room.follow')}
        </button>
      )}
      {room.role !== 'view' && room.controls.voting && dotsLeft !== null && (
        // In a laptop's header, a dot and the number (the words read out, and on hover): it keeps to one line.
        <span className="room-badge room-dots" title={t('room.dotsLeft', { count: dotsLeft })}>
          {narrow && (
            <span className="room-dots-short" aria-hidden="true">
              <span className="room-dots-dot" />
              {new Intl.NumberFormat(i18n.language).format(dotsLeft)}
            </span>
          )}
          <span className={narrow ? 'visually-hidden' : undefined}>{t('room.dotsLeft', { count: dotsLeft })}</span>
        </span>
      )}
      {!inPresentation && <PeopleList people={room.people} compact={narrow ? 3 : 5} />}
    </div>
  );
}

/**
 * On a phone the header's room state is a bar held at the foot of the screen: its height is given
 * to the page (`--room-bar`), so the last notes and the messages above it are not covered.
 */
function useFootBar(active: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!active || !element) return;
    const root = document.documentElement;
    const measure = () => {
      const fixed = getComputedStyle(element).position === 'fixed';
      root.style.setProperty('--room-bar', `${fixed ? element.offsetHeight : 0}px`);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => {
      observer.disconnect();
      root.style.removeProperty('--room-bar');
    };
  }, [active]);
  return ref;
}

export function personLabel(t: TFunction<readonly ['workshop', 'app']>, person: RoomPerson): string {
  if (!person.name) return person.self ? t('room.you', { name: t('app:room.host') }) : t('app:room.host');
  if (person.self) return t('room.you', { name: person.name });
  if (person.role === 'host') return t('room.facilitator', { name: person.name });
  if (person.role === 'view') return t('room.watching', { name: person.name });
  return person.name;
}

/**
 * Everyone here, each with their colour: a list named "People here" (`compact`: initials, the
 * names read out and on hover; that many faces, then "+N" for the rest, everyone still read out).
 */
export function PeopleList({
  people,
  className = 'room-people',
  compact,
}: {
  people: readonly RoomPerson[];
  className?: string;
  compact?: number;
}) {
  const { t, i18n } = useTranslation(['workshop', 'app']);
  const shown = compact ?? people.length;
  const rest = people.slice(shown);
  return (
    <ul className={className} aria-label={t('room.people')}>
      {people.map((person, index) => (
        <li
          key={person.clientId}
          title={personLabel(t, person)}
          style={{ '--person-hue': person.hue } as React.CSSProperties}
          dir="auto"
          className={index >= shown ? 'visually-hidden' : undefined}
        >
          <span className="room-avatar" aria-hidden="true">
            {[...(person.name || t('app:room.host'))][0]?.toLocaleUpperCase()}
          </span>
          <span className={compact === undefined ? 'room-name' : 'visually-hidden'}>{personLabel(t, person)}</span>
        </li>
      ))}
      {rest.length > 0 && (
        <li aria-hidden="true" title={rest.map((person) => personLabel(t, person)).join('\n')}>
          <span className="room-avatar room-avatar-more">+{new Intl.NumberFormat(i18n.language).format(rest.length)}</span>
        </li>
      )}
    </ul>
  );
}

/** A laptop's header, tight (as in base.css); a phone's room bar has the width of the screen. */
const COMPACT_HEADER = '(min-width: 900px) and (max-width: 1799px)';
