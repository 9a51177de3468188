import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../components';
import { useSession } from '../useWorkshop';

const MAX_MESSAGE = 500;

export function BroadcastCard() {
  const { t } = useTranslation();
  const broadcast = useSession((s) => s.state?.broadcast ?? null);
  const { run, busy, error } = useCommands();
  const [message, setMessage] = useState('');
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = message.trim();
    if (!trimmed) return;
    const outcome = await run({ type: 'broadcast', message: trimmed });
    if (outcome.ok) setMessage('');
  };

  return (
    <section className="panel side-card" aria-labelledby={`${id}-heading`} data-testid="broadcast-card">
      <h2 id={`${id}-heading`} className="panel-title">
        {t('console.broadcastHeading')}
      </h2>
      {broadcast && (
        <div className="active-note" data-testid="broadcast-active">
          <span className="active-note__text">„{broadcast.message}“</span>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            data-testid="broadcast-clear"
            onClick={() => void run({ type: 'broadcast.clear' })}
          >
            {t('console.broadcastClear')}
          </button>
        </div>
      )}
      <form className="side-form" onSubmit={(e) => void submit(e)}>
        <label className="field-label" htmlFor={`${id}-message`}>
          {t('console.broadcastLabel')}
        </label>
        <textarea
          id={`${id}-message`}
          className="input textarea"
          rows={2}
          maxLength={MAX_MESSAGE}
          value={message}
          placeholder={t('console.broadcastPlaceholder')}
          data-testid="broadcast-message"
          onChange={(e) => setMessage(e.target.value)}
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || !message.trim()}
          data-testid="broadcast-send"
        >
          {t('console.broadcastSend')}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
