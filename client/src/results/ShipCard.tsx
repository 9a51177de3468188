import { useTranslation } from 'react-i18next';
import type { ResultShip } from '@mutopia/shared/results/results-schema';
import { formatDate } from './format';

/** A solution ship as a card: what it answers, its approach, first steps as a checklist and its crew. */
export function ShipCard({ ship }: { ship: ResultShip }) {
  const { t } = useTranslation();
  const facts = [
    ['question', ship.questionText],
    ['perspective', ship.perspective],
    ['budget', ship.budget],
    ['origin', ship.originStation],
  ] as const;
  const crew = ship.crew.filter((m) => m.name.trim());
  return (
    <article className="result-ship" data-testid="result-ship">
      <header className="result-ship__header">
        <h3 className="result-ship__title">{ship.title.trim() || t('results.ship.untitled')}</h3>
        <span className={ship.open ? 'result-pill' : 'result-pill result-pill--done'}>
          {ship.open ? t('results.ship.underway') : t('results.ship.arrived')}
        </span>
        {ship.carriedFrom && <span className="result-pill">{t('results.ship.carried')}</span>}
      </header>
      {facts.some(([, value]) => value.trim()) && (
        <dl className="result-facts">
          {facts.map(([key, value]) =>
            value.trim() ? (
              <div key={key} className="result-facts__row">
                <dt>{t(`results.ship.${key}`)}</dt>
                <dd>{value}</dd>
              </div>
            ) : null,
          )}
        </dl>
      )}
      {ship.approach.trim() && <p className="result-ship__approach">{ship.approach}</p>}
      <h4 className="result-ship__subheading">{t('results.ship.steps')}</h4>
      {ship.steps.length === 0 ? (
        <p className="result-muted">{t('results.ship.noSteps')}</p>
      ) : (
        <ul className="result-steps">
          {ship.steps.map((step) => (
            <li key={step.id} className={step.done ? 'result-step is-done' : 'result-step'} data-testid="result-step">
              <span
                className="result-step__box"
                role="img"
                aria-label={step.done ? t('results.ship.done') : t('results.ship.notDone')}
              >
                {step.done ? '✓' : ''}
              </span>
              <span className="result-step__body">
                <span className="result-step__text">{step.text}</span>
                {(step.owner.trim() || step.due) && (
                  <span className="result-step__meta">
                    {[
                      step.owner.trim() && t('results.ship.owner', { owner: step.owner }),
                      step.due && t('results.ship.due', { date: formatDate(step.due) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {crew.length > 0 && (
        <p className="result-ship__crew">
          <strong>{t('results.ship.crew')}:</strong>{' '}
          {crew.map((m) => (m.organisation.trim() ? `${m.name} (${m.organisation})` : m.name)).join(', ')}
        </p>
      )}
    </article>
  );
}
