import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@mutopia/shared';
import { useIdentity } from '../stores/identity';
import { useDisplayIdentity } from './useDisplayIdentity';

export function DisplayNameField() {
  const { t } = useTranslation();
  const id = useId();
  const typed = useIdentity((s) => s.name);
  const setName = useIdentity((s) => s.setName);
  const { name, color } = useDisplayIdentity();
  return (
    <div className="name-field" title={t('identity.hint')}>
      <label htmlFor={id} className="visually-hidden">
        {t('identity.label')}
      </label>
      <span className="name-field__swatch" style={{ background: color }} aria-hidden="true" />
      <input
        id={id}
        className="name-field__input"
        type="text"
        value={typed}
        placeholder={name}
        maxLength={LIMITS.displayNameMaxLength}
        autoComplete="nickname"
        spellCheck={false}
        data-testid="display-name"
        onChange={(e) => setName(e.target.value)}
      />
    </div>
  );
}
