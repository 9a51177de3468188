import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { VoteDots, VoteProgress, VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { currentVote } from './current-vote';
import { useWorkshop } from '../workshop/useWorkshop';
import { sendVoteEvent, voteErrorKey, votesStore, type VoteOutcome, type VotesState } from './votes-store';

export function useVotes<T>(selector: (state: VotesState) => T): T {
  return useStore(votesStore(useWorkshop()), selector);
}

const NO_DOTS: VoteDots = {};

export function useCurrentVote(stationId: string | null): VoteSessionView | null {
  return useVotes((s) => currentVote(s.sessions, stationId));
}

export function useMyDots(sessionId: string): VoteDots {
  return useVotes((s) => s.mine[sessionId] ?? NO_DOTS);
}

export function useVoteProgress(sessionId: string): VoteProgress | null {
  return useVotes((s) => s.progress[sessionId] ?? null);
}

/** Sends vote events and keeps the last refusal, translated, for a `role="alert"` next to the controls. */
export function useVoteActions(): {
  send: (...args: Parameters<typeof sendVoteEvent> extends [unknown, ...infer R] ? R : never) => Promise<VoteOutcome>;
  busy: boolean;
  error: string | null;
  clearError: () => void;
} {
  const { t } = useTranslation();
  const connection = useWorkshop();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (...args: Parameters<typeof sendVoteEvent> extends [unknown, ...infer R] ? R : never) => {
    setBusy(true);
    setError(null);
    const outcome = await sendVoteEvent(connection, ...args);
    setBusy(false);
    if (!outcome.ok) setError(t(voteErrorKey(outcome.error)));
    return outcome;
  };
  return { send, busy, error, clearError: () => setError(null) };
}
