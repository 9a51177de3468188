import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './confirm-dialog.css';

interface ConfirmDialogProps {
  title: string;
  /** What will happen, in words: one paragraph per entry. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

/**
 * Asks before a step that changes what other people see or did. Modal (the
 * native dialog keeps focus inside and closes on Escape). "Cancel" comes first,
 * so opening focuses it and a stray Enter does not confirm.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, testId }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const finish = (then: () => void) => {
    ref.current?.close();
    then();
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        finish(onCancel);
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        {children}
      </div>
      <div className="confirm-dialog__actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid={testId && `${testId}-cancel`}
          onClick={() => finish(onCancel)}
        >
          {t('steps.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid={testId && `${testId}-confirm`}
          onClick={() => finish(onConfirm)}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
