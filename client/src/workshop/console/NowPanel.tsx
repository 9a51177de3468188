import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPhase } from '@mutopia/shared/workshop/phases';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useCommands } from '../components';
import { roundInfo } from '../overview';
import { Timer } from '../Timer';
import { useSession, useDefinition } from '../useWorkshop';
import { usePhaseMode } from './Agenda';
import { TimerSetForm } from './TimerSetForm';

import './now-panel.css';
const ADJUSTMENTS = [
  { minutes: -1, testId: 'timer-sub-1' },
  { minutes: 1, testId: 'timer-add-1' },
  { minutes: 5, testId: 'timer-add-5' },
] as const;

export function NowPanel() {
  const { t } = useTranslation();
  const definition = useDefinition();
  const state = useSession((s) => s.state);
  const { run, busy, error } = useCommands();
  const modeOf = usePhaseMode();
  const phase = state ? currentPhase(definition, state) : undefined;
  const rounds = state ? roundInfo(definition, state) : null;
  const timer = state?.timer ?? null;
  const [confirmingBack, setConfirmingBack] = useState(false);

  return (
    <section className="panel now-panel" aria-labelledby="now-heading" data-testid="now-panel">
      <div className="now-panel__top">
        <div className="now-panel__phase">
          <span className="panel-eyebrow">
            {phase && state?.phaseIndex != null
              ? t('console.phaseOf', { index: state.phaseIndex + 1, count: definition.phases.length })
              : t('console.notStarted')}
          </span>
          <h2 id="now-heading" className="now-panel__title" data-testid="current-phase-title">
            {phase ? phase.title : t('console.beforeStart')}
          </h2>
          {phase && <p className="now-panel__mode">{modeOf(phase)}</p>}
        </div>
        <div className="now-panel__timer">
          <Timer variant="large" progress />
        </div>
      </div>
      {phase?.instruction && <p className="now-panel__instruction">{phase.instruction}</p>}
      <div className="now-panel__controls">
        {rounds && (
          <div className="round-controls" role="group" aria-label={t('console.roundControls')}>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={busy || rounds.round === 0}
              data-testid="round-previous"
              onClick={() => setConfirmingBack(true)}
            >
              {t('console.previousRound')}
            </button>
            <span className="round-controls__label" data-testid="round-label" aria-live="polite">
              {t('console.roundOf', { round: rounds.round + 1, rounds: rounds.rounds })}
            </span>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={busy || rounds.round + 1 >= rounds.rounds}
              data-testid="round-next"
              onClick={() => void run({ type: 'round.next' })}
            >
              {t('console.nextRound')}
            </button>
          </div>
        )}
        <div className="timer-controls" role="group" aria-label={t('console.timerControls')}>
          {timer?.running ? (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={busy}
              data-testid="timer-pause"
              onClick={() => void run({ type: 'timer.pause' })}
            >
              {t('console.pause')}
            </button>
          ) : timer && timer.remainingMs > 0 ? (
            <button
              type="button"
              className="button button--primary button--small"
              disabled={busy}
              data-testid="timer-resume"
              onClick={() => void run({ type: 'timer.resume' })}
            >
              {t('console.resume')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy || !phase}
            data-testid="timer-start"
            title={phase ? t('console.restartTitle', { count: phase.durationMinutes }) : undefined}
            onClick={() => void run({ type: 'timer.start' })}
          >
            {t('console.restart')}
          </button>
          <span className="timer-controls__unit" aria-hidden="true">
            {t('console.min')}
          </span>
          {ADJUSTMENTS.map(({ minutes, testId }) => (
            <button
              key={testId}
              type="button"
              className="button button--secondary button--small button--compact"
              disabled={busy || !timer}
              data-testid={testId}
              aria-label={
                minutes > 0
                  ? t('console.addMinutesLabel', { count: minutes })
                  : t('console.subtractMinutesLabel', { count: -minutes })
              }
              onClick={() => void run({ type: 'timer.add', minutes })}
            >
              {minutes > 0 ? `+${minutes}` : `−${-minutes}`}
            </button>
          ))}
          <TimerSetForm disabled={busy || !phase} run={run} />
        </div>
      </div>
      {confirmingBack && rounds && rounds.round > 0 && (
        <ConfirmDialog
          title={t('steps.roundBack.title', { round: rounds.round })}
          confirmLabel={t('steps.roundBack.confirm', { round: rounds.round })}
          onConfirm={() => {
            setConfirmingBack(false);
            void run({ type: 'round.previous' });
          }}
          onCancel={() => setConfirmingBack(false)}
          testId="round-back-dialog"
        >
          <p>{t('steps.roundBack.text', { round: rounds.round })}</p>
          <p>{t('steps.timerPaused')}</p>
        </ConfirmDialog>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="now-error">
          {error}
        </p>
      )}
    </section>
  );
}
