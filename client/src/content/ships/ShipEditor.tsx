import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { CONTENT_LIMITS } from '@mutopia/shared/board/content-limits';
import {
  addCrewMember,
  addShipStep,
  moveShipStep,
  removeCrewMember,
  removeShipStep,
  setShipRefs,
  setShipText,
  updateCrewMember,
  updateShipStep,
  type Ship,
} from '@mutopia/shared/board/ships';
import { CloseIcon } from '../../ui/icons';
import { useDefinition } from '../../workshop/useWorkshop';
import { CollabText } from '../CollabText';
import type { QuestionChoice } from './fleet';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The structured card of one ship, every field editable by everyone on board at once. */
export function ShipEditor({
  doc,
  origin,
  ship,
  questions,
}: {
  doc: Y.Doc;
  origin: object;
  ship: Ship;
  questions: readonly QuestionChoice[];
}) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const id = ship.id;
  const knownQuestion = questions.some((q) => q.id === ship.questionId);
  const knownPerspective = definition.perspectives.some((p) => p.id === ship.perspectiveId);
  const knownBudget = definition.budgetTiers.some((b) => b.id === ship.budgetTierId);
  return (
    <div className="ship-editor" data-testid="ship-editor">
      <label className="content-field">
        <span className="content-field__label">{t('boardContent.ships.fields.title')}</span>
        <CollabText
          className="input ship-editor__title"
          maxLength={CONTENT_LIMITS.shortText}
          value={ship.title}
          onChange={(next) => setShipText(doc, id, 'title', next, origin)}
          testId="ship-title"
        />
      </label>
      <label className="content-field">
        <span className="content-field__label">{t('boardContent.ships.fields.question')}</span>
        <select
          className="input select"
          value={ship.questionId || (ship.questionText ? '#text' : '')}
          data-testid="ship-question"
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === '#text') return;
            const text = questions.find((q) => q.id === value)?.text ?? '';
            setShipRefs(doc, id, { questionId: value, questionText: text }, origin);
          }}
        >
          <option value="">{t('boardContent.ships.noQuestion')}</option>
          {questions.map((q) => (
            <option key={q.id} value={q.id}>
              {q.text}
            </option>
          ))}
          {ship.questionId && !knownQuestion && (
            <option value={ship.questionId}>{ship.questionText || ship.questionId}</option>
          )}
          {!ship.questionId && ship.questionText && <option value="#text">{ship.questionText}</option>}
        </select>
      </label>
      <div className="ship-editor__pair">
        <label className="content-field">
          <span className="content-field__label">{t('boardContent.ships.fields.perspective')}</span>
          <select
            className="input select"
            value={ship.perspectiveId}
            data-testid="ship-perspective"
            onChange={(e) => setShipRefs(doc, id, { perspectiveId: e.currentTarget.value }, origin)}
          >
            <option value="">{t('boardContent.ships.noPerspective')}</option>
            {definition.perspectives.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            {ship.perspectiveId && !knownPerspective && (
              <option value={ship.perspectiveId}>{ship.perspectiveId}</option>
            )}
          </select>
        </label>
        <label className="content-field">
          <span className="content-field__label">{t('boardContent.ships.fields.budget')}</span>
          <select
            className="input select"
            value={ship.budgetTierId}
            data-testid="ship-budget"
            onChange={(e) => setShipRefs(doc, id, { budgetTierId: e.currentTarget.value }, origin)}
          >
            <option value="">{t('boardContent.ships.noBudget')}</option>
            {definition.budgetTiers.map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
              </option>
            ))}
            {ship.budgetTierId && !knownBudget && <option value={ship.budgetTierId}>{ship.budgetTierId}</option>}
          </select>
        </label>
      </div>
      <label className="content-field">
        <span className="content-field__label">{t('boardContent.ships.fields.approach')}</span>
        <CollabText
          className="input textarea"
          multiline
          rows={4}
          maxLength={CONTENT_LIMITS.longText}
          value={ship.approach}
          onChange={(next) => setShipText(doc, id, 'approach', next, origin)}
          testId="ship-approach"
        />
      </label>
      <Steps doc={doc} origin={origin} ship={ship} />
      <Crew doc={doc} origin={origin} ship={ship} />
    </div>
  );
}

