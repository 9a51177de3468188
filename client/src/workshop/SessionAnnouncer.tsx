import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPhase } from '@mutopia/shared/workshop/phases';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { announce } from '../stores/announcements';
import { useVotes } from '../votes/useVotes';
import { summonsMe, timerMessage, voteMessages, type LiveMessage } from './live-announcements';
import { timerView } from './time-format';
import { useDefinition, useServerNow, useSession } from './useWorkshop';

/**
 * Feeds the app's live regions with what a participant would otherwise only
 * see: a new phase, the countdown at 5 and 1 minutes and its end, a summons
 * and votes opening, closing and revealed. Renders nothing; its own component
 * so the countdown's ticks re-render only this.
 */
export function SessionAnnouncer({ teamId, stationId }: { teamId: string | null; stationId: string | null }) {
  const { t } = useTranslation();
  const say = (m: LiveMessage) => announce(t(`live.${m.key}`, m.values ?? {}), m.politeness);
  const sayRef = useRef(say);
  sayRef.current = say;

  const definition = useDefinition();
  const state = useSession((s) => s.state!);
  const phase = currentPhase(definition, state);

  // A new phase: its title and, when it has one, the length of its countdown.
  const phaseIndex = useRef<number | null>(null);
  useEffect(() => {
    const before = phaseIndex.current;
    phaseIndex.current = state.phaseIndex;
    if (before === null || before === state.phaseIndex || !phase) return;
    const minutes = state.timer ? Math.round(state.timer.durationMs / 60_000) : 0;
    announce(
      minutes > 0
        ? t('live.phaseStartedTimed', { title: phase.title, minutes })
        : t('live.phaseStarted', { title: phase.title }),
    );
  }, [state.phaseIndex, phase, state.timer, t]);

  // The countdown, checked once a second, speaks only when it crosses a milestone.
  const now = useServerNow(1000);
  const remaining = timerView(state.timer, now)?.remainingMs ?? null;
  const timerKey = `${state.phaseIndex}/${state.timer?.durationMs ?? '-'}`;
  const lastTimer = useRef<{ key: string; remaining: number | null } | null>(null);
  useEffect(() => {
    const before = lastTimer.current;
    lastTimer.current = { key: timerKey, remaining };
    if (!before || before.key !== timerKey || before.remaining === null || remaining === null) return;
    const message = timerMessage(before.remaining, remaining);
    if (message) sayRef.current(message);
  }, [timerKey, remaining]);

  // A summons interrupts: people are waiting.
  const summon = state.summon;
  const summonAt = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    const before = summonAt.current;
    summonAt.current = summon?.at ?? null;
    if (before === undefined || !summon || before === summon.at || !summonsMe(summon, teamId, stationId)) return;
    const station = summon.toStationId ? definition.stations.find((s) => s.id === summon.toStationId) : undefined;
    sayRef.current(
      station
        ? { key: 'summonedTo', values: { station: station.name }, politeness: 'assertive' }
        : { key: 'summoned', politeness: 'assertive' },
    );
  }, [summon, teamId, stationId, definition.stations]);

  const sessions = useVotes((s) => s.sessions);
  const lastVotes = useRef<readonly VoteSessionView[] | null>(null);
  useEffect(() => {
    const before = lastVotes.current;
    lastVotes.current = sessions;
    for (const message of voteMessages(before, sessions, stationId)) sayRef.current(message);
  }, [sessions, stationId]);

  return null;
}
