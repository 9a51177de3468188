import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useBoardDeleteKeys } from '../stores/boardDeleteKeys';
import { LIMITS } from '@mutopia/shared/limits';
import { createBoard, errorCodeOf } from '../api/http';
import { CreateSecretField } from './CreateSecretField';
import { useRecentBoards } from '../stores/recentBoards';

type FormError = ReturnType<typeof errorCodeOf> | 'titleRequired';

export function CreateBoardForm() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const rememberDeleteKey = useBoardDeleteKeys((s) => s.remember);
  const remember = useRecentBoards((s) => s.remember);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const inputId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError('titleRequired');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const board = await createBoard(trimmed);
      remember(board.id, board.title);
      rememberDeleteKey(board.id, board.deleteKey);
      navigate(`/b/${board.id}`);
    } catch (cause) {
      setError(errorCodeOf(cause));
      setBusy(false);
    }
  }

  return (
    <section className="card card--create" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} className="card__title">
        {t('landing.createHeading')}
      </h2>
      <form className="create-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={inputId} className="field-label">
          {t('landing.titleLabel')}
        </label>
        <div className="create-form__row">
          <input
            id={inputId}
            className="input"
            type="text"
            value={title}
            maxLength={LIMITS.boardTitleMaxLength}
            placeholder={t('landing.titlePlaceholder')}
            autoComplete="off"
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            data-testid="create-board-title"
            onChange={(e) => {
              setTitle(e.target.value);
              if (error === 'titleRequired') setError(null);
            }}
          />
          <button type="submit" className="button button--primary" disabled={busy} data-testid="create-board-submit">
            {busy ? t('landing.creating') : t('landing.create')}
          </button>
        </div>
        <CreateSecretField refused={error === 'create_secret_required'} />
        {error && (
          <p id={errorId} className="form-error" role="alert" data-testid="create-board-error">
            {t(`errors.${error}`)}
          </p>
        )}
      </form>
    </section>
  );
}