function Steps({ doc, origin, ship }: { doc: Y.Doc; origin: object; ship: Ship }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [focusStep, setFocusStep] = useState<string | null>(null);
  const full = ship.steps.length >= CONTENT_LIMITS.stepsPerShip;
  return (
    <fieldset className="ship-editor__group" aria-labelledby={headingId}>
      <h3 className="content-field__label" id={headingId}>
        {t('boardContent.ships.fields.steps')}
      </h3>
      {ship.steps.length === 0 && <p className="content-panel__hint">{t('boardContent.ships.noSteps')}</p>}
      <ol className="ship-steps">
        {ship.steps.map((step, index) => {
          const n = index + 1;
          const label = t('boardContent.ships.step', { n });
          return (
            <li key={step.id} className="ship-step" data-testid="ship-step" data-done={step.done || undefined}>
              <div className="ship-step__main">
                <input
                  type="checkbox"
                  className="ship-step__done"
                  checked={step.done}
                  aria-label={`${label}: ${t('boardContent.ships.stepDone')}`}
                  data-testid="ship-step-done"
                  onChange={(e) => updateShipStep(doc, ship.id, step.id, { done: e.currentTarget.checked }, origin)}
                />
                <CollabText
                  className="input textarea ship-step__text"
                  multiline
                  rows={2}
                  maxLength={CONTENT_LIMITS.longText}
                  value={step.text}
                  placeholder={t('boardContent.ships.stepText')}
                  aria-label={`${label}: ${t('boardContent.ships.stepText')}`}
                  onChange={(next) => updateShipStep(doc, ship.id, step.id, { text: next }, origin)}
                  testId="ship-step-text"
                  autoFocus={focusStep === step.id}
                />
              </div>
              <div className="ship-step__meta">
                <label className="ship-step__field">
                  <span className="ship-step__field-label">{t('boardContent.ships.stepOwner')}</span>
                  <CollabText
                    className="input input--small"
                    maxLength={CONTENT_LIMITS.shortText}
                    value={step.owner}
                    aria-label={`${label}: ${t('boardContent.ships.stepOwner')}`}
                    onChange={(next) => updateShipStep(doc, ship.id, step.id, { owner: next }, origin)}
                    testId="ship-step-owner"
                  />
                </label>
                <label className="ship-step__field">
                  <span className="ship-step__field-label">{t('boardContent.ships.stepDue')}</span>
                  <input
                    type="date"
                    className="input input--small"
                    value={step.due}
                    aria-label={`${label}: ${t('boardContent.ships.stepDue')}`}
                    data-testid="ship-step-due"
                    onChange={(e) => {
                      const due = e.currentTarget.value;
                      // A half-typed date reads as '' in most browsers; only whole dates are stored.
                      if (due === '' || ISO_DATE.test(due)) {
                        try {
                          updateShipStep(doc, ship.id, step.id, { due }, origin);
                        } catch {
                          // Not a calendar date (2025-02-30): keep what was there.
                        }
                      }
                    }}
                  />
                </label>
                <div className="ship-step__tools">
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === 0}
                    aria-label={t('boardContent.ships.moveStepUp', { n })}
                    title={t('boardContent.ships.moveStepUp', { n })}
                    data-testid="ship-step-up"
                    onClick={() => moveShipStep(doc, ship.id, step.id, index - 1, origin)}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === ship.steps.length - 1}
                    aria-label={t('boardContent.ships.moveStepDown', { n })}
                    title={t('boardContent.ships.moveStepDown', { n })}
                    data-testid="ship-step-down"
                    onClick={() => moveShipStep(doc, ship.id, step.id, index + 1, origin)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('boardContent.ships.removeStep', { n })}
                    title={t('boardContent.ships.removeStep', { n })}
                    data-testid="ship-step-remove"
                    onClick={() => removeShipStep(doc, ship.id, step.id, origin)}
                  >
                    <CloseIcon size={16} />
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={full}
        data-testid="ship-step-add"
        onClick={() => setFocusStep(addShipStep(doc, ship.id, {}, origin))}
      >
        {t('boardContent.ships.addStep')}
      </button>
      {full && <p className="content-panel__hint">{t('boardContent.ships.stepsFull')}</p>}
    </fieldset>
  );
}

function Crew({ doc, origin, ship }: { doc: Y.Doc; origin: object; ship: Ship }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [focusMember, setFocusMember] = useState<string | null>(null);
  const full = ship.crew.length >= CONTENT_LIMITS.crewPerShip;
  return (
    <fieldset className="ship-editor__group" aria-labelledby={headingId}>
      <h3 className="content-field__label" id={headingId}>
        {t('boardContent.ships.fields.crew')}
      </h3>
      {ship.crew.length === 0 && <p className="content-panel__hint">{t('boardContent.ships.noCrew')}</p>}
      <ul className="ship-crew">
        {ship.crew.map((member, index) => {
          const label = t('boardContent.ships.crewMember', { n: index + 1 });
          return (
            <li key={member.id} className="ship-crew__member" data-testid="ship-crew-member">
              <CollabText
                className="input input--small"
                maxLength={CONTENT_LIMITS.shortText}
                value={member.name}
                placeholder={t('boardContent.ships.crewName')}
                aria-label={`${label}: ${t('boardContent.ships.crewName')}`}
                onChange={(next) => updateCrewMember(doc, ship.id, member.id, { name: next }, origin)}
                testId="ship-crew-name"
                autoFocus={focusMember === member.id}
              />
              <CollabText
                className="input input--small"
                maxLength={CONTENT_LIMITS.shortText}
                value={member.organisation}
                placeholder={t('boardContent.ships.crewOrganisation')}
                aria-label={`${label}: ${t('boardContent.ships.crewOrganisation')}`}
                onChange={(next) => updateCrewMember(doc, ship.id, member.id, { organisation: next }, origin)}
                testId="ship-crew-organisation"
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('boardContent.ships.removeCrew', { n: index + 1 })}
                title={t('boardContent.ships.removeCrew', { n: index + 1 })}
                data-testid="ship-crew-remove"
                onClick={() => removeCrewMember(doc, ship.id, member.id, origin)}
              >
                <CloseIcon size={16} />
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={full}
        data-testid="ship-crew-add"
        onClick={() => setFocusMember(addCrewMember(doc, ship.id, {}, origin))}
      >
        {t('boardContent.ships.addCrew')}
      </button>
      {full && <p className="content-panel__hint">{t('boardContent.ships.crewFull')}</p>}
    </fieldset>
  );
}
