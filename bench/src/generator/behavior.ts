import { createNote, setNoteText, updateNote } from '@mutopia/shared';
import type { YjsClient } from './yjs-client.js';

/** What one editor does; rates are per editor. */
export interface EditorBehavior {
  /** Single edits (a move or a text change of one of its notes) per second. */
  editsPerSecond: number;
  /** A drag burst every this many seconds (0: none). */
  dragEverySeconds: number;
  dragSeconds: number;
  dragHz: number;
  /** Cursor (awareness) updates per second (0: none). */
  cursorHz: number;
}

export const IDLE: EditorBehavior = { editsPerSecond: 0, dragEverySeconds: 0, dragSeconds: 0, dragHz: 0, cursorHz: 0 };

/** An editor's own notes and the state of its gestures. */
export class Editor {
  readonly noteIds: string[] = [];
  private edits = 0;
  private x = Math.random() * 2000;
  private y = Math.random() * 2000;
  private timers: NodeJS.Timeout[] = [];
  private dragging = false;

  constructor(
    readonly client: YjsClient,
    readonly name: string,
  ) {}

  seed(notes: number): void {
    for (let i = 0; i < notes; i++) {
      const id = createNote(this.client.doc, { x: this.x + i * 200, y: this.y, text: `${this.name} ${i}` });
      this.noteIds.push(id);
    }
  }

  /** One edit: alternately a move and a text change of one of its notes. */
  editOnce(): void {
    const id = this.noteIds[this.edits % this.noteIds.length];
    if (!id || this.client.closed) return;
    const n = ++this.edits;
    this.client.edit((doc) => {
      if (n % 2 === 0) updateNote(doc, id, { x: this.x + (n % 50) * 4, y: this.y + (n % 30) * 4 });
      else setNoteText(doc, id, `${this.name} edit ${n}`);
    });
  }

  private dragStep(step: number): void {
    const id = this.noteIds[0];
    if (!id || this.client.closed) return;
    this.client.edit((doc) => updateNote(doc, id, { x: this.x + step * 3, y: this.y + step * 2 }));
    this.moveCursor(this.x + step * 3, this.y + step * 2);
  }

  moveCursor(x = this.x + Math.random() * 400, y = this.y + Math.random() * 300): void {
    if (this.client.closed) return;
    this.client.sendAwareness({ user: { name: this.name, color: '#e8a33d' }, cursor: { x, y } });
  }

  /** Starts the timers of `behavior`, each at a random phase. */
  start(behavior: EditorBehavior): void {
    if (this.timers.length > 0) return;
    const later = (ms: number, fn: () => void): void => {
      this.timers.push(setTimeout(fn, ms));
    };
    const every = (ms: number, fn: () => void): void => {
      later(Math.random() * ms, () => {
        fn();
        this.timers.push(setInterval(fn, ms));
      });
    };
    if (behavior.editsPerSecond > 0) {
      every(1000 / behavior.editsPerSecond, () => {
        if (!this.dragging) this.editOnce();
      });
    }
    if (behavior.cursorHz > 0) {
      every(1000 / behavior.cursorHz, () => {
        if (!this.dragging) this.moveCursor();
      });
    }
    if (behavior.dragEverySeconds > 0) {
      const frames = Math.round(behavior.dragSeconds * behavior.dragHz);
      every(behavior.dragEverySeconds * 1000, () => {
        if (this.dragging) return;
        this.dragging = true;
        let step = 0;
        const timer = setInterval(() => {
          this.dragStep(step++);
          if (step >= frames) {
            clearInterval(timer);
            this.dragging = false;
          }
        }, 1000 / behavior.dragHz);
        this.timers.push(timer);
      });
    }
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    this.dragging = false;
  }
}
