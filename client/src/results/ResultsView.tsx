import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasResults, type ResultQuestion, type WorkshopResults } from '@mutopia/shared/results/results-schema';
import { VoteBars } from '../votes/VoteBars';
import { formatDate } from './format';
import { PersonaSummary } from './PersonaSummary';
import { ShipCard } from './ShipCard';
import { StationNotes } from './StationNotes';
import { teamChipStyle } from '../ui/team-chip-style';

import './results.css';
import './results-print.css';
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="results-section" aria-labelledby={`results-${id}`} data-testid={`results-${id}`}>
      <h2 id={`results-${id}`} className="results-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function TeamTag({ question }: { question: ResultQuestion }) {
  return (
    <span className="result-team" style={teamChipStyle(question.teamColor)}>
      {question.teamName}
    </span>
  );
}

/**
 * The results as a document: header, promoted questions, ships, insights per
 * room, votes, personas and the remaining questions. Read-only; the facilitator
 * page adds its toolbar above and the board links below.
 */
export function ResultsView({
  results,
  eyebrow,
  toolbar,
  after,
}: {
  results: WorkshopResults;
  eyebrow: string;
  toolbar?: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation();
  const { workshop } = results;
  const others = results.questions.filter((q) => q.promotedRank === null);
  return (
    <article className="results" data-testid="results">
      <header className="results-header">
        <p className="results-header__eyebrow">{eyebrow}</p>
        <h1 className="results-header__title" data-testid="results-title">
          {workshop.title}
        </h1>
        {(workshop.date || workshop.venue) && (
          <dl className="results-header__facts">
            {workshop.date && (
              <div>
                <dt>{t('results.date')}</dt>
                <dd>{formatDate(workshop.date)}</dd>
              </div>
            )}
            {workshop.venue && (
              <div>
                <dt>{t('results.venue')}</dt>
                <dd>{workshop.venue}</dd>
              </div>
            )}
          </dl>
        )}
        {workshop.guidingQuestion.trim() && (
          <blockquote className="results-header__question">
            <span className="visually-hidden">{t('results.guidingQuestion')}: </span>
            {workshop.guidingQuestion}
          </blockquote>
        )}
      </header>
      {toolbar}
      {!hasResults(results) && <p className="results-empty">{t('results.empty')}</p>}

      {results.promotedQuestions.length > 0 && (
        <Section id="promoted" title={t('results.sections.promoted')}>
          <ol className="result-questions">
            {results.promotedQuestions.map((q) => (
              <li key={q.id} className="result-question" data-testid="result-promoted-question">
                <span className="result-question__rank" aria-hidden="true">
                  {q.promotedRank}
                </span>
                <span className="result-question__text">{q.text}</span>
                <TeamTag question={q} />
              </li>
            ))}
          </ol>
        </Section>
      )}

      {results.ships.length > 0 && (
        <Section id="ships" title={t('results.sections.ships')}>
          <div className="result-ships">
            {results.ships.map((ship) => (
              <ShipCard key={ship.id} ship={ship} />
            ))}
          </div>
        </Section>
      )}

      {results.insights.length > 0 && (
        <Section id="insights" title={t('results.sections.insights')}>
          <div className="result-rooms">
            {results.insights.map((room) => (
              <div key={room.stationId} className="result-room" data-testid="result-room">
                <h3 className="result-room__title">{room.stationName}</h3>
                <ol className="result-list">
                  {room.insights.map((insight) => (
                    <li key={insight.id}>{insight.text}</li>
                  ))}
                </ol>
              </div>
            ))}
          </div>
        </Section>
      )}

      {results.votes.length > 0 && (
        <Section id="votes" title={t('results.sections.votes')}>
          {results.votes.map((vote) => (
            <div key={vote.id} className="result-vote" data-testid="result-vote">
              <h3 className="result-room__title">
                {vote.title}
                {vote.stationName && (
                  <span className="result-vote__station">
                    {' '}
                    {t('results.vote.station', { station: vote.stationName })}
                  </span>
                )}
              </h3>
              <VoteBars
                items={vote.items}
                tallies={Object.fromEntries(vote.items.map((i) => [i.id, i.count]))}
                promoted={vote.promoted}
                testId="result-vote-bars"
              />
            </div>
          ))}
        </Section>
      )}

      {results.personas.length > 0 && (
        <Section id="personas" title={t('results.sections.personas')}>
          <div className="result-personas">
            {results.personas.map((entry) => (
              <PersonaSummary key={entry.stationId} entry={entry} />
            ))}
          </div>
        </Section>
      )}

      {others.length > 0 && (
        <Section
          id="questions"
          title={
            results.promotedQuestions.length ? t('results.sections.otherQuestions') : t('results.sections.questions')
          }
        >
          <ul className="result-questions result-questions--plain">
            {others.map((q) => (
              <li key={q.id} className="result-question" data-testid="result-question">
                <span className="result-question__text">{q.text}</span>
                <TeamTag question={q} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {results.boards.length > 0 && <StationNotes boards={results.boards} />}
      {after}
    </article>
  );
}
