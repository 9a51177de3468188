import { useId, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { CONTENT_LIMITS } from '@mutopia/shared/board/content-limits';
import {
  addPainPoint,
  isBlankPainPoint,
  removePainPoint,
  updatePainPoint,
  type PainPoint,
} from '@mutopia/shared/board/persona';
import type { Station } from '@mutopia/shared/workshop/definition';
import { CloseIcon } from '../../ui/icons';
import { CollabText } from '../CollabText';

/**
 * The persona's pain points, each with the rooms it touches. "Add" puts the
 * caret into the new point, so the next key pressed is its first letter; a
 * point left without a word goes away again.
 */
export function PainPoints({
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
  // The point this person just added: its field takes the focus when it appears.
  const [added, setAdded] = useState<string | null>(null);
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
  const add = () => {
    const id = addPainPoint(doc, '', [], origin);
    setFull(id === null);
    setAdded(id);
  };
  // Focus leaving a point nobody wrote into (not just moving to its own buttons, not the window losing focus).
  const dropIfBlank = (point: PainPoint) => (e: FocusEvent<HTMLLIElement>) => {
    if (e.currentTarget.contains(e.relatedTarget as Node | null) || !document.hasFocus()) return;
    const text = e.currentTarget.querySelector<HTMLTextAreaElement>('textarea')?.value ?? point.text;
    if (!isBlankPainPoint({ ...point, text })) return;
    removePainPoint(doc, point.id, origin);
    setFull(false);
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
            <li key={point.id} className="persona-pain" data-testid="persona-pain-point" onBlur={dropIfBlank(point)}>
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
                  autoFocus={point.id === added}
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
        onClick={add}
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
