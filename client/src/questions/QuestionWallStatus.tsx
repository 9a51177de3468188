import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { stationPath } from '../workshop/links';
import { useDefinition, useWorkshop } from '../workshop/useWorkshop';
import { useQuestionActions, useQuestions } from './useQuestions';

import './question-wall-status.css';
/** The console's card for the question wall: how many teams submitted, open/close, the way to the wall. */
export function QuestionWallStatus() {
  const { t } = useTranslation();
  const { workshopId } = useWorkshop();
  const definition = useDefinition();
  const wall = useQuestions();
  const { send, busy, error } = useQuestionActions();
  const id = useId();
  const station = definition.stations.find((s) => s.kind === 'questionWall');
  if (!station) return null;
  const teamIds = new Set(definition.teams.map((x) => x.id));
  const submitted = wall?.questions.filter((q) => teamIds.has(q.teamId)).length ?? 0;
  const promoted = wall?.questions.filter((q) => q.promotedRank !== null).length ?? 0;
  return (
    <section className="panel side-card" aria-labelledby={`${id}-heading`} data-testid="question-wall-status">
      <h2 id={`${id}-heading`} className="panel-title">
        {t('questions.console.heading')}
      </h2>
      {wall && (
        <>
          <p className="question-status__line">
            <strong data-testid="question-status-count">
              {t('questions.console.count', { submitted, total: definition.teams.length })}
            </strong>
            {promoted > 0 && <span> · {t('questions.console.promoted', { count: promoted })}</span>}
          </p>
          <p className="question-status__line">
            <span className={`question-wall__state ${wall.open ? 'is-open' : 'is-closed'}`}>
              {wall.open ? t('questions.wall.open') : t('questions.wall.closed')}
            </span>
          </p>
          <div className="question-status__actions">
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={busy}
              data-testid="question-status-toggle"
              onClick={() => void send('question:open', { open: !wall.open })}
            >
              {wall.open ? t('questions.wall.close') : t('questions.wall.reopen')}
            </button>
            <Link
              href={stationPath(workshopId, station.id)}
              className="button button--primary button--small"
              data-testid="question-status-open"
            >
              {t('questions.console.openWall')}
            </Link>
          </div>
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
