import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Station, Team } from '@mutopia/shared/workshop/definition';
import { stationFacts } from './overview';
import { Wordmark } from '../app/Wordmark';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { sessionErrorKey } from './session-errors';
import type { CommandOutcome } from './connection';
import type { SessionCommand } from '@mutopia/shared/workshop/session-commands';
import { useTimeUp } from './Timer';
import { useSession, useWorkshop, useDefinition } from './useWorkshop';
import { teamChipStyle } from '../ui/team-chip-style';

/** State of the session connection, in the style of the board's connection pill. */
export function SessionStatus() {
  const { t } = useTranslation();
  const connection = useSession((s) => s.connection);
  const status = connection === 'online' ? 'online' : connection === 'connecting' ? 'connecting' : 'offline';
  return (
    <span
      className={`pill pill--connection is-${status}`}
      role="status"
      aria-live="polite"
      data-testid="session-status"
      data-status={status}
      title={t(`connection.${status}`)}
    >
      <span className="pill__dot" aria-hidden="true" />
      <span className="pill__label">{t(`connection.${status}`)}</span>
    </span>
  );
}

export function BroadcastBanner() {
  const { t } = useTranslation();
  const broadcast = useSession((s) => s.state?.broadcast ?? null);
  if (!broadcast) return null;
  return (
    <div className="broadcast-banner" role="alert" data-testid="broadcast-banner">
      <span className="broadcast-banner__label">{t('workshop.broadcast')}</span>
      <span className="broadcast-banner__text">{broadcast.message}</span>
    </div>
  );
}

export function TeamChip({ team, done = false, small = false }: { team: Team; done?: boolean; small?: boolean }) {
  const { t } = useTranslation();
  return (
    <span
      className={small ? 'team-chip team-chip--small' : 'team-chip'}
      style={teamChipStyle(team.color)}
      data-testid="team-chip"
      data-team-id={team.id}
      data-done={done || undefined}
      title={done ? t('workshop.teamDone', { team: team.name }) : team.name}
    >
      {done && (
        <span className="team-chip__done" aria-label={t('workshop.done')}>
          ✓
        </span>
      )}
      {team.name}
    </span>
  );
}

/** A link or code with a copy button; the field selects itself for manual copying too. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard (plain http, old browser): the field stays selected for Ctrl+C.
      document.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)?.select();
    }
  };
  return (
    <div className="copy-field">
      <label className="field-label">
        {label}
        <span className="copy-field__row">
          <input
            className="input copy-field__input"
            readOnly
            value={value}
            data-testid={testId}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className="button button--secondary copy-field__button"
            data-testid={`${testId}-copy`}
            onClick={() => void copy()}
          >
            {copied ? t('workshop.copied') : t('workshop.copy')}
          </button>
        </span>
      </label>
    </div>
  );
}

/** A full-page message (no access, not found, loading failed) with a way on. */
export function PageMessage({
  title,
  text,
  testId,
  children,
}: {
  title: string;
  text?: string;
  testId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <main className="not-found" data-testid={testId}>
      <Wordmark />
      <div className="not-found__card">
        <h1>{title}</h1>
        {text && <p>{text}</p>}
        {children}
        <Link href="/" className="button button--secondary">
          {t('notFound.home')}
        </Link>
      </div>
    </main>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </div>
  );
}

/**
 * Sends session commands and keeps the last refusal, translated, for a
 * `role="alert"` next to the controls.
 */
export function useCommands(): {
  run: (command: SessionCommand) => Promise<CommandOutcome>;
  busy: boolean;
  error: string | null;
  clearError: () => void;
} {
  const { t } = useTranslation();
  const connection = useWorkshop();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (command: SessionCommand) => {
    setBusy(true);
    setError(null);
    const outcome = await connection.send(command);
    setBusy(false);
    if (!outcome.ok) setError(t(sessionErrorKey(outcome.error)));
    return outcome;
  };
  return { run, busy, error, clearError: () => setError(null) };
}

/** An [M]Utopie station's perspective (with its motto) and resources; nothing for other stations. */
export function StationFacts({ station, className }: { station: Station; className?: string }) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const { perspective, budget } = stationFacts(definition, station);
  if (!perspective && !budget) return null;
  return (
    <p className={className ? `station-facts ${className}` : 'station-facts'} data-testid="station-facts">
      {perspective && (
        <span className="station-facts__perspective">
          <strong>{perspective.name}</strong>
          {perspective.motto && <span className="station-facts__motto"> {perspective.motto}</span>}
        </span>
      )}
      {budget && <span className="station-facts__budget">{t('workshop.resources', { budget: budget.label })}</span>}
    </p>
  );
}

/** A bar under the header when the countdown has run out (the timer pill has no room for words). */
export function TimeUpBanner() {
  const { t } = useTranslation();
  const timeUp = useTimeUp();
  if (!timeUp) return null;
  return (
    <div className="time-up-banner" role="status" data-testid="time-up">
      {t('timer.up')}
    </div>
  );
}
