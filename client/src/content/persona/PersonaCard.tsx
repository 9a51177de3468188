import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { CONTENT_LIMITS } from '@mutopia/shared/board/content-limits';
import {
  addPainPoint,
  CEFR_LEVELS,
  cefrLevelSchema,
  isPersonaEmpty,
  PERSONA_LONG_FIELDS,
  removePainPoint,
  setGermanLevel,
  setPersonaText,
  updatePainPoint,
  type PainPoint,
  type PersonaTextField,
} from '@mutopia/shared/board/persona';
import type { Station } from '@mutopia/shared/workshop/definition';
import { CloseIcon } from '../../ui/icons';
import { useDefinition } from '../../workshop/useWorkshop';
import { CollabText } from '../CollabText';
import { PersonaSummary } from './PersonaSummary';
import { themeStations, usePersona } from './usePersona';

const LINE_FIELDS: readonly PersonaTextField[] = ['name', 'age', 'origin', 'profession', 'qualification'];

/**
 * The persona card of a team space. Team members and facilitators edit it
 * field by field (every field is a Y.Text, so two people typing both keep
 * their words); everybody else, the projector included, reads it.
 */
export function PersonaCard({
  doc,
  origin,
  editable,
  large = false,
}: {
  doc: Y.Doc;
  origin: object;
  editable: boolean;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const themes = themeStations(definition);
  const persona = usePersona(doc);
  const [filling, setFilling] = useState(false);
  const headingId = useId();
  if (!persona) return null;
  const empty = isPersonaEmpty(persona);
  const classes = ['content-panel', 'persona'];
  if (large) classes.push('content-panel--large');

  let body;
  if (!editable) {
    body = empty ? (
      <p className="content-panel__hint">{t('boardContent.persona.emptyReadOnly')}</p>
    ) : (
      <PersonaSummary persona={persona} themes={themes} />
    );
  } else if (empty && !filling) {
    body = (
      <div className="persona__empty" data-testid="persona-empty">
        <p className="persona__empty-title">{t('boardContent.persona.emptyTitle')}</p>
        <p className="content-panel__hint">{t('boardContent.persona.emptyText')}</p>
        <button
          type="button"
          className="button button--primary button--small"
          data-testid="persona-fill"
          onClick={() => setFilling(true)}
        >
          {t('boardContent.persona.fill')}
        </button>
      </div>
    );
  } else {
    const text = (field: PersonaTextField, autoFocus = false) => (
      <label className="content-field" key={field}>
        <span className="content-field__label">{t(`boardContent.persona.fields.${field}`)}</span>
        <CollabText
          className={PERSONA_LONG_FIELDS.has(field) ? 'input textarea' : 'input'}
          multiline={PERSONA_LONG_FIELDS.has(field)}
          rows={field === 'story' ? 5 : 3}
          maxLength={PERSONA_LONG_FIELDS.has(field) ? CONTENT_LIMITS.longText : CONTENT_LIMITS.shortText}
          value={persona[field]}
          onChange={(next) => setPersonaText(doc, field, next, origin)}
          testId={`persona-${field}`}
          autoFocus={autoFocus}
        />
      </label>
    );
    body = (
      <div className="persona__form">
        <div className="persona__grid">
          {LINE_FIELDS.map((field) => text(field, field === 'name' && empty))}
          <label className="content-field">
            <span className="content-field__label">{t('boardContent.persona.fields.germanLevel')}</span>
            <select
              className="input select"
              value={persona.germanLevel}
              data-testid="persona-germanLevel"
              onChange={(e) => {
                const level = cefrLevelSchema.safeParse(e.currentTarget.value);
                setGermanLevel(doc, level.success ? level.data : '', origin);
              }}
            >
              <option value="">{t('boardContent.persona.levelNone')}</option>
              {CEFR_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`boardContent.persona.levels.${level}`)}
                </option>
              ))}
            </select>
          </label>
          {text('residenceStatus')}
        </div>
        {text('family')}
        {text('goals')}
        <PainPoints doc={doc} origin={origin} points={persona.painPoints} themes={themes} />
        {text('story')}
      </div>
    );
  }

  return (
    <section className={classes.join(' ')} aria-labelledby={headingId} data-testid="persona-card">
      <h2 className="content-panel__title" id={headingId}>
        {t('boardContent.persona.title')}
      </h2>
      {body}
    </section>
  );
}

