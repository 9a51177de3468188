import { useTranslation } from 'react-i18next';
import { useIdentity } from '../stores/identity';

/** The name others see: what the person typed, or a translated guest name. */
export function useDisplayIdentity(): { name: string; color: string } {
  const { t } = useTranslation();
  const typed = useIdentity((s) => s.name);
  const color = useIdentity((s) => s.color);
  const guestNumber = useIdentity((s) => s.guestNumber);
  return { name: typed.trim() || t('identity.guest', { number: guestNumber }), color };
}
