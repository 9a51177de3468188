import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionCommand } from '@mutopia/shared/workshop/session-commands';
import type { CommandOutcome } from '../connection';
import './timer-set-form.css';

const MAX_MINUTES = 600;

/** "Set to N minutes": one entry instead of 28 clicks on −1. Enter submits. */
export function TimerSetForm({
  disabled,
  run,
}: {
  disabled: boolean;
  run: (command: SessionCommand) => Promise<CommandOutcome>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [minutes, setMinutes] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes.replace(',', '.'));
    if (minutes.trim() === '' || !Number.isFinite(value)) return;
    const outcome = await run({ type: 'timer.set', minutes: value });
    if (outcome.ok) setMinutes('');
  };

  return (
    <form className="timer-set" title={t('steps.timerSet.title')} onSubmit={(e) => void submit(e)}>
      <label className="visually-hidden" htmlFor={`${id}-minutes`}>
        {t('steps.timerSet.label')}
      </label>
      <input
        id={`${id}-minutes`}
        className="input timer-set__input"
        type="number"
        inputMode="decimal"
        min={0}
        max={MAX_MINUTES}
        step="any"
        required
        value={minutes}
        data-testid="timer-set-minutes"
        onChange={(e) => setMinutes(e.target.value)}
      />
      <span className="timer-set__unit" aria-hidden="true">
        {t('steps.timerSet.unit')}
      </span>
      <button
        type="submit"
        className="button button--secondary button--small"
        disabled={disabled}
        data-testid="timer-set"
      >
        {t('steps.timerSet.submit')}
      </button>
    </form>
  );
}
