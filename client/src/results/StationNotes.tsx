import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boardNoteCount, type ResultBoard, type ResultNote } from '@mutopia/shared/results/board-notes';
import { BoardImage } from './BoardImage';
import { teamChipStyle } from '../ui/team-chip-style';

import './station-notes.css';

function NoteItem({ note }: { note: ResultNote }) {
  const { t } = useTranslation();
  return (
    <li className={`result-note result-note--${note.color}`} data-testid="result-note">
      <span className="result-note__text">{note.text}</span>
      <span className="result-note__meta">
        {note.teamName ? (
          <span className="result-team" style={teamChipStyle(note.teamColor)}>
            {note.teamName}
          </span>
        ) : (
          <span className="result-muted">{t('results.notes.noTeam')}</span>
        )}
        {note.votes > 0 && <span className="result-dots">{t('results.notes.dots', { count: note.votes })}</span>}
      </span>
    </li>
  );
}

function StationBoard({ board, open, onToggle }: { board: ResultBoard; open: boolean; onToggle(open: boolean): void }) {
  const { t } = useTranslation();
  return (
    <details
      id={`notes-${board.stationId}`}
      className="result-board"
      open={open}
      onToggle={(e) => onToggle(e.currentTarget.open)}
      data-testid="result-board"
    >
      <summary className="result-board__summary">
        <h3 className="result-board__title">{board.stationName}</h3>
        <span className="result-muted">{t('results.notes.count', { count: boardNoteCount(board) })}</span>
      </summary>
      {board.groups.map((group) => (
        <section key={group.id} className="result-board__group" data-testid="result-note-group">
          <h4 className="result-board__group-title">
            {group.title.trim() || t('results.notes.untitledGroup')}
            {group.votes > 0 && <span className="result-dots">{t('results.notes.dots', { count: group.votes })}</span>}
          </h4>
          <ul className="result-notes">
            {group.notes.map((note) => (
              <NoteItem key={note.id} note={note} />
            ))}
          </ul>
        </section>
      ))}
      {board.loose.length > 0 && (
        <section className="result-board__group">
          {board.groups.length > 0 && <h4 className="result-board__group-title">{t('results.notes.loose')}</h4>}
          <ul className="result-notes">
            {board.loose.map((note) => (
              <NoteItem key={note.id} note={note} />
            ))}
          </ul>
        </section>
      )}
      {open && <BoardImage board={board} />}
    </details>
  );
}

/**
 * Every station's notes: a table of contents, then one collapsible section
 * per station, so sixty stations with hundreds of notes stay navigable.
 * Printing opens every section, so the PDF holds everything.
 */
export function StationNotes({ boards }: { boards: ResultBoard[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, isOpen: boolean) =>
    setOpen((prev) => {
      if (prev.has(id) === isOpen) return prev;
      const next = new Set(prev);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });

  useEffect(() => {
    const openAll = () => setOpen(new Set(boards.map((b) => b.stationId)));
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, [boards]);

  return (
    <section className="results-section" aria-labelledby="results-notes" data-testid="results-notes">
      <h2 id="results-notes" className="results-section__title">
        {t('results.sections.notes')}
      </h2>
      <p className="result-muted">{t('results.notes.intro')}</p>
      <nav className="result-notes-toc" aria-label={t('results.notes.toc')} data-testid="results-notes-toc">
        <ol>
          {boards.map((board) => (
            <li key={board.stationId}>
              <a href={`#notes-${board.stationId}`} onClick={() => toggle(board.stationId, true)}>
                {board.stationName}
              </a>{' '}
              <span className="result-muted">{boardNoteCount(board)}</span>
            </li>
          ))}
        </ol>
      </nav>
      <div className="result-notes-actions no-print">
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="results-notes-expand"
          onClick={() => setOpen(new Set(boards.map((b) => b.stationId)))}
        >
          {t('results.notes.expandAll')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(new Set())}>
          {t('results.notes.collapseAll')}
        </button>
      </div>
      {boards.map((board) => (
        <StationBoard
          key={board.stationId}
          board={board}
          open={open.has(board.stationId)}
          onToggle={(isOpen) => toggle(board.stationId, isOpen)}
        />
      ))}
    </section>
  );
}
