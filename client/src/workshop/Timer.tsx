import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../stores/preferences';
import { playChime } from './sound';
import { countdownParts, formatCountdown, timerView } from './time-format';
import { useServerNow, useSession } from './useWorkshop';

import './timer.css';
interface TimerProps {
  variant?: 'pill' | 'large' | 'huge';
  /** Play the chime at zero if the person turned sound on. */
  chime?: boolean;
  /** Show the progress bar under the digits. */
  progress?: boolean;
}

/** Whether the countdown has run out, re-checked as the clock ticks. */
export function useTimeUp(): boolean {
  const timer = useSession((s) => s.state?.timer ?? null);
  const now = useServerNow(500);
  return timerView(timer, now)?.timeUp ?? false;
}

/**
 * The session's countdown, on the server's clock (corrected for this device's
 * offset). The pill variant says "paused" but not "time is up": its page shows that itself.
 */
export function Timer({ variant = 'large', chime = false, progress = false }: TimerProps) {
  const { t } = useTranslation();
  const timer = useSession((s) => s.state?.timer ?? null);
  const now = useServerNow();
  const view = timerView(timer, now);
  const sound = usePreferences((s) => s.sound);
  const timeUp = view?.timeUp ?? false;
  const wasUp = useRef<boolean | null>(null);

  useEffect(() => {
    // Only the moment it runs out rings, not a page opened after the end.
    if (wasUp.current === false && timeUp && chime && sound) playChime();
    wasUp.current = timeUp;
  }, [timeUp, chime, sound]);

  if (!view) {
    return (
      <div className={`timer timer--${variant} is-idle`} data-testid="timer" data-state="idle">
        <span className="timer__digits" aria-hidden="true">
          –:––
        </span>
        <span className="visually-hidden">{t('timer.none')}</span>
      </div>
    );
  }
  const state = view.timeUp ? 'up' : view.paused ? 'paused' : 'running';
  const parts = countdownParts(view.remainingMs);
  return (
    <div
      className={`timer timer--${variant} is-${state}`}
      data-testid="timer"
      data-state={state}
      data-remaining-ms={Math.round(view.remainingMs)}
    >
      <span className="timer__digits" role="timer" aria-label={t('timer.remaining', parts)}>
        {formatCountdown(view.remainingMs)}
      </span>
      {view.timeUp ? (
        variant === 'pill' ? null : (
          <span className="timer__status" role="status" data-testid="time-up">
            {t('timer.up')}
          </span>
        )
      ) : view.paused ? (
        // Phones too: frozen digits alone look like a broken screen.
        <span className="timer__status" role="status" data-testid="timer-paused">
          {t('timer.paused')}
        </span>
      ) : null}
      {progress && (
        <span className="timer__bar" aria-hidden="true">
          <span className="timer__fill" style={{ transform: `scaleX(${view.progress})` }} />
        </span>
      )}
    </div>
  );
}
