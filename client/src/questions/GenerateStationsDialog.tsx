import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '@mutopia/shared/questions/question-schemas';
import { useDefinition } from '../workshop/useWorkshop';
import { generationPreview } from './wall-model';

/** Says what creating the [M]Utopie stations will do before it is done. */
export function GenerateStationsDialog({
  questions,
  busy,
  onConfirm,
  onClose,
}: {
  questions: Question[];
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const preview = generationPreview(definition, questions);
  const promoted = questions.filter((q) => q.promotedRank !== null).length;
  return (
    <dialog
      ref={ref}
      className="generate-dialog"
      aria-labelledby="generate-dialog-title"
      data-testid="generate-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="generate-dialog-title" className="generate-dialog__title">
        {t('questions.generate.title')}
      </h2>
      <p>{t('questions.generate.body', { questions: promoted, stations: preview.stations })}</p>
      <ul className="generate-dialog__list">
        {preview.kept > 0 && <li>{t('questions.generate.kept', { count: preview.kept })}</li>}
        {preview.added > 0 && <li>{t('questions.generate.added', { count: preview.added })}</li>}
        {preview.removed > 0 && (
          <li data-testid="generate-dialog-removed">{t('questions.generate.removed', { count: preview.removed })}</li>
        )}
        <li>{t('questions.generate.phases')}</li>
      </ul>
      <div className="generate-dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('questions.generate.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          data-testid="generate-dialog-confirm"
          onClick={onConfirm}
        >
          {t('questions.generate.confirm')}
        </button>
      </div>
    </dialog>
  );
}
