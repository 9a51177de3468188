import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Question, QuestionsState } from '@mutopia/shared/questions/question-schemas';
import { questionsDe } from '../i18n/sections/questions';
import { useWorkshop } from '../workshop/useWorkshop';
import { questionsStore, sendQuestionEvent, type QuestionOutcome } from './questions-store';

/** The whole question wall, live; null until the server has sent it. */
export function useQuestions(): QuestionsState | null {
  return useStore(questionsStore(useWorkshop()), (s) => s.wall);
}

/** A team's question (null: none yet; undefined: the wall has not arrived). */
export function useTeamQuestion(teamId: string | null | undefined): Question | null | undefined {
  return useStore(questionsStore(useWorkshop()), (s) => {
    if (!s.wall) return undefined;
    return s.wall.questions.find((q) => q.teamId === teamId) ?? null;
  });
}

/** The promoted questions in rank order. */
export function usePromotedQuestions(): Question[] {
  const wall = useQuestions();
  if (!wall) return [];
  return wall.questions
    .filter((q) => q.promotedRank !== null)
    .sort((a, b) => (a.promotedRank ?? 0) - (b.promotedRank ?? 0));
}

type ErrorCode = keyof typeof questionsDe.errors;

function errorCode(error: string): ErrorCode {
  return Object.hasOwn(questionsDe.errors, error) ? (error as ErrorCode) : 'unknown';
}

/** Sends question events and keeps the last refusal, translated, for a `role="alert"`. */
export function useQuestionActions() {
  const { t } = useTranslation();
  const connection = useWorkshop();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = useCallback(
    async (...args: Parameters<typeof sendQuestionEvent> extends [unknown, ...infer R] ? R : never) => {
      setBusy(true);
      setError(null);
      const outcome: QuestionOutcome = await sendQuestionEvent(connection, ...args);
      setBusy(false);
      if (!outcome.ok) setError(t(`questions.errors.${errorCode(outcome.error)}`));
      return outcome;
    },
    [connection, t],
  );
  return { send, busy, error, clearError: () => setError(null) };
}
