/** Display preferences (the "Anzeige" menu) and the footer; the accessibility statement is in display-statement.ts. */
export const displayDe = {
  menu: {
    button: 'Anzeige',
    label: 'Anzeige: Kontrast, Schriftgröße, Bewegung',
    contrast: 'Kontrast',
    contrastAuto: 'Wie das Gerät',
    contrastHigh: 'Hoher Kontrast',
    contrastStandard: 'Normal',
    text: 'Schriftgröße',
    textNormal: 'Normal',
    textLarge: 'Groß',
    motion: 'Bewegung',
    motionAuto: 'Wie das Gerät',
    motionReduced: 'Reduziert',
    kept: 'Gilt nur für dieses Gerät und bleibt gespeichert.',
    close: 'Schließen',
  },
  footer: {
    label: 'Fußzeile',
    statement: 'Erklärung zur Barrierefreiheit',
  },
};
