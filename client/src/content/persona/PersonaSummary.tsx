import { useTranslation } from 'react-i18next';
import { isBlankPainPoint, type Persona } from '@mutopia/shared/board/persona';
import type { Station } from '@mutopia/shared/workshop/definition';

/**
 * The persona read-only: on the projector (large), in the team's pack at
 * other stations (compact), for anyone who may not edit the card.
 */
export function PersonaSummary({
  persona,
  themes,
  compact = false,
}: {
  persona: Persona;
  themes: readonly Station[];
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const themeName = (id: string) => themes.find((s) => s.id === id)?.name;
  const facts = [persona.age, persona.origin, persona.profession, persona.qualification].filter((f) => f.trim());
  const painPoints = persona.painPoints.filter((p) => !isBlankPainPoint(p));
  const long = compact ? (['goals'] as const) : (['residenceStatus', 'family', 'goals', 'story'] as const);
  return (
    <div className="persona-summary" data-testid="persona-summary">
      <p className="persona-summary__name" data-testid="persona-name">
        {persona.name || t('boardContent.persona.title')}
      </p>
      {(facts.length > 0 || persona.germanLevel) && (
        <p className="persona-summary__facts">
          {facts.join(' · ')}
          {persona.germanLevel && (
            <span className="persona-level" data-testid="persona-level">
              {t('boardContent.persona.germanBadge', { level: persona.germanLevel })}
            </span>
          )}
        </p>
      )}
      {long.map(
        (field) =>
          persona[field].trim() && (
            <div key={field} className="persona-summary__block">
              <h3 className="persona-summary__label">{t(`boardContent.persona.fields.${field}`)}</h3>
              <p className="persona-summary__text">{persona[field]}</p>
            </div>
          ),
      )}
      {painPoints.length > 0 && (
        <div className="persona-summary__block">
          <h3 className="persona-summary__label">{t('boardContent.persona.fields.painPoints')}</h3>
          <ul className="persona-pains" data-testid="persona-pain-points">
            {painPoints.map((point) => (
              <li key={point.id} className="persona-pains__item">
                <span>{point.text}</span>
                {point.themeIds.map((id) => {
                  const name = themeName(id);
                  return name ? (
                    <span key={id} className="theme-tag">
                      {name}
                    </span>
                  ) : null;
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
