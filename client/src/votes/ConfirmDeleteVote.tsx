import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import './vote-decisions.css';

import './vote-dialog.css';
/**
 * Deleting a vote throws away what people did: the dialog says how many dots
 * go and starts on "Cancel", so Enter does not delete by accident.
 */
export function ConfirmDeleteVote({
  vote,
  dotsCast,
  busy,
  onConfirm,
  onCancel,
}: {
  vote: VoteSessionView;
  dotsCast: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    cancelRef.current?.focus();
  }, []);

  return (
    <dialog
      ref={ref}
      className="vote-dialog"
      role="alertdialog"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-loss`}
      data-testid="vote-delete-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <div className="vote-dialog__form">
        <h2 id={`${id}-heading`} className="vote-dialog__title">
          {t('votes.decide.delete.heading', { title: vote.title })}
        </h2>
        <div id={`${id}-loss`}>
          <p className="vote-delete__loss" data-testid="vote-delete-loss">
            {dotsCast > 0 ? t('votes.decide.delete.dots', { count: dotsCast }) : t('votes.decide.delete.noDots')}
          </p>
          {vote.promoted.length > 0 && <p>{t('votes.decide.delete.kept')}</p>}
        </div>
        <div className="vote-dialog__actions">
          <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel}>
            {t('votes.facilitator.cancel')}
          </button>
          <button
            type="button"
            className="button vote-controls__danger"
            disabled={busy}
            data-testid="vote-delete-confirm"
            onClick={onConfirm}
          >
            {t('votes.decide.delete.confirm')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
