import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { STORY_ORDER, type BlockId } from '@/domain/blocks';
import { directionOf } from '@/i18n/i18n';
import { formatClock } from '@/i18n/format';
import { browserStorage } from '@/persistence/local-storage';
import {
  loadPresentationPrefs,
  savePresentationPrefs,
  TIME_UP_SIGNALS,
  type PresentationPrefs,
  type TimeUpSignal,
} from '@/persistence/presentation-prefs';
import { selectViewing, useCanvasStore, useCanvasTitle } from '@/store/canvas-store';
import { boardPlaces } from '@/store/board-places';
import { holdConfirmations } from '@/ui/toasts';
import type { SharedTimer } from '@/domain/room';
import { selectReadOnly, useLiveRoom } from '@/store/live-room';
import {
  followPresenter,
  goToStep,
  LAST_STEP,
  PRESENTATION_STEPS,
  publishTimer,
  stepBlock,
  stopFollowing,
  useWorkshop,
} from '@/store/workshop';
import { announce } from '@/ui/announcer';
import { PlusIcon } from '@/ui/icons';
import {
  ChevronNextIcon,
  ChevronPreviousIcon,
  CloseIcon,
  ContrastIcon,
  OverviewIcon,
  PauseIcon,
  PlayIcon,
  RestartIcon,
} from './presentation-icons';
import { useShortcut } from '@/ui/shortcuts';
import { useDeferredFocus } from '@/ui/useDeferredFocus';
import { isRunning, remaining, startCountdown, toggleCountdown, type Countdown } from './countdown';
import { LiveNoteDialog } from './LiveNoteDialog';
import { playChime } from './chime';
import { presentCommand, PRESENTATION_SHORTCUTS, type PresentCommand } from './present-keys';
import './presentation-namespace';
import './presentation.css';

const TIMER_CHOICES = [0, 1, 2, 3, 5, 10, 15, 20];
/** A block's time that ran out longer ago than this ran out unseen: no flash or chime for it. */
const TIME_UP_GRACE_MS = 2000;

/**
 * The presentation's own screen, over the canvas the editor shows (the board reads the step from
 * the workshop store and enlarges its block): a slim bar saying where the talk is, the block's
 * timer, and the presenter's tools; the keys; the box for adding a note live.
 */