function PainPoints({
  doc,
  origin,
  points,
  themes,
}: {
  doc: Y.Doc;
  origin: object;
  points: readonly PainPoint[];
  themes: readonly Station[];
}) {
  const { t } = useTranslation();
  const [full, setFull] = useState(false);
  // One pain point's theme choice open at a time: five room names under every point would bury the card.
  const [choosing, setChoosing] = useState<string | null>(null);
  const headingId = useId();
  const groupId = useId();
  const toggleTheme = (point: PainPoint, themeId: string) => {
    const themeIds = point.themeIds.includes(themeId)
      ? point.themeIds.filter((id) => id !== themeId)
      : [...point.themeIds, themeId];
    updatePainPoint(doc, point.id, { themeIds }, origin);
  };
  return (
    <div className="persona-pains-editor" role="group" aria-labelledby={headingId}>
      <h3 className="content-field__label" id={headingId}>
        {t('boardContent.persona.fields.painPoints')}
      </h3>
      {points.length === 0 && <p className="content-panel__hint">{t('boardContent.persona.noPainPoints')}</p>}
      <ol className="persona-pains-editor__list">
        {points.map((point, index) => {
          const n = index + 1;
          return (
            <li key={point.id} className="persona-pain" data-testid="persona-pain-point">
              <div className="persona-pain__row">
                <CollabText
                  className="input textarea persona-pain__text"
                  multiline
                  rows={2}
                  maxLength={CONTENT_LIMITS.longText}
                  value={point.text}
                  placeholder={t('boardContent.persona.painPointPlaceholder')}
                  aria-label={t('boardContent.persona.painPoint', { n })}
                  onChange={(next) => updatePainPoint(doc, point.id, { text: next }, origin)}
                  testId="persona-pain-text"
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('boardContent.persona.removePainPoint', { n })}
                  title={t('boardContent.persona.removePainPoint', { n })}
                  data-testid="persona-pain-remove"
                  onClick={() => {
                    removePainPoint(doc, point.id, origin);
                    setFull(false);
                  }}
                >
                  <CloseIcon size={16} />
                </button>
              </div>
              {themes.length > 0 && (
                <div className="persona-pain__themes">
                  {point.themeIds.map((id) => {
                    const theme = themes.find((s) => s.id === id);
                    return theme ? (
                      <span key={id} className="theme-tag">
                        {theme.name}
                      </span>
                    ) : null;
                  })}
                  <button
                    type="button"
                    className="theme-choose"
                    aria-expanded={choosing === point.id}
                    aria-controls={`${groupId}-${point.id}`}
                    data-testid="persona-pain-themes"
                    onClick={() => setChoosing(choosing === point.id ? null : point.id)}
                  >
                    {t('boardContent.persona.chooseThemes')}
                  </button>
                </div>
              )}
              {choosing === point.id && (
                <div
                  className="theme-toggles"
                  id={`${groupId}-${point.id}`}
                  role="group"
                  aria-label={t('boardContent.persona.themesOf', { n })}
                >
                  {themes.map((theme) => (
                    <button
                      key={theme.id}
                      type="button"
                      className="theme-toggle"
                      aria-pressed={point.themeIds.includes(theme.id)}
                      data-testid="persona-pain-theme"
                      data-theme-id={theme.id}
                      onClick={() => toggleTheme(point, theme.id)}
                    >
                      {theme.name}
                    </button>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="persona-pain-add"
        disabled={points.length >= CONTENT_LIMITS.painPoints}
        onClick={() => setFull(addPainPoint(doc, '', [], origin) === null)}
      >
        {t('boardContent.persona.addPainPoint')}
      </button>
      {(full || points.length >= CONTENT_LIMITS.painPoints) && (
        <p className="content-panel__hint" role="status">
          {t('boardContent.persona.painPointsFull')}
        </p>
      )}
    </div>
  );
}
