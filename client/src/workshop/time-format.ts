import type { TimerState } from '@mutopia/shared/workshop/session-state';

/**
 * A countdown as the clock shows it: m:ss, or h:mm:ss from an hour on.
 * Rounded up, so "0:00" appears exactly when the time is up.
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** The same as words for screen readers and titles: whole minutes and seconds. */
export function countdownParts(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

export interface TimerView {
  remainingMs: number;
  running: boolean;
  /** Set and not running: paused (or never started). */
  paused: boolean;
  /** The countdown reached zero. */
  timeUp: boolean;
  /** 0 at the start, 1 at the end. */
  progress: number;
}

/** What a timer shows at server time `serverNow`. */
export function timerView(timer: TimerState | null, serverNow: number): TimerView | null {
  if (!timer) return null;
  // Never above the set length: a clock estimate still a little behind the server must not add time.
  const left = timer.running && timer.endsAt !== null ? timer.endsAt - serverNow : timer.remainingMs;
  const remainingMs = Math.max(0, Math.min(left, Math.max(timer.durationMs, timer.remainingMs)));
  const progress = timer.durationMs > 0 ? Math.min(1, Math.max(0, 1 - remainingMs / timer.durationMs)) : 1;
  return {
    remainingMs,
    running: timer.running && remainingMs > 0,
    paused: !timer.running,
    timeUp: remainingMs === 0,
    progress,
  };
}

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day';

/** How long ago `then` was, in the largest sensible unit (for Intl.RelativeTimeFormat). */
export function agoParts(then: number, now: number): { value: number; unit: RelativeUnit } {
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  if (seconds < 60) return { value: seconds, unit: 'second' };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { value: hours, unit: 'hour' };
  return { value: Math.floor(hours / 24), unit: 'day' };
}

/** Total minutes of an agenda as hours and minutes. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
