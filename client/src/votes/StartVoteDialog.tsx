import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { VOTE_LIMITS, type VoteItemRef } from '@mutopia/shared/votes/vote-schemas';
import { ballotEntries, type BallotMode } from './ballot-entries';
import { BallotPreview } from './BallotPreview';
import { clampCount } from './clamp-count';
import { useBoardCandidates, type Candidate } from './useBoardCandidates';
import { useVoteActions } from './useVotes';

import './vote-dialog.css';
type Source = { kind: 'board'; doc: Y.Doc } | { kind: 'questions'; ids: readonly string[] };
type Mode = BallotMode | 'pick';

/**
 * Opening a vote: title, dots per person, an optional cap per item, and what
 * to vote on (by default everything on the board: its groups and the notes
 * outside them; or the teams' questions), listed before it starts. Labels are
 * looked up by the server, so only ids are sent.
 */
export function StartVoteDialog({
  stationId,
  source,
  defaultTitle,
  onClose,
}: {
  stationId: string | null;
  source: Source;
  defaultTitle: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [title, setTitle] = useState(defaultTitle);
  const [budget, setBudget] = useState<number>(VOTE_LIMITS.defaultBudget);
  const [capOn, setCapOn] = useState(false);
  const [cap, setCap] = useState(1);
  const candidates = useBoardCandidates(source.kind === 'board' ? source.doc : null);
  const { notes, groups } = candidates;
  const [mode, setMode] = useState<Mode>('board');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const { send, busy, error } = useVoteActions();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const chosen = (): VoteItemRef[] => {
    if (source.kind === 'questions') return source.ids.map((id) => ({ kind: 'question', id }));
    if (mode === 'pick') {
      return [...groups, ...notes].filter((c) => picked.has(c.id)).map(({ kind, id }) => ({ kind, id }));
    }
    // As the preview says: what does not fit on one ballot is left off, not refused.
    return ballotEntries(mode, candidates)
      .slice(0, VOTE_LIMITS.itemsPerSession)
      .map(({ candidate: { kind, id } }) => ({ kind, id }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const items = chosen();
    if (items.length === 0) return setProblem(t('votes.start.none'));
    if (items.length > VOTE_LIMITS.itemsPerSession) {
      return setProblem(t('votes.start.tooMany', { max: VOTE_LIMITS.itemsPerSession }));
    }
    setProblem(null);
    const outcome = await send('vote:open', {
      stationId,
      title: title.trim() || defaultTitle,
      items,
      budget,
      ...(capOn ? { capPerItem: Math.min(cap, budget) } : {}),
    });
    if (outcome.ok) close();
  };

  const close = () => {
    ref.current?.close();
    onClose();
  };

  const noBoardItems = source.kind === 'board' && notes.length === 0 && groups.length === 0;
  const message = problem ?? error;
  return (
    <dialog
      ref={ref}
      className="vote-dialog"
      aria-labelledby={`${ids}-heading`}
      data-testid="vote-start-dialog"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <form className="vote-dialog__form" onSubmit={(e) => void submit(e)}>
        <h2 id={`${ids}-heading`} className="vote-dialog__title">
          {t('votes.start.heading')}
        </h2>
        <label className="field-label">
          {t('votes.start.titleLabel')}
          <input
            className="input"
            value={title}
            maxLength={VOTE_LIMITS.titleMaxLength}
            data-testid="vote-title"
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <div className="vote-dialog__numbers">
          <label className="field-label">
            {t('votes.start.budget')}
            <input
              className="input"
              type="number"
              min={1}
              max={VOTE_LIMITS.maxBudget}
              value={budget}
              data-testid="vote-budget"
              onChange={(e) => setBudget(clampCount(e.target.valueAsNumber, VOTE_LIMITS.maxBudget))}
            />
          </label>
          <label className="vote-dialog__check">
            <input
              type="checkbox"
              checked={capOn}
              data-testid="vote-cap-on"
              onChange={(e) => setCapOn(e.target.checked)}
            />
            {t('votes.start.capEnabled')}
          </label>
          {capOn && (
            <label className="field-label">
              {t('votes.start.cap')}
              <input
                className="input"
                type="number"
                min={1}
                max={budget}
                value={cap}
                data-testid="vote-cap"
                onChange={(e) => setCap(clampCount(e.target.valueAsNumber, VOTE_LIMITS.maxCapPerItem))}
              />
            </label>
          )}
        </div>

        {source.kind === 'questions' ? (
          <p className="vote-dialog__summary">
            {source.ids.length > 0
              ? t('votes.start.questions', { count: source.ids.length })
              : t('votes.start.noQuestions')}
          </p>
        ) : noBoardItems ? (
          <p className="vote-dialog__summary">{t('votes.start.noItems')}</p>
        ) : (
          <fieldset className="vote-dialog__items">
            <legend>{t('votes.start.items')}</legend>
            <ModeChoice mode="board" current={mode} onChange={setMode}>
              {t('votes.decide.ballot.wholeBoard', {
                count: candidates.ballot.items.length + candidates.ballot.leftOff,
              })}
            </ModeChoice>
            <ModeChoice mode="notes" current={mode} onChange={setMode} disabled={notes.length === 0}>
              {t('votes.start.allNotes', { count: notes.length })}
            </ModeChoice>
            <ModeChoice mode="groups" current={mode} onChange={setMode} disabled={groups.length === 0}>
              {t('votes.start.allGroups', { count: groups.length })}
            </ModeChoice>
            <ModeChoice mode="pick" current={mode} onChange={setMode}>
              {t('votes.start.pick')}
            </ModeChoice>
            {mode !== 'pick' && <BallotPreview mode={mode} candidates={candidates} />}
            {mode === 'pick' && (
              <PickList
                candidates={[...groups, ...notes]}
                picked={picked}
                onChange={setPicked}
                legend={t('votes.start.pickLegend')}
              />
            )}
          </fieldset>
        )}

        {message && (
          <p className="form-error" role="alert" data-testid="vote-start-error">
            {message}
          </p>
        )}
        <div className="vote-dialog__actions">
          <button type="button" className="button button--secondary" onClick={close}>
            {t('votes.facilitator.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || noBoardItems || (source.kind === 'questions' && source.ids.length === 0)}
            data-testid="vote-start-submit"
          >
            {t('votes.start.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function ModeChoice({
  mode,
  current,
  onChange,
  disabled = false,
  children,
}: {
  mode: Mode;
  current: Mode;
  onChange: (mode: Mode) => void;
  disabled?: boolean;
  children: string;
}) {
  return (
    <label className="vote-dialog__choice">
      <input
        type="radio"
        name="vote-items"
        value={mode}
        checked={current === mode}
        disabled={disabled}
        data-testid={`vote-mode-${mode}`}
        onChange={() => onChange(mode)}
      />
      {children}
    </label>
  );
}

function PickList({
  candidates,
  picked,
  onChange,
  legend,
}: {
  candidates: Candidate[];
  picked: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
  legend: string;
}) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="vote-dialog__pick">
      <legend className="visually-hidden">{legend}</legend>
      <ul>
        {candidates.map((c) => (
          <li key={c.id}>
            <label className="vote-dialog__choice">
              <input
                type="checkbox"
                checked={picked.has(c.id)}
                data-testid="vote-pick"
                data-item-id={c.id}
                onChange={(e) => toggle(c.id, e.target.checked)}
              />
              {c.kind === 'group' ? t('votes.start.group', { title: c.label }) : c.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
