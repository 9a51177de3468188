import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createShip, type Ship } from '@mutopia/shared/board/ships';
import type { BoardSession } from '../../board/session';
import { ALL_SHIPS, filterFleet, fleetFilter, NO_QUESTION } from './fleet';
import { printOnly } from './print';
import { ShipDialog } from './ShipDialog';
import { ShipTile } from './ShipTile';
import { useQuestionChoices } from './useQuestionChoices';
import { useShips } from './useShips';
import { FitPages } from '../../workshop/projector/FitPages';
import { useDefinition } from '../../workshop/useWorkshop';

import './harbour.css';
import './harbour-present.css';
/**
 * The harbour station: every ship of the workshop as a fleet, filtered by the
 * question it answers. Ships arrive live from the [M]Utopie stations and from
 * the server (promoted approaches); anyone on board opens one to edit it.
 */
export function Harbour({
  session,
  readOnly,
  present = false,
}: {
  session: BoardSession;
  readOnly: boolean;
  /** On a projector: every ship on screen, fitted or paged (FitPages). */
  present?: boolean;
}) {
  const { t } = useTranslation();
  const ships = useShips(session.doc);
  const questions = useQuestionChoices();
  const [filter, setFilter] = useState(ALL_SHIPS);
  const [openId, setOpenId] = useState<string | null>(null);
  const [full, setFull] = useState(false);
  // Printing shows every ship's whole card: rendered for the print only, then folded again.
  const [printing, setPrinting] = useState(false);
  const headingId = useId();
  const filterId = useId();
  useEffect(() => {
    if (!printing) return;
    printOnly('harbour');
    setPrinting(false);
  }, [printing]);
  if (!ships) return null;
  const { total, options, withoutQuestion } = fleetFilter(ships, questions);
  const fleet = filterFleet(ships, filter);
  const openShip = ships.find((s) => s.id === openId);

  return (
    <section
      className={present ? 'harbour harbour--large harbour--present' : readOnly ? 'harbour harbour--large' : 'harbour'}
      aria-labelledby={headingId}
      data-testid="harbour"
    >
      <header className="harbour__bar">
        <h2 className="harbour__title" id={headingId}>
          {t('boardContent.harbour.title')}
          <span className="harbour__count" data-testid="harbour-count">
            {t('boardContent.harbour.count', { count: fleet.length })}
          </span>
        </h2>
        {!readOnly && (
          <div className="harbour__filter no-print">
            <label className="content-field__label" htmlFor={filterId}>
              {t('boardContent.harbour.filter')}
            </label>
            <select
              id={filterId}
              className="input select"
              value={filter}
              data-testid="harbour-filter"
              onChange={(e) => setFilter(e.currentTarget.value)}
            >
              <option value={ALL_SHIPS}>{t('boardContent.harbour.all', { count: total })}</option>
              {options.map((o) => (
                <option key={o.key} value={o.key}>
                  {t('boardContent.harbour.option', { question: o.label, count: o.count })}
                </option>
              ))}
              {withoutQuestion > 0 && (
                <option value={NO_QUESTION}>
                  {t('boardContent.harbour.withoutQuestion', { count: withoutQuestion })}
                </option>
              )}
            </select>
          </div>
        )}
        {!readOnly && (
          <div className="harbour__actions no-print">
            <button
              type="button"
              className="button button--primary button--small"
              data-testid="harbour-new-ship"
              onClick={() => {
                const id = createShip(session.doc, { title: '' }, session.origin);
                setFull(id === null);
                setOpenId(id);
              }}
            >
              {t('boardContent.harbour.newShip')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setPrinting(true)}>
              {t('boardContent.ships.print')}
            </button>
          </div>
        )}
      </header>
      {full && (
        <p className="form-error harbour__error" role="alert">
          {t('boardContent.ships.harbourFull')}
        </p>
      )}
      {fleet.length === 0 ? (
        <p className="harbour__empty" data-testid="harbour-empty">
          {total === 0 ? t('boardContent.harbour.empty') : t('boardContent.harbour.emptyFilter')}
        </p>
      ) : present ? (
        <HarbourFleetOnScreen ships={ships} options={options} withoutQuestion={withoutQuestion} />
      ) : readOnly && !printing ? (
        // Nobody picks a filter on a read-only board: the fleet sails in one squadron per question.
        <Squadrons ships={ships} options={options} withoutQuestion={withoutQuestion} />
      ) : (
        <ul className="harbour__fleet">
          {fleet.map((ship) => (
            <li key={ship.id}>
              <ShipTile ship={ship} onOpen={readOnly ? undefined : setOpenId} variant={printing ? 'full' : 'tile'} />
            </li>
          ))}
        </ul>
      )}
      {openShip && (
        <ShipDialog
          doc={session.doc}
          origin={session.origin}
          ship={openShip}
          editable={!readOnly}
          questions={questions}
          onClose={() => setOpenId(null)}
        />
      )}
    </section>
  );
}

type SquadronProps = {
  ships: Ship[];
  options: ReturnType<typeof fleetFilter>['options'];
  withoutQuestion: number;
};

/** One squadron per question (ships without one last), each under its question. */
function Squadrons({ ships, options, withoutQuestion }: SquadronProps) {
  return [...options, { key: NO_QUESTION, label: '', count: withoutQuestion }]
    .filter((o) => o.count > 0)
    .map((o) => (
      <section key={o.key} className="harbour__squadron" data-testid="harbour-squadron">
        {o.key !== NO_QUESTION && <h3 className="harbour__question fit-pages__heading">{o.label}</h3>}
        <ul className="harbour__fleet">
          {filterFleet(ships, o.key).map((ship) => (
            <li key={ship.id} className="fit-pages__item">
              <ShipTile ship={ship} variant="present" />
            </li>
          ))}
        </ul>
      </section>
    ));
}

/** The projector's harbour: all squadrons flowing in columns that fit the screen or turn pages. */
function HarbourFleetOnScreen(props: SquadronProps) {
  const { t } = useTranslation();
  const locale = useDefinition().locale;
  return (
    <div className="harbour__screen" lang={locale}>
      <FitPages columnWidth={17} label={t('boardContent.harbour.title')} testId="harbour-pages">
        <Squadrons {...props} />
      </FitPages>
    </div>
  );
}
