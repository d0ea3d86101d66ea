/** A pausable countdown as plain data: where it stands is worked out from the time, not ticked. */
export interface Countdown {
  /** Milliseconds left when it was last started or paused. */
  left: number;
  /** When it was last started (ms since the epoch), or null while paused. */
  since: number | null;
}

export const startCountdown = (milliseconds: number, now: number): Countdown => ({ left: milliseconds, since: now });

export function remaining(countdown: Countdown, now: number): number {
  // A clock read a moment before the start (a render's) counts as the start itself.
  return countdown.since === null ? countdown.left : Math.max(0, countdown.left - Math.max(0, now - countdown.since));
}

/** Pauses a running countdown, or starts a paused one again. */
export function toggleCountdown(countdown: Countdown, now: number): Countdown {
  return countdown.since === null ? { left: countdown.left, since: now } : { left: remaining(countdown, now), since: null };
}

export const isRunning = (countdown: Countdown, now: number) => countdown.since !== null && remaining(countdown, now) > 0;