export default function Presentation({ onClose, status }: { onClose: () => void; status?: ReactNode }) {
  const { t, i18n } = useTranslation('presentation');
  const step = useWorkshop((state) => state.step) ?? 0;
  const block = stepBlock(step);
  const title = useCanvasTitle();
  // A canvas shown read-only (a shared link's) is presented as it is: no notes are added to it.
  const readOnly = useCanvasStore(selectViewing);
  const [prefs, setPrefs] = useState<PresentationPrefs>(() => loadPresentationPrefs(browserStorage()));
  const changePrefs = (change: Partial<PresentationPrefs>) => {
    const next = { ...prefs, ...change };
    setPrefs(next);
    savePresentationPrefs(browserStorage(), next);
  };
  const [adding, setAdding] = useState(false);
  // The overview key takes the presenter back to the block they came from.
  const [lastBlockStep, setLastBlockStep] = useState(1);
  if (block && lastBlockStep !== step) setLastBlockStep(step);
  const [flashes, setFlashes] = useState(0);
  const ownTimer = useBlockTimer(block, prefs.timerMinutes, () => {
    if (prefs.timeUp === 'flash' || prefs.timeUp === 'both') setFlashes((count) => count + 1);
    if (prefs.timeUp === 'sound' || prefs.timeUp === 'both') playChime();
  });
  // In a live room: following the presenter shows their step and their timer (theirs to run).
  const followed = useWorkshop((state) => state.followed);
  const roomPresentation = useLiveRoom((state) => (state.room && state.room.role !== 'host' ? state.room.controls.presentation : null));
  const watching = useLiveRoom(selectReadOnly);
  const followedTimer = useFollowedTimer(followed?.timer ?? null);
  const timer = followed ? followedTimer : ownTimer;
  // The presenter's timer goes to the room as it stands (a live room shares it).
  const ownCountdown = ownTimer.countdown;
  useEffect(() => {
    if (!followed) publishTimer(ownCountdown ? { left: ownCountdown.left, since: ownCountdown.since } : null);
  }, [ownCountdown, followed]);
  const root = useRef<HTMLDivElement>(null);
  const focusBar = useDeferredFocus(root, !adding);

  useLayoutEffect(() => {
    const html = document.documentElement;
    html.dataset.contrast = prefs.highContrast ? 'high' : 'normal';
    return () => {
      delete html.dataset.contrast;
    };
  }, [prefs.highContrast]);

  // The start button is gone once presenting: focus comes here, so Tab starts from the bar.
  useEffect(() => root.current?.focus(), []);
  // Nothing covers the projected canvas: confirmations wait until the presentation ends.
  useEffect(() => {
    holdConfirmations(true);
    return () => holdConfirmations(false);
  }, []);

  const blockName = (id: BlockId) => t(`blocks.${id}.name`, { ns: 'app' });
  const where = block
    ? t('stepOf', { number: STORY_ORDER.indexOf(block) + 1, total: STORY_ORDER.length, block: blockName(block) })
    : t('overview');
  useEffect(() => announce(where), [where]);

  const run = (command: PresentCommand) => {
    // Going elsewhere while following the presenter is looking around freely.
    if (followed && command !== 'addNote' && command !== 'contrast' && command !== 'exit') stopFollowing();
    if (typeof command === 'object') return goToStep(command.block);
    switch (command) {
      case 'next':
        return goToStep(step + 1);
      case 'previous':
        return goToStep(step - 1);
      case 'down':
        return scrollBlock(block, 1) || goToStep(step + 1);
      case 'up':
        return scrollBlock(block, -1) || goToStep(step - 1);
      // Home and End go to the first and the last block, as the shortcut list says ("go to a block").
      case 'first':
        return goToStep(PRESENTATION_STEPS.indexOf(STORY_ORDER[0]!));
      case 'last':
        return goToStep(PRESENTATION_STEPS.indexOf(STORY_ORDER[STORY_ORDER.length - 1]!));
      case 'overview':
        return goToStep(block ? 0 : lastBlockStep);
      case 'addNote':
        // Not on a shared canvas, a watch link, or while the facilitator has paused editing.
        return !readOnly && !watching && setAdding(true);
      case 'timer':
        return timer.toggle();
      case 'restartTimer':
        return timer.restart();
      case 'contrast':
        return changePrefs({ highContrast: !prefs.highContrast });
      case 'exit':
        return onClose();
    }
  };
  // The presentation's keys (ui/shortcuts), all but Escape, which ends it from outside (PresentationHost).
  useShortcut(PRESENTATION_SHORTCUTS, (_match, event) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    // A focused tool of the bar keeps its own keys (Space and Enter press it, arrows pick in a
    // list). On a note (focus may rest there after Tab), Space goes on as everywhere else.
    if (target?.closest('select')) return false;
    if (target?.closest('.presentation-bar button') && (event.key === ' ' || event.key === 'Enter')) return false;
    const command = presentCommand(event, directionOf(i18n.language));
    if (command === null || command === 'exit') return false;
    run(command);
  });

  const overview = block === null;
  // After a click, focus goes back to the bar, so the next Space goes on rather than pressing
  // the same tool again (a keyboard user keeps focus where they are).
  const click = (command: PresentCommand, event: MouseEvent<HTMLButtonElement>) => {
    run(command);
    if (event.detail > 0) root.current?.focus();
  };
  return (
    <div ref={root} className="presentation-bar" role="group" aria-label={t('label')} tabIndex={-1}>
      <div className="present-where">
        {/* The page's heading while the header (and its "Boom") is hidden. */}
        <h1 className="present-title" dir="auto">
          {title || t('header.titlePlaceholder', { ns: 'app' })}
        </h1>
        <h2 className="present-step">{where}</h2>
      </div>
      {status}
      {block && timer.shown && (
        <div className="present-timer" data-done={timer.done || undefined}>
          <span className="present-clock" role="timer">
            <span className="visually-hidden">{t('timer.left', { block: blockName(block) })} </span>
            {timer.done ? t('timer.done') : formatClock(timer.left, i18n.language)}
          </span>
          {!followed && (
            <>
              <button
                type="button"
                className="present-tool"
                aria-label={timer.running ? t('timer.pause') : t('timer.resume')}
                title={`${timer.running ? t('timer.pause') : t('timer.resume')} (T)`}
                onClick={(event) => click('timer', event)}
                aria-disabled={timer.done}
              >
                {timer.running ? <PauseIcon /> : <PlayIcon className="flips" />}
              </button>
              <button
                type="button"
                className="present-tool"
                aria-label={t('timer.restart')}
                title={`${t('timer.restart')} (R)`}
                onClick={(event) => click('restartTimer', event)}
              >
                <RestartIcon />
              </button>
            </>
          )}
        </div>
      )}
      <div className="present-tools">
        <button
          type="button"
          className="present-tool"
          aria-label={t('previous')}
          title={`${t('previous')} (PageUp)`}
          aria-disabled={step === 0}
          onClick={(event) => click('previous', event)}
        >
          <ChevronPreviousIcon className="flips" />
        </button>
        <button
          type="button"
          className="present-tool"
          aria-label={t('next')}
          title={`${t('next')} (PageDown)`}
          aria-disabled={step === LAST_STEP}
          onClick={(event) => click('next', event)}
        >
          <ChevronNextIcon className="flips" />
        </button>
        <button
          type="button"
          className="present-tool"
          aria-label={t('overviewButton')}
          title={`${t('overviewButton')} (O)`}
          aria-pressed={overview}
          onClick={(event) => click('overview', event)}
        >
          <OverviewIcon />
        </button>
        {roomPresentation && (
          <button
            type="button"
            className="present-tool present-follow"
            aria-pressed={followed !== null}
            onClick={(event) => {
              if (followed) stopFollowing();
              else followPresenter(roomPresentation);
              if (event.detail > 0) root.current?.focus();
            }}
          >
            <span>{t('follow')}</span>
          </button>
        )}
        {!readOnly && !watching && (
          <button
            type="button"
            className="present-tool"
            aria-label={t('addNote')}
            title={`${t('addNote')} (N)`}
            aria-haspopup="dialog"
            onClick={(event) => click('addNote', event)}
          >
            <PlusIcon />
          </button>
        )}
        {!followed && (
          <label className="present-timer-choice">
            <span>{t('timer.label')}</span>
            <select value={prefs.timerMinutes} onChange={(event) => changePrefs({ timerMinutes: Number(event.target.value) })}>
              {TIMER_CHOICES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes === 0 ? t('timer.off') : t('timer.minutes', { count: minutes })}
                </option>
              ))}
            </select>
          </label>
        )}
        {!followed && prefs.timerMinutes > 0 && (
          <label className="present-timer-choice">
            <span>{t('timeUp.label')}</span>
            <select value={prefs.timeUp} onChange={(event) => changePrefs({ timeUp: event.target.value as TimeUpSignal })}>
              {TIME_UP_SIGNALS.map((signal) => (
                <option key={signal} value={signal}>
                  {t(`timeUp.${signal}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          className="present-tool"
          aria-label={t('contrast')}
          title={`${t('contrast')} (C)`}
          aria-pressed={prefs.highContrast}
          onClick={(event) => click('contrast', event)}
        >
          <ContrastIcon />
        </button>
        <button type="button" className="present-tool present-exit" title={`${t('exit')} (Esc)`} onClick={onClose}>
          <CloseIcon />
          <span>{t('exit')}</span>
        </button>
      </div>
      {/* Keyed by the count, so each time's end flashes afresh. */}
      {flashes > 0 && <div key={flashes} className="present-flash" aria-hidden="true" onAnimationEnd={() => setFlashes(0)} />}
      {adding && (
        <LiveNoteDialog
          initialBlock={block ?? (PRESENTATION_STEPS[lastBlockStep] as BlockId)}
          onClose={() => {
            focusBar();
            setAdding(false);
          }}
        />
      )}
    </div>
  );
}

/**
 * The blocks' timers: when a length is chosen, each block's countdown starts the first time the
 * block comes up, and goes on while the presenter looks elsewhere (the overview, another block);
 * T pauses and resumes the one shown, R starts it again. A new length starts them all afresh.
 */
function useBlockTimer(block: BlockId | null, minutes: number, onTimeUp: () => void) {
  const { t } = useTranslation('presentation');
  const length = minutes * 60_000;
  const [countdowns, setCountdowns] = useState<{ length: number; byBlock: Partial<Record<BlockId, Countdown>> }>({ length, byBlock: {} });
  // The clock the timers are read by: a render reads this, never the time itself.
  const [now, setNow] = useState(() => Date.now());
  const byBlock = countdowns.length === length ? countdowns.byBlock : {};
  const countdown = block && length > 0 ? (byBlock[block] ?? null) : null;
  /** Changes the shown block's countdown, given the time now; the clock moves to it too. */
  const setCountdown = (change: (current: Countdown | undefined, now: number) => Countdown | undefined) => {
    if (!block) return;
    const at = Date.now();
    setNow(at);
    setCountdowns((state) => {
      const current = state.length === length ? state.byBlock : {};
      return { length, byBlock: { ...current, [block]: change(current[block], at) } };
    });
  };
  // A block's countdown starts the first time it comes up: the clock decides when, so it starts
  // from an effect (a render never reads the time).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- started by the clock, not by rendering
    if (block && length > 0 && !byBlock[block]) setCountdown((_, at) => startCountdown(length, at));
  });
  // The clock ticks while a countdown runs (shown or not), and is read afresh when another block comes up.
  const anyRunning = Object.values(byBlock).some((other) => isRunning(other, now));
  useClockTicks(setNow, anyRunning, block);
  const running = countdown !== null && isRunning(countdown, now);
  const left = countdown ? remaining(countdown, now) : 0;
  const done = countdown !== null && left === 0;
  useEffect(() => {
    if (done && block) announce(t('timer.doneFor', { block: t(`blocks.${block}.name`, { ns: 'app' }) }));
  }, [done, block, t]);
  // The flash or chime comes once, as the time runs out on the block shown (not on coming back
  // to a block whose time ran out meanwhile); a restart brings it again.
  const signalled = useRef(new WeakSet<Countdown>());
  const timeUp = useEffectEvent(onTimeUp);
  useEffect(() => {
    if (!done || !countdown || signalled.current.has(countdown)) return;
    signalled.current.add(countdown);
    const endedAgo = countdown.since === null ? Infinity : Date.now() - (countdown.since + countdown.left);
    if (endedAgo < TIME_UP_GRACE_MS) timeUp();
  }, [done, countdown]);
  return {
    countdown,
    shown: countdown !== null,
    left,
    running,
    done,
    toggle: () => setCountdown((current, at) => (current && remaining(current, at) > 0 ? toggleCountdown(current, at) : current)),
    restart: () => length > 0 && setCountdown((_, at) => startCountdown(length, at)),
  };
}

/** Moves a timer's clock: at once when `readAgain` changes (another block, another timer), and four times a second while `ticking`. */
function useClockTicks(setNow: (now: number) => void, ticking: boolean, readAgain: unknown): void {
  useEffect(() => {
    const sync = () => setNow(Date.now());
    const first = setTimeout(sync, 0);
    const interval = ticking ? setInterval(sync, 250) : undefined;
    return () => {
      clearTimeout(first);
      clearInterval(interval);
    };
  }, [setNow, ticking, readAgain]);
}

/** The presenter's timer as it runs on their screen, read by this screen's clock (no tools: it is theirs). */
function useFollowedTimer(timer: SharedTimer | null) {
  const [now, setNow] = useState(() => Date.now());
  const running = timer !== null && isRunning(timer, now);
  useClockTicks(setNow, running, timer);
  const left = timer ? remaining(timer, now) : 0;
  return { countdown: null, shown: timer !== null, left, running, done: timer !== null && left === 0, toggle: () => {}, restart: () => {} };
}

/**
 * Scrolls the block shown by most of its height, if its notes do not all fit and there is more
 * that way; true when it scrolled.
 */
function scrollBlock(block: BlockId | null, direction: 1 | -1): boolean {
  const body = block ? boardPlaces.blockBody(block) : null;
  if (!body) return false;
  const room = direction > 0 ? body.scrollHeight - body.clientHeight - body.scrollTop : body.scrollTop;
  if (room <= 1) return false;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  body.scrollBy({ top: direction * body.clientHeight * 0.8, behavior: reduced ? 'auto' : 'smooth' });
  return true;
}
