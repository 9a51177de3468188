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
