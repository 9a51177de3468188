import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Station } from '@mutopia/shared/workshop/definition';
import { planPromotion } from '@mutopia/shared/votes/promotion';
import {
  VOTE_LIMITS,
  type PromoteResolution,
  type VoteAck,
  type VoteSessionView,
} from '@mutopia/shared/votes/vote-schemas';
import { hasCanvas } from '../content/station-kinds';
import { clampCount } from './clamp-count';
import { currentVote } from './current-vote';
import { StartStationsDialog } from './StartStationsDialog';
import { TieDecisionDialog, type TieCase } from './TieDecisionDialog';
import { useVotes } from './useVotes';
import { sendVoteEvent, voteErrorKey } from './votes-store';
import { stationPath } from '../workshop/links';
import { phaseStationIds } from '../workshop/overview';
import { useDefinition, useSession, useWorkshop } from '../workshop/useWorkshop';

import './station-votes-overview.css';
/** Stations whose board people vote on: any with a canvas but a team's own space. */
const votesOnBoard = (station: Station) => hasCanvas(station.kind) && station.kind !== 'teamSpace';

type Row = { station: Station; vote: VoteSessionView | null };

function statusOf(vote: VoteSessionView | null): 'none' | 'open' | 'closed' | 'revealed' | 'promoted' {
  if (!vote) return 'none';
  if (vote.status === 'revealed' && vote.promoted.length > 0) return 'promoted';
  return vote.status;
}

/**
 * The console's card for the votes of the current phase: with eighteen
 * [M]Utopie stations, one vote each is started, revealed and taken into the
 * harbour from here at once, and the card shows where each station stands.
 * Starting shows each ballot first; a tie at any station's cut is decided
 * before anything sails.
 */
