import type { DeepStrings } from '../messages-type';

/** Display preferences (the "Anzeige" menu), the footer and the accessibility statement. */
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

export const displayEn: DeepStrings<typeof displayDe> = {
  menu: {
    button: 'Display',
    label: 'Display: contrast, text size, motion',
    contrast: 'Contrast',
    contrastAuto: 'As the device',
    contrastHigh: 'High contrast',
    contrastStandard: 'Standard',
    text: 'Text size',
    textNormal: 'Normal',
    textLarge: 'Large',
    motion: 'Motion',
    motionAuto: 'As the device',
    motionReduced: 'Reduced',
    kept: 'Applies to this device only and is remembered.',
    close: 'Close',
  },
  footer: {
    label: 'Footer',
    statement: 'Accessibility statement',
  },
  statement: {
    title: 'Accessibility statement',
    back: 'To the start page',
    intro:
      'The operator of this Mutopia server strives to make the application accessible, in line with the German Barrier-Free Information Technology Ordinance (BITV 2.0) and the European standard EN 301 549, which applies the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.',
    operator: 'Operator: {{operator}}',
    statusHeading: 'Compliance status',
    status: 'This application is partially compliant. The following content is not accessible yet:',
    gaps: {
      canvas:
        'A board’s canvas (moving notes freely, group frames) works best with mouse and touch. Keyboard and screen reader users have the list view; not every arrangement on the canvas is reflected there.',
      cursors: 'Other people’s pointers are not announced to screen readers.',
      images:
        'The board as an image (PNG export) has no text alternative; the same content is on the results page as text.',
      content:
        'Text that participants and facilitators write themselves (notes, questions, personas) is not checked for readability.',
      plainLanguage: 'There is no plain-language (Leichte Sprache) version of the instructions yet.',
    },
    preparedHeading: 'Preparation of this statement',
    prepared:
      'This statement is based on a self-assessment: automated checks with axe-core on every view, a test that does a whole participant task with the keyboard alone, and checks of the display preferences (contrast of at least 7:1 in high contrast).',
    displayHeading: 'Adjusting the display',
    display:
      'The “Display” menu (in the footer, or at the top on a phone) offers high contrast, large text and reduced motion. The choice applies to this device. A projector’s link can carry it: ?contrast=high&text=large.',
    feedbackHeading: 'Feedback and contact',
    feedback: 'Have you found a barrier, or do you need content in another form? Write to us:',
    feedbackMissing:
      'The operator of this server has not entered an accessibility contact yet. Please contact the facilitators of your event.',
    enforcementHeading: 'Enforcement procedure',
    enforcement:
      'If your feedback to the contact above does not lead to a satisfactory solution, you can turn to the conciliation body under § 16 of the German Disability Equality Act (Schlichtungsstelle BGG). It supports out-of-court settlement of disputes between people with disabilities and federal public bodies. The procedure is free of charge and needs no legal counsel. For public bodies of the federal states, the state’s own enforcement or conciliation body is responsible.',
    enforcementLink: 'Website of the Schlichtungsstelle BGG',
  },
};
