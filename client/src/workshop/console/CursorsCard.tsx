import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../components';
import { useSession } from '../useWorkshop';
import './cursors-card.css';

/** Cursors on or off on every board of the workshop; the server stops relaying pointers when off. */
export function CursorsCard() {
  const { t } = useTranslation();
  const cursorsOff = useSession((s) => s.state?.cursorsOff ?? false);
  const { run, busy, error } = useCommands();
  const id = useId();
  return (
    <section className="panel side-card" aria-labelledby={`${id}-heading`} data-testid="cursors-card">
      <h2 id={`${id}-heading`} className="panel-title">
        {t('cursorsSwitch.heading')}
      </h2>
      <label className="cursors-card__switch" htmlFor={`${id}-on`}>
        <input
          id={`${id}-on`}
          type="checkbox"
          checked={!cursorsOff}
          disabled={busy}
          aria-describedby={`${id}-hint`}
          data-testid="cursors-on"
          onChange={(e) => void run({ type: 'cursors.set', on: e.target.checked })}
        />
        {t('cursorsSwitch.label')}
      </label>
      <p id={`${id}-hint`} className="cursors-card__hint">
        {t('cursorsSwitch.hint')}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
