import { takenForward } from '@mutopia/shared/questions/taken-forward';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { useQuestions } from '../questions/useQuestions';

/** The items to mark "übernommen": for questions, the wall's current selection (see takenForward). */
export function useTakenForward(vote: VoteSessionView): readonly string[] {
  const wall = useQuestions();
  return wall ? takenForward(vote, wall.questions) : vote.promoted;
}
