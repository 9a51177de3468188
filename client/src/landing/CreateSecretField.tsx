import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storeCreateSecret, storedCreateSecret } from '../api/create-secret';

import './create-secret.css';

/**
 * Asks for the server's creation secret once the server has answered
 * `create_secret_required` (the operator set CREATE_SECRET), and stays while
 * one is typed in. What is typed is sent with the next attempt to create.
 */
export function CreateSecretField({ refused }: { refused: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [secret, setSecret] = useState(() => storedCreateSecret() ?? '');
  if (!refused && !secret) return null;
  return (
    <div className="create-secret">
      <label htmlFor={id} className="field-label">
        {t('retention.secretLabel')}
      </label>
      <input
        id={id}
        className="input"
        type="password"
        autoComplete="off"
        value={secret}
        aria-describedby={`${id}-hint`}
        data-testid="create-secret"
        onChange={(e) => {
          setSecret(e.target.value);
          storeCreateSecret(e.target.value.trim());
        }}
      />
      <p id={`${id}-hint`} className="create-secret__hint">
        {t('retention.secretHint')}
      </p>
    </div>
  );
}
