import type { Station } from '@mutopia/shared/workshop/definition';
import { usePromotedQuestions } from '../../questions/useQuestions';
import { useDefinition } from '../../workshop/useWorkshop';
import { questionChoices, type QuestionChoice } from './fleet';

/** The questions a ship can answer: the promoted ones, then those [M]Utopie stations carry. */
export function useQuestionChoices(): QuestionChoice[] {
  const definition = useDefinition();
  const promoted = usePromotedQuestions();
  return questionChoices(
    definition.stations,
    promoted.map((q) => ({ id: q.id, text: q.text })),
  );
}

/** The question an [M]Utopie station works on ('' for a station without one). */
export function useStationQuestion(station: Station): string {
  const choices = useQuestionChoices();
  if (!station.questionId) return '';
  return choices.find((c) => c.id === station.questionId)?.text ?? station.prompt;
}
