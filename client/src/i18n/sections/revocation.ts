import type { DeepStrings } from '../messages-type';

/** Revoking access: the co-facilitator link, a projector, a person's devices, and what a revoked screen says. */
export const revocationDe = {
  cofacilitator: {
    replace: 'Co-Moderationslink ersetzen …',
    confirmTitle: 'Co-Moderationslink ersetzen?',
    confirmText:
      'Der bisherige Co-Moderationslink hört sofort auf zu gelten. Wer damit angemeldet ist, wird auf allen Geräten abgemeldet. Gib den neuen Link nur an die Personen weiter, die weiter mitmoderieren.',
    confirm: 'Link ersetzen',
    replaced: 'Neuer Co-Moderationslink erstellt. Der alte gilt nicht mehr.',
    onlyFacilitator: 'Den Co-Moderationslink ersetzen kann nur, wer den Moderationslink hat.',
  },
  projector: {
    revoke: 'Zugang entziehen …',
    relink: 'Neuen Link erzeugen …',
    revokeTitle: 'Projektor „{{id}}“ abmelden?',
    revokeText:
      'Jeder Bildschirm, der diesen Projektor zeigt, wird sofort abgemeldet. Sein Link gilt nicht mehr. Mit „Neuen Link erzeugen“ kannst du ihn später wieder verbinden.',
    revokeConfirm: 'Zugang entziehen',
    relinkTitle: 'Neuen Link für „{{id}}“ erzeugen?',
    relinkText:
      'Der bisherige Link hört auf zu gelten, und Bildschirme, die ihn offen haben, werden abgemeldet. Öffne danach den neuen Link auf dem Bildschirm, der den Projektor zeigen soll.',
    relinkConfirm: 'Neuen Link erzeugen',
    revoked: 'Zugang entzogen. Dieser Projektor hat keinen gültigen Link.',
  },
  person: {
    revoke: 'Geräte abmelden',
    revokeLabel: '{{name}}: Geräte abmelden und neuen Link erzeugen',
    confirmTitle: '{{name}} auf allen Geräten abmelden?',
    confirmText:
      'Jedes Gerät, mit dem {{name}} beigetreten ist, wird sofort abgemeldet. {{name}} bleibt in der Liste, mit Team und allen Notizen. Du bekommst einen persönlichen Link, mit dem {{name}} auf einem neuen Gerät als dieselbe Person weitermacht.',
    confirm: 'Abmelden',
    linkTitle: 'Persönlicher Link für {{name}}',
    linkText:
      'Gib diesen Link nur {{name}}: Wer ihn öffnet, macht als {{name}} weiter. Er wird hier nicht gespeichert; erzeuge bei Bedarf einen neuen.',
    linkLabel: 'Persönlicher Link',
    qrLabel: 'QR-Code des persönlichen Links für {{name}}',
    close: 'Schließen',
  },
  revokedScreen: {
    participantTitle: 'Dein Zugang wurde entzogen',
    participantText:
      'Die Moderation hat dieses Gerät abgemeldet. Sollst du weitermachen, bekommst du von ihr einen persönlichen Link; sonst kannst du neu beitreten.',
    projectorTitle: 'Dieser Bildschirm wurde abgemeldet',
    projectorText:
      'Der Projektor-Link gilt nicht mehr. In der Moderation (Bereich „Projektoren“) lässt sich ein neuer Link erzeugen.',
  },
};

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
