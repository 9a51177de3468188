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

/**
 * The name a workshop member shows on a board: a participant the name they
 * joined with; a facilitator the name typed on this device, else "Moderation",
 * never a guest number people would mistake for a participant.
 */
export function useWorkshopDisplayName(
  welcome: { role: string; displayName: string | null } | null,
): string | undefined {
  const { t } = useTranslation();
  const typed = useIdentity((s) => s.name).trim();
  if (!welcome) return undefined;
  if (welcome.role === 'participant') return welcome.displayName ?? undefined;
  return typed || t('roster.moderation');
}
