import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase } from '@mutopia/shared/workshop/definition';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useCommands } from '../components';
import { splitMinutes } from '../time-format';
import { useSession, useDefinition } from '../useWorkshop';

import './agenda.css';
/** "Rotation · 5 rounds", "Plenary", … */
export function usePhaseMode(): (phase: Phase) => string {
  const { t } = useTranslation();
  return (phase) => {
    const mode = t(`modes.${phase.mode}`);
    return phase.rounds > 1 ? `${mode} · ${t('console.rounds', { count: phase.rounds })}` : mode;
  };
}

export function Agenda() {
  const { t } = useTranslation();
  const definition = useDefinition();
  const phaseIndex = useSession((s) => s.state?.phaseIndex ?? null);
  const { run, busy, error } = useCommands();
  const modeOf = usePhaseMode();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [confirmingBack, setConfirmingBack] = useState(false);

  // A second click within a few seconds confirms a jump: a stray click must not reset a running phase.
  useEffect(() => {
    if (confirming === null) return;
    const timer = setTimeout(() => setConfirming(null), 4000);
    return () => clearTimeout(timer);
  }, [confirming]);

  const total = splitMinutes(definition.phases.reduce((sum, p) => sum + p.durationMinutes, 0));
  const last = definition.phases.length - 1;

  return (
    <nav className="console-agenda" aria-labelledby="agenda-heading" data-testid="agenda">
      <div className="console-agenda__head">
        <h2 id="agenda-heading" className="panel-title">
          {t('console.agenda')}
        </h2>
        <span className="console-agenda__total">{t('console.totalDuration', total)}</span>
      </div>
      <div className="console-agenda__steps">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy || phaseIndex === null || phaseIndex === 0}
          data-testid="phase-previous"
          aria-label={t('console.previousPhaseLabel')}
          title={t('console.previousPhaseLabel')}
          onClick={() => setConfirmingBack(true)}
        >
          <span aria-hidden="true">◀</span>
        </button>
        <button
          type="button"
          className="button button--primary button--small"
          disabled={busy || phaseIndex === last}
          data-testid="phase-next"
          onClick={() => void run({ type: 'phase.next' })}
        >
          {phaseIndex === null ? t('console.startWorkshop') : t('console.nextPhase')}
        </button>
      </div>
      {confirmingBack && phaseIndex !== null && phaseIndex > 0 && (
        <PhaseBackDialog
          index={phaseIndex}
          title={definition.phases[phaseIndex - 1]!.title}
          onConfirm={() => {
            setConfirmingBack(false);
            void run({ type: 'phase.previous' });
          }}
          onCancel={() => setConfirmingBack(false)}
        />
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="agenda-error">
          {error}
        </p>
      )}
      <ol className="agenda-list">
        {definition.phases.map((phase, index) => {
          const state =
            phaseIndex === null || index > phaseIndex ? 'upcoming' : index === phaseIndex ? 'current' : 'past';
          return (
            <li
              key={phase.id}
              className={`agenda-item is-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
              data-testid={`agenda-item-${index}`}
              data-state={state}
            >
              <span className="agenda-item__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="agenda-item__text">
                <span className="agenda-item__title" lang={definition.locale}>
                  {phase.title}
                </span>
                <span className="agenda-item__meta">
                  {t('console.minutes', { count: phase.durationMinutes })} · {modeOf(phase)}
                </span>
              </span>
              {state === 'current' ? (
                <span className="agenda-item__badge">{t('console.running')}</span>
              ) : (
                <button
                  type="button"
                  className={confirming === index ? 'agenda-item__go is-confirming' : 'agenda-item__go'}
                  disabled={busy}
                  data-testid={`phase-goto-${index}`}
                  title={confirming === index ? undefined : t('console.gotoLabel', { title: phase.title })}
                  aria-label={
                    confirming === index
                      ? t('console.confirmGoto', { title: phase.title })
                      : t('console.gotoLabel', { title: phase.title })
                  }
                  onClick={() => {
                    if (confirming === index) {
                      setConfirming(null);
                      void run({ type: 'phase.goto', phaseIndex: index });
                    } else {
                      setConfirming(index);
                    }
                  }}
                >
                  {confirming === index ? (
                    t('console.confirm')
                  ) : (
                    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                      <path d="M7 4.5v15l12-7.5z" fill="currentColor" />
                    </svg>
                  )}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** ◀ resets nothing, but it moves everybody: say so, and what comes back. */
function PhaseBackDialog({
  index,
  title,
  onConfirm,
  onCancel,
}: {
  /** 1-based number of the phase to go back to. */
  index: number;
  title: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('steps.phaseBack.title', { index, title })}
      confirmLabel={t('steps.phaseBack.confirm', { index })}
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="phase-back-dialog"
    >
      <p>{t('steps.phaseBack.text', { title })}</p>
      <p>{t('steps.timerPaused')}</p>
    </ConfirmDialog>
  );
}
