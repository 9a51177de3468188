import { z } from 'zod';

/**
 * `GET /api/accessibility`: what the accessibility statement page needs from
 * the operator's configuration. Public: the statement must be readable by
 * anyone, also without a workshop.
 */
export const accessibilityInfoSchema = z.object({
  /** Where people report barriers (`ACCESSIBILITY_CONTACT`): an email address or an http(s) URL; null when unset. */
  contact: z.string().min(1).max(500).nullable(),
  /** Who runs this server (`ACCESSIBILITY_OPERATOR`), named in the statement; null when unset. */
  operator: z.string().min(1).max(200).nullable(),
});
export type AccessibilityInfo = z.infer<typeof accessibilityInfoSchema>;

export const ACCESSIBILITY_PATH = '/accessibility';

/** An email address becomes a mailto: link, a URL stays itself; anything else is shown as text only. */
export function contactHref(contact: string): string | null {
  if (/^https?:\/\/\S+$/i.test(contact)) return contact;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) return `mailto:${contact}`;
  return null;
}
