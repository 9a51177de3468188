import { useTranslation } from 'react-i18next';
import type { Ship } from '@mutopia/shared/board/ships';
import { useDefinition } from '../../workshop/useWorkshop';
import { formatDue, shipMeta } from './shipMeta';

/** A ship's card read-only: on the projector, in print, for anyone who only looks. */
export function ShipCargo({ ship }: { ship: Ship }) {
  const { t, i18n } = useTranslation();
  const definition = useDefinition();
  const { perspective, budget, origin } = shipMeta(definition, ship);
  return (
    <div className="ship-cargo" data-testid="ship-cargo">
      {ship.questionText && (
        <p className="ship-cargo__question">
          <span className="ship-cargo__label">{t('boardContent.ships.fields.question')}: </span>
          {ship.questionText}
        </p>
      )}
      {(perspective || budget) && (
        <p className="ship-cargo__facts">
          {perspective && (
            <span>
              <span className="ship-cargo__label">{t('boardContent.ships.fields.perspective')}: </span>
              {perspective.name}
            </span>
          )}
          {budget && (
            <span>
              <span className="ship-cargo__label">{t('boardContent.ships.fields.budget')}: </span>
              {budget.label}
            </span>
          )}
        </p>
      )}
      {ship.approach && (
        <div className="ship-cargo__block">
          <h4 className="ship-cargo__label">{t('boardContent.ships.fields.approach')}</h4>
          <p className="ship-cargo__text">{ship.approach}</p>
        </div>
      )}
      <div className="ship-cargo__block">
        <h4 className="ship-cargo__label">{t('boardContent.ships.fields.steps')}</h4>
        {ship.steps.length === 0 ? (
          <p className="content-panel__hint">{t('boardContent.ships.noSteps')}</p>
        ) : (
          <ol className="ship-cargo__steps">
            {ship.steps.map((step) => (
              <li key={step.id} data-done={step.done || undefined}>
                <span className="ship-cargo__check" aria-hidden="true">
                  {step.done ? '☑' : '☐'}
                </span>
                <span className={step.done ? 'ship-cargo__step is-done' : 'ship-cargo__step'}>
                  {step.text}
                  {step.done && <span className="visually-hidden"> ({t('boardContent.ships.stepDone')})</span>}
                </span>
                {(step.owner || step.due) && (
                  <span className="ship-cargo__step-meta">
                    {[step.owner, step.due && formatDue(step.due, i18n.language)].filter(Boolean).join(' · ')}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
      {ship.crew.length > 0 && (
        <div className="ship-cargo__block">
          <h4 className="ship-cargo__label">{t('boardContent.ships.fields.crew')}</h4>
          <ul className="ship-cargo__crew">
            {ship.crew.map((m) => (
              <li key={m.id}>{[m.name, m.organisation].filter((x) => x.trim()).join(', ')}</li>
            ))}
          </ul>
        </div>
      )}
      {(origin || ship.carriedFrom) && (
        <p className="ship-cargo__origin">
          {ship.carriedFrom ? t('boardContent.ships.carried') : t('boardContent.ships.from', { station: origin })}
        </p>
      )}
    </div>
  );
}
