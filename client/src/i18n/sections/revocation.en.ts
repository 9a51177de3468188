import type { DeepStrings } from '../messages-type';
import type { revocationDe } from './revocation';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const revocationEn: DeepStrings<typeof revocationDe> = {
  cofacilitator: {
    replace: 'Replace co-facilitator link …',
    confirmTitle: 'Replace the co-facilitator link?',
    confirmText:
      'The current co-facilitator link stops working at once. Everyone signed in with it is signed out on every device. Give the new link only to the people who keep co-facilitating.',
    confirm: 'Replace link',
    replaced: 'New co-facilitator link created. The old one no longer works.',
    onlyFacilitator: 'Only the holder of the facilitator link can replace the co-facilitator link.',
  },
  projector: {
    revoke: 'Revoke access …',
    relink: 'Create new link …',
    revokeTitle: 'Sign out projector “{{id}}”?',
    revokeText:
      'Every screen showing this projector is signed out at once, and its link stops working. “Create new link” connects it again later.',
    revokeConfirm: 'Revoke access',
    relinkTitle: 'Create a new link for “{{id}}”?',
    relinkText:
      'The current link stops working, and screens that have it open are signed out. Then open the new link on the screen that should show this projector.',
    relinkConfirm: 'Create new link',
    revoked: 'Access revoked. This projector has no valid link.',
  },
  person: {
    revoke: 'Sign out devices',
    revokeLabel: '{{name}}: sign out devices and create a new link',
    confirmTitle: 'Sign {{name}} out on every device?',
    confirmText:
      'Every device {{name}} joined with is signed out at once. {{name}} stays on the list, with their team and all their notes. You get a personal link with which {{name}} carries on as the same person on a new device.',
    confirm: 'Sign out',
    linkTitle: 'Personal link for {{name}}',
    linkText:
      'Give this link to {{name}} only: whoever opens it carries on as {{name}}. It is not stored here; create a new one if needed.',
    linkLabel: 'Personal link',
    qrLabel: 'QR code of the personal link for {{name}}',
    close: 'Close',
  },
  revokedScreen: {
    participantTitle: 'Your access was revoked',
    participantText:
      'The facilitators signed this device out. If you are to carry on, they give you a personal link; otherwise you can join anew.',
    projectorTitle: 'This screen was signed out',
    projectorText:
      'The projector link no longer works. A new link can be created in facilitation (section “Projectors”).',
  },
};
