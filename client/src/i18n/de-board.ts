import { boardContentDe } from './sections/board-content';
import { offlineDe } from './sections/offline';
import { displayDe } from './sections/display';
import { boardRefusalDe } from './sections/board-refusal';
import { boardDeleteDe } from './sections/board-delete';
import { rosterDe } from './sections/roster';
import { boardLayoutDe } from './sections/board-layout';
import { boardListDe } from './sections/board-list';

/**
 * The German texts a board page needs (the board, its header and dialogs, the
 * app shell): bundled with the entry. Everything else is in de.ts, which other
 * pages load before they render (see i18n.ts). A board component that uses a
 * key from outside these sections fails de-board.test.ts.
 */
export const deBoard = {
  app: {
    name: 'Mutopia',
    pitch:
      'Das selbst gehostete Whiteboard für Workshops: Ideen gemeinsam und in Echtzeit sammeln, ordnen und weiterdenken.',
    loading: 'Wird geladen …',
  },
  language: {
    label: 'Sprache',
    de: 'Deutsch',
    en: 'Englisch',
  },
  notFound: {
    pageTitle: 'Seite nicht gefunden',
    pageText: 'Unter dieser Adresse gibt es nichts.',
    boardTitle: 'Board nicht gefunden',
    boardText: 'Dieses Board gibt es nicht (mehr). Prüfe den Link oder erstelle ein neues Board.',
    home: 'Zur Startseite',
  },
  board: {
    loading: 'Board wird geladen …',
    back: 'Zur Übersicht',
    untitled: 'Unbenanntes Board',
    canvas: 'Board-Fläche. Doppelklick oder N erstellt eine Notiz.',
    onlineWord: 'online',
    onlineLabel_one: '{{count}} Person ist online',
    onlineLabel_other: '{{count}} Personen sind online',
    offlineOpen: 'Offline geöffnet – Änderungen werden synchronisiert, sobald die Verbindung zurück ist.',
    tabs: { label: 'Ansicht', canvas: 'Notizen' },
  },
  connection: {
    online: 'Verbunden',
    connecting: 'Verbinde …',
    offline: 'Offline',
    unsynced_one: '{{count}} Änderung noch nicht gesichert',
    unsynced_other: '{{count}} Änderungen noch nicht gesichert',
  },
  identity: {
    label: 'Dein Name',
    hint: 'So sehen dich die anderen',
    guest: 'Gast {{number}}',
  },
  toolbar: {
    label: 'Werkzeuge',
    addNote: 'Notiz',
    addNoteLabel: 'Neue Notiz hinzufügen (N)',
    colors: 'Farbe der ausgewählten Notizen',
    colorOption: 'Farbe: {{color}}',
    delete: 'Ausgewählte Notizen löschen (Entf)',
    undo: 'Rückgängig (Strg+Z)',
    redo: 'Wiederholen (Strg+Umschalt+Z)',
    zoomIn: 'Vergrößern (+)',
    zoomOut: 'Verkleinern (−)',
    zoomFit: 'Alles zeigen (0)',
    zoomLevel: 'Zoom {{percent}} %',
    help: 'Tastenkürzel anzeigen (?)',
  },
  colors: {
    yellow: 'Gelb',
    orange: 'Orange',
    pink: 'Rosa',
    green: 'Grün',
    blue: 'Blau',
    purple: 'Lila',
    grey: 'Grau',
  },
  note: {
    roleDescription: 'Notiz',
    label: '{{text}}',
    empty: 'Leere Notiz',
    editLabel: 'Notiztext bearbeiten',
    resize: 'Größe ändern',
    selectedBy: 'Ausgewählt von {{names}}',
  },
  cursor: {
    label: 'Zeiger von {{name}}',
  },
  help: {
    title: 'Tastenkürzel',
    close: 'Schließen',
    keys: {
      newNote: 'N',
      edit: 'Enter',
      stopEditing: 'Esc',
      delete: 'Entf / ⌫',
      move: 'Pfeiltasten',
      moveFast: 'Umschalt + Pfeiltasten',
      selectMore: 'Umschalt/Strg + Klick',
      selectRect: 'Umschalt + Ziehen',
      selectAll: 'Strg/⌘ + A',
      undo: 'Strg/⌘ + Z',
      redo: 'Strg/⌘ + Umschalt + Z',
      pan: 'Ziehen / Mausrad',
      zoom: 'Strg + Mausrad / + −',
      fit: '0',
      help: '?',
    },
    actions: {
      newNote: 'Neue Notiz',
      edit: 'Ausgewählte Notiz bearbeiten',
      stopEditing: 'Bearbeiten beenden / Auswahl aufheben',
      delete: 'Auswahl löschen',
      move: 'Auswahl verschieben (ohne Auswahl: Ansicht verschieben)',
      moveFast: 'In großen Schritten verschieben',
      selectMore: 'Notiz zur Auswahl hinzufügen',
      selectRect: 'Mehrere Notizen auswählen',
      selectAll: 'Alle Notizen auswählen',
      undo: 'Eigene Änderung rückgängig machen',
      redo: 'Wiederholen',
      pan: 'Ansicht verschieben',
      zoom: 'Zoomen',
      fit: 'Alles zeigen',
      help: 'Diese Hilfe ein- und ausblenden',
    },
  },
  boardContent: boardContentDe,
  boardLayout: boardLayoutDe,
  boardList: boardListDe,
  offline: offlineDe,
  display: displayDe,
  boardRefusal: boardRefusalDe,
  boardDelete: boardDeleteDe,
  roster: rosterDe,
} as const;
