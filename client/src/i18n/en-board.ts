import type { DeepStrings } from './messages-type';
import type { deBoard } from './de-board';
import { boardContentEn } from './sections/board-content.en';
import { offlineEn } from './sections/offline.en';
import { displayEn } from './sections/display.en';
import { boardRefusalEn } from './sections/board-refusal.en';
import { boardDeleteEn } from './sections/board-delete.en';
import { rosterEn } from './sections/roster.en';
import { boardLayoutEn } from './sections/board-layout.en';
import { boardListEn } from './sections/board-list.en';

/** The English of de-board.ts: what an English reader's board page loads (see i18n.ts). */
export const enBoard: DeepStrings<typeof deBoard> = {
  app: {
    name: 'Mutopia',
    pitch: 'The self-hosted whiteboard for workshops: collect, sort and develop ideas together, in real time.',
    loading: 'Loading …',
  },
  language: {
    label: 'Language',
    de: 'German',
    en: 'English',
  },
  notFound: {
    pageTitle: 'Page not found',
    pageText: 'There is nothing at this address.',
    boardTitle: 'Board not found',
    boardText: 'This board does not exist (any more). Check the link or create a new board.',
    home: 'Go to the start page',
  },
  board: {
    loading: 'Loading board …',
    back: 'Back to overview',
    untitled: 'Untitled board',
    canvas: 'Board canvas. Double-click or press N to create a note.',
    onlineWord: 'online',
    onlineLabel_one: '{{count}} person is online',
    onlineLabel_other: '{{count}} people are online',
    offlineOpen: 'Opened offline – changes will sync as soon as the connection is back.',
    tabs: { label: 'View', canvas: 'Notes' },
  },
  connection: {
    online: 'Connected',
    connecting: 'Connecting …',
    offline: 'Offline',
    unsynced_one: '{{count}} change not saved yet',
    unsynced_other: '{{count}} changes not saved yet',
  },
  identity: {
    label: 'Your name',
    hint: 'This is how others see you',
    guest: 'Guest {{number}}',
  },
  toolbar: {
    label: 'Tools',
    addNote: 'Note',
    addNoteLabel: 'Add a new note (N)',
    colors: 'Colour of the selected notes',
    colorOption: 'Colour: {{color}}',
    delete: 'Delete selected notes (Del)',
    undo: 'Undo (Ctrl+Z)',
    redo: 'Redo (Ctrl+Shift+Z)',
    zoomIn: 'Zoom in (+)',
    zoomOut: 'Zoom out (−)',
    zoomFit: 'Show everything (0)',
    zoomLevel: 'Zoom {{percent}} %',
    help: 'Show keyboard shortcuts (?)',
  },
  colors: {
    yellow: 'Yellow',
    orange: 'Orange',
    pink: 'Pink',
    green: 'Green',
    blue: 'Blue',
    purple: 'Purple',
    grey: 'Grey',
  },
  note: {
    roleDescription: 'Note',
    label: '{{text}}',
    empty: 'Empty note',
    editLabel: 'Edit note text',
    resize: 'Resize',
    selectedBy: 'Selected by {{names}}',
  },
  cursor: {
    label: 'Pointer of {{name}}',
  },
  help: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    keys: {
      newNote: 'N',
      edit: 'Enter',
      stopEditing: 'Esc',
      delete: 'Del / ⌫',
      move: 'Arrow keys',
      moveFast: 'Shift + arrow keys',
      selectMore: 'Shift/Ctrl + click',
      selectRect: 'Shift + drag',
      selectAll: 'Ctrl/⌘ + A',
      undo: 'Ctrl/⌘ + Z',
      redo: 'Ctrl/⌘ + Shift + Z',
      pan: 'Drag / mouse wheel',
      zoom: 'Ctrl + mouse wheel / + −',
      fit: '0',
      help: '?',
    },
    actions: {
      newNote: 'New note',
      edit: 'Edit the selected note',
      stopEditing: 'Stop editing / clear selection',
      delete: 'Delete the selection',
      move: 'Move the selection (nothing selected: move the view)',
      moveFast: 'Move in big steps',
      selectMore: 'Add a note to the selection',
      selectRect: 'Select several notes',
      selectAll: 'Select all notes',
      undo: 'Undo your own change',
      redo: 'Redo',
      pan: 'Move the view',
      zoom: 'Zoom',
      fit: 'Show everything',
      help: 'Show or hide this help',
    },
  },
  boardContent: boardContentEn,
  boardLayout: boardLayoutEn,
  boardList: boardListEn,
  offline: offlineEn,
  display: displayEn,
  boardRefusal: boardRefusalEn,
  boardDelete: boardDeleteEn,
  roster: rosterEn,
};
