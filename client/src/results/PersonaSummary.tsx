import { useTranslation } from 'react-i18next';
import type { ResultPersona } from '@mutopia/shared/results/results-schema';
import { teamChipStyle } from '../ui/team-chip-style';

const SHORT_FIELDS = ['age', 'origin', 'profession', 'qualification', 'residenceStatus'] as const;
const LONG_FIELDS = ['family', 'goals', 'story'] as const;

/** A team's persona card in short: the facts in a list, the story and goals as text, the pain points. */
export function PersonaSummary({ entry }: { entry: ResultPersona }) {
  const { t } = useTranslation();
  const { persona } = entry;
  return (
    <article className="result-persona" style={{ borderTopColor: entry.teamColor }} data-testid="result-persona">
      <header className="result-persona__header">
        <h3 className="result-persona__name">{persona.name.trim() || t('results.persona.unnamed')}</h3>
        <span className="result-team" style={teamChipStyle(entry.teamColor)}>
          {entry.teamName}
        </span>
      </header>
      <dl className="result-facts">
        {SHORT_FIELDS.map((field) =>
          persona[field].trim() ? (
            <div key={field} className="result-facts__row">
              <dt>{t(`results.persona.${field}`)}</dt>
              <dd>{persona[field]}</dd>
            </div>
          ) : null,
        )}
        {persona.germanLevel && (
          <div className="result-facts__row">
            <dt>{t('results.persona.germanLevel')}</dt>
            <dd>{persona.germanLevel}</dd>
          </div>
        )}
      </dl>
      {LONG_FIELDS.map((field) =>
        persona[field].trim() ? (
          <div key={field} className="result-persona__text">
            <h4 className="result-ship__subheading">{t(`results.persona.${field}`)}</h4>
            <p>{persona[field]}</p>
          </div>
        ) : null,
      )}
      {persona.painPoints.length > 0 && (
        <div className="result-persona__text">
          <h4 className="result-ship__subheading">{t('results.persona.painPoints')}</h4>
          <ul className="result-list">
            {persona.painPoints.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
