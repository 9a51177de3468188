import { useTranslation } from 'react-i18next';
import { useTeamQuestion } from '../../questions/useQuestions';

/** The team's "Wie können wir …?" question in its pack. */
export function TeamPackQuestion({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const question = useTeamQuestion(teamId);
  // Until the wall has arrived there is nothing to say either way.
  if (question === undefined) return null;
  return (
    <div className="team-pack__question" data-testid="team-pack-question">
      <h3 className="persona-summary__label">{t('boardContent.persona.packQuestion')}</h3>
      {question ? (
        <p className="team-pack__question-text">{question.text}</p>
      ) : (
        <p className="content-panel__hint">{t('boardContent.persona.packNoQuestion')}</p>
      )}
    </div>
  );
}