export function StationVotesOverview() {
  const { t } = useTranslation();
  const id = useId();
  const connection = useWorkshop();
  const definition = useDefinition();
  const state = useSession((s) => s.state);
  const sessions = useVotes((s) => s.sessions);
  const progress = useVotes((s) => s.progress);
  const [budget, setBudget] = useState<number>(VOTE_LIMITS.defaultBudget);
  const [count, setCount] = useState<number>(VOTE_LIMITS.defaultPromote);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [ties, setTies] = useState<TieCase[] | null>(null);
  if (!state || sessions === null) return null;
  const rows: Row[] = phaseStationIds(definition, state)
    .map((sid) => definition.stations.find((s) => s.id === sid))
    .filter((s): s is Station => s !== undefined && votesOnBoard(s))
    .map((station) => ({ station, vote: currentVote(sessions, station.id) }));
  if (rows.length < 2) return null;

  const toStart = rows.filter((r) => r.vote?.status !== 'open');
  const toReveal = rows.flatMap((r) => (r.vote && r.vote.status !== 'revealed' ? [r.vote] : []));
  const toPromote = rows.flatMap((r) => (r.vote && statusOf(r.vote) === 'revealed' ? [r.vote] : []));

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: await work(), error: false });
    } catch (cause) {
      setMessage({ text: t(voteErrorKey(cause instanceof Error ? cause.message : 'unknown')), error: true });
    } finally {
      setBusy(false);
    }
  };
  /** Sends one event per vote, in turn; adds up what each success is worth. */
  const each = async (
    list: VoteSessionView[],
    send: (vote: VoteSessionView) => ReturnType<typeof sendVoteEvent>,
    worth: (outcome: VoteAck & { ok: true }) => number = () => 1,
  ) => {
    let total = 0;
    for (const vote of list) {
      const outcome = await send(vote);
      if (!outcome.ok) throw new Error(outcome.error);
      total += worth(outcome);
    }
    return total;
  };

  const start = () =>
    run(async () => {
      setPreviewing(false);
      const outcome = await sendVoteEvent(connection, 'vote:openStations', {
        stationIds: toStart.map((r) => r.station.id),
        title: t('votes.defaultTitle'),
        budget,
      });
      if (!outcome.ok) throw new Error(outcome.error);
      const skipped = outcome.batch?.skipped ?? [];
      const empty = skipped.filter((s) => s.error === 'no_items').length;
      return [
        t('votes.overview.started', { count: outcome.batch?.opened.length ?? 0 }),
        empty > 0 ? t('votes.overview.skippedEmpty', { count: empty }) : '',
      ]
        .filter(Boolean)
        .join(' ');
    });
  const reveal = () =>
    run(async () => {
      const n = await each(toReveal, (vote) => sendVoteEvent(connection, 'vote:reveal', { sessionId: vote.id }));
      return t('votes.overview.revealed', { count: n });
    });
  const promoteAll = (resolutions: ReadonlyMap<string, PromoteResolution>) =>
    run(async () => {
      setTies(null);
      const n = await each(
        toPromote,
        (vote) => {
          const resolution = resolutions.get(vote.id);
          return sendVoteEvent(connection, 'vote:promote', {
            sessionId: vote.id,
            count,
            ...(resolution && { resolution }),
          });
        },
        (outcome) => outcome.promotion?.promoted.length ?? 0,
      );
      return t('votes.overview.promoted', { count: n });
    });
  /** The tallies are out, so the card sees every tie itself and asks before sending anything. */
  const promote = () => {
    const found = rows.flatMap(({ station, vote }): TieCase[] => {
      if (!vote || !toPromote.includes(vote)) return [];
      const plan = planPromotion(vote.items, vote.tallies ?? {}, count, vote.promoted);
      return plan.kind === 'tie'
        ? [{ sessionId: vote.id, heading: station.name, items: vote.items, tie: plan.tie }]
        : [];
    });
    if (found.length === 0) return void promoteAll(new Map());
    setTies(found);
    setMessage({ text: t('votes.decide.tie.pending', { count: found.length }), error: false });
  };

  const number = (value: number, max: number, onChange: (n: number) => void, label: string, testId: string) => (
    <label className="field-label station-votes__number">
      {label}
      <input
        className="input input--small"
        type="number"
        min={1}
        max={max}
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(clampCount(e.target.valueAsNumber, max))}
      />
    </label>
  );

  return (
    <section className="panel side-card station-votes" aria-labelledby={`${id}-heading`} data-testid="station-votes">
      <h2 id={`${id}-heading`} className="panel-title">
        {t('votes.overview.heading')}
      </h2>
      <ul className="station-votes__list">
        {rows.map(({ station, vote }) => {
          const status = statusOf(vote);
          const p = vote ? progress[vote.id] : undefined;
          return (
            <li key={station.id} className="station-votes__row" data-testid="station-vote" data-status={status}>
              <Link
                href={stationPath(connection.workshopId, station.id)}
                className="station-votes__name"
                title={station.name}
              >
                {station.name}
              </Link>
              <span className={`station-votes__state is-${status}`}>
                {status === 'open' && p
                  ? t('votes.overview.status.openDots', { count: p.dotsCast })
                  : status === 'promoted'
                    ? t('votes.overview.status.promoted', { count: vote!.promoted.length })
                    : t(`votes.overview.status.${status}`)}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="station-votes__action">
        {number(budget, VOTE_LIMITS.maxBudget, setBudget, t('votes.start.budget'), 'station-votes-budget')}
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy || toStart.length === 0}
          data-testid="station-votes-start"
          onClick={() => setPreviewing(true)}
        >
          {t('votes.overview.start', { count: toStart.length })}
        </button>
      </div>
      <div className="station-votes__action">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy || toReveal.length === 0}
          data-testid="station-votes-reveal"
          onClick={() => void reveal()}
        >
          {t('votes.overview.reveal', { count: toReveal.length })}
        </button>
      </div>
      <div className="station-votes__action">
        {number(count, VOTE_LIMITS.maxPromote, setCount, t('votes.facilitator.promoteCount'), 'station-votes-count')}
        <button
          type="button"
          className="button button--primary button--small"
          disabled={busy || toPromote.length === 0}
          data-testid="station-votes-promote"
          onClick={promote}
        >
          {t('votes.overview.promote', { count: toPromote.length, top: count })}
        </button>
      </div>
      {message && (
        <p
          className={message.error ? 'form-error' : 'form-ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="station-votes-message"
        >
          {message.text}
        </p>
      )}
      {previewing && (
        <StartStationsDialog
          stations={toStart.map((r) => r.station)}
          busy={busy}
          onStart={() => void start()}
          onClose={() => setPreviewing(false)}
        />
      )}
      {ties && (
        <TieDecisionDialog
          top={count}
          cases={ties}
          busy={busy}
          onDecide={(resolutions) => void promoteAll(resolutions)}
          onCancel={() => {
            setTies(null);
            setMessage(null);
          }}
        />
      )}
    </section>
  );
}
