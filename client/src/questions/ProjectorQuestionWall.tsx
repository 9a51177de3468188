import { useTranslation } from 'react-i18next';
import type { Station } from '@mutopia/shared/workshop/definition';
import { FitPages } from '../workshop/projector/FitPages';
import { useDefinition } from '../workshop/useWorkshop';
import { useQuestions } from './useQuestions';
import { WallQuestionItem } from './WallQuestionItem';
import { groupByTheme, questionThemes } from './wall-model';

import './projector-question-wall.css';
/**
 * The question wall on a projector: every question, grouped by theme, flowing
 * in newspaper columns so no theme column runs off the screen; the type shrinks
 * until all fit, else the pages turn by themselves ("Seite 2 von 3").
 */
export function ProjectorQuestionWall({ station }: { station: Station }) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const wall = useQuestions();
  if (!wall) {
    return (
      <div className="question-wall question-wall--viewer" data-testid="question-wall">
        <p className="question-wall__empty">{t('questions.loading')}</p>
      </div>
    );
  }
  const teamIds = new Set(definition.teams.map((x) => x.id));
  const submitted = wall.questions.filter((q) => teamIds.has(q.teamId)).length;
  const columns = groupByTheme(definition, wall.questions);
  const themes = questionThemes(definition);
  const chosen = wall.questions.filter((q) => q.promotedRank !== null).length;

  return (
    <div className="question-wall question-wall--viewer" data-testid="question-wall" data-station-id={station.id}>
      <header className="question-wall__head">
        <p className="question-wall__count" data-testid="question-wall-count">
          {t('questions.wall.count', { submitted, total: definition.teams.length })}
        </p>
        {chosen > 0 && (
          <p className="question-wall__chosen" data-testid="question-wall-chosen">
            {t('projectorScreens.chosen', { count: chosen })}
          </p>
        )}
        <span
          className={`question-wall__state ${wall.open ? 'is-open' : 'is-closed'}`}
          data-testid="question-wall-state"
          data-open={wall.open}
        >
          {wall.open ? t('questions.wall.open') : t('questions.wall.closed')}
        </span>
      </header>
      {columns.length === 0 ? (
        <p className="question-wall__empty">{t('questions.wall.empty')}</p>
      ) : (
        <div className="question-wall__pages" lang={definition.locale}>
          <FitPages columnWidth={16} label={t('projectorScreens.questions')} testId="question-wall-pages">
            {columns.map((column) => (
              <section
                key={column.themeId ?? 'none'}
                className="question-wall__column"
                aria-label={column.name ?? t('questions.wall.noTheme')}
                data-testid="question-wall-column"
                data-theme-id={column.themeId ?? ''}
              >
                <h2 className="question-wall__theme fit-pages__heading">
                  {column.name ?? t('questions.wall.noTheme')}{' '}
                  <span className="question-wall__theme-count">
                    {t('questions.wall.themeCount', { count: column.questions.length })}
                  </span>
                </h2>
                <ul className="question-wall__list">
                  {column.questions.map((q) => (
                    <WallQuestionItem
                      key={q.id}
                      question={q}
                      team={definition.teams.find((x) => x.id === q.teamId)}
                      themes={themes}
                      mine={false}
                      actions={null}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </FitPages>
        </div>
      )}
    </div>
  );
}
