import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { CONTENT_LIMITS } from '@mutopia/shared/board/content-limits';
import {
  CEFR_LEVELS,
  cefrLevelSchema,
  isPersonaEmpty,
  PERSONA_LONG_FIELDS,
  setGermanLevel,
  setPersonaText,
  type PersonaTextField,
} from '@mutopia/shared/board/persona';
import { useDefinition } from '../../workshop/useWorkshop';
import { CollabText } from '../CollabText';
import { PainPoints } from './PersonaPainPoints';
import { PersonaSummary } from './PersonaSummary';
import { themeStations, usePersona } from './usePersona';

import './persona.css';
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
