import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesView } from '@mutopia/shared/series/series-schemas';
import { useOpenSession } from './useOpenSession';
import { formatDate } from './format';

/** The sessions created so far: published or not, open ships, and a way into each one's console. */
export function SessionsPanel({ seriesId, token, view }: { seriesId: string; token: string; view: SeriesView }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { open, busy, error } = useOpenSession(seriesId, token);
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="series-sessions">
      <h2 id={`${id}-title`} className="panel-title">
        {t('series.sessions.heading')}
      </h2>
      {view.sessions.length === 0 ? (
        <p className="card__text">{t('series.sessions.empty')}</p>
      ) : (
        <ul className="session-list">
          {view.sessions.map((session) => (
            <li
              key={session.workshopId}
              className="session-item"
              data-testid="series-session"
              data-workshop-id={session.workshopId}
            >
              <div className="session-item__text">
                <span className="session-item__date">
                  {session.date ? formatDate(session.date, i18n.resolvedLanguage) : t('series.sessions.noDate')}
                </span>
                <span className="session-item__title">{session.title}</span>
                <span className="session-item__facts">
                  {session.publicPath ? (
                    <a
                      className="series-chip is-published"
                      href={session.publicPath}
                      target="_blank"
                      rel="noreferrer"
                      data-testid="session-published"
                    >
                      {t('series.sessions.published')}
                    </a>
                  ) : (
                    <span className="series-chip" data-testid="session-unpublished">
                      {session.published ? t('series.sessions.published') : t('series.sessions.unpublished')}
                    </span>
                  )}
                  <span className="series-chip" data-testid="session-open-ships">
                    {t('series.sessions.openShips', { count: session.openShips })}
                  </span>
                </span>
              </div>
              <button
                type="button"
                className="button button--primary button--small"
                disabled={busy !== null}
                data-testid="session-facilitate"
                aria-label={t('series.sessions.facilitateLabel', { title: session.title })}
                onClick={() => void open(session.workshopId, session.title)}
              >
                {busy === session.workshopId ? t('series.sessions.opening') : t('series.sessions.facilitate')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="form-error" role="alert">
          {t(`errors.${error}`)}
        </p>
      )}
    </section>
  );
}
