/** German text of the accessibility statement page (`display.statement`); not part of the board page's texts. English in display.en.ts. */
export const displayStatementDe = {
  statement: {
    title: 'Erklärung zur Barrierefreiheit',
    back: 'Zur Startseite',
    intro:
      'Der Betreiber dieses Mutopia-Servers ist bemüht, die Anwendung barrierefrei zugänglich zu machen, im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der europäischen Norm EN 301 549, die die Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA umsetzt.',
    operator: 'Betreiber: {{operator}}',
    statusHeading: 'Stand der Vereinbarkeit mit den Anforderungen',
    status:
      'Diese Anwendung ist teilweise mit den Anforderungen vereinbar. Die folgenden Inhalte sind noch nicht barrierefrei:',
    gaps: {
      canvas:
        'Die Zeichenfläche eines Boards (Notizen frei verschieben, Gruppenrahmen) ist mit Maus und Touch am besten bedienbar. Mit Tastatur und Screenreader steht die Listenansicht zur Verfügung; nicht jede Anordnung auf der Fläche ist dort wiedergegeben.',
      cursors: 'Die Mauszeiger anderer Personen werden Screenreadern nicht angesagt.',
      images:
        'Das Board als Bild (PNG-Export) hat keine Textalternative; dieselben Inhalte stehen als Text auf der Ergebnisseite.',
      content:
        'Texte, die Teilnehmende und Moderation selbst schreiben (Notizen, Fragen, Personas), prüft die Anwendung nicht auf Verständlichkeit.',
      plainLanguage: 'Eine Fassung der Anleitungen in Leichter Sprache gibt es noch nicht.',
    },
    preparedHeading: 'Erstellung dieser Erklärung',
    prepared:
      'Diese Erklärung beruht auf einer Selbstbewertung: automatische Prüfungen mit axe-core auf jeder Ansicht, ein Test, der eine ganze Teilnahme nur mit der Tastatur durchspielt, und Prüfungen der Anzeigeeinstellungen (Kontrast mindestens 7:1 im hohen Kontrast).',
    displayHeading: 'Anzeige anpassen',
    display:
      'Über das Menü „Anzeige“ (in der Fußzeile oder oben auf dem Telefon) lassen sich hoher Kontrast, große Schrift und reduzierte Bewegung einstellen. Die Wahl gilt für dieses Gerät. Für Projektoren kann der Link die Einstellung mitbringen: ?contrast=high&text=large.',
    feedbackHeading: 'Feedback und Kontakt',
    feedback:
      'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen, oder brauchen Sie Inhalte in einer anderen Form? Schreiben Sie uns:',
    feedbackMissing:
      'Der Betreiber dieses Servers hat noch keine Kontaktadresse für Barrierefreiheit eingetragen. Bitte wenden Sie sich an die Moderation Ihrer Veranstaltung.',
    enforcementHeading: 'Schlichtungsverfahren',
    enforcement:
      'Wenn auch nach Ihrem Feedback an den oben genannten Kontakt keine zufriedenstellende Lösung gefunden wurde, können Sie sich an die Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz (BGG) wenden. Die Schlichtungsstelle BGG hat die Aufgabe, bei Konflikten zwischen Menschen mit Behinderungen und öffentlichen Stellen des Bundes eine außergerichtliche Streitbeilegung zu unterstützen. Das Schlichtungsverfahren ist kostenlos; es muss kein Rechtsbeistand eingeschaltet werden. Für öffentliche Stellen der Länder ist die jeweilige Durchsetzungs- oder Schlichtungsstelle des Landes zuständig.',
    enforcementLink: 'Website der Schlichtungsstelle BGG',
  },
};
