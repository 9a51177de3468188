import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Station } from '@mutopia/shared/workshop/definition';
import { useDefinition } from '../../workshop/useWorkshop';
import { stationFacts } from '../../workshop/overview';
import { useStationQuestion } from '../ships/useQuestionChoices';

import './mutopia.css';
/**
 * The brief of an [M]Utopie station, large enough to read from across the
 * room: the question, the perspective with its motto, the budget tier.
 */
export function MutopiaBrief({ station }: { station: Station }) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const { perspective, budget } = stationFacts(definition, station);
  const question = useStationQuestion(station);
  const headingId = useId();
  // The generator writes the question as the prompt; a hand-made station's prompt is an instruction.
  const instruction = station.prompt && station.prompt !== question ? station.prompt : '';
  return (
    <section
      className="content-panel mutopia-brief"
      aria-labelledby={headingId}
      data-testid="mutopia-brief"
      lang={definition.locale}
    >
      <h2 className="visually-hidden" id={headingId}>
        {t('boardContent.mutopia.label')}
      </h2>
      {question && (
        <div className="mutopia-brief__question">
          <span className="mutopia-brief__label">{t('boardContent.mutopia.question')}</span>
          <p className="mutopia-brief__question-text" data-testid="mutopia-question">
            {question}
          </p>
        </div>
      )}
      {instruction && <p className="mutopia-brief__instruction">{instruction}</p>}
      <div className="mutopia-brief__facts">
        {perspective && (
          <div className="mutopia-brief__perspective" data-testid="mutopia-perspective">
            <span className="mutopia-brief__label">{t('boardContent.mutopia.perspective')}</span>
            <p className="mutopia-brief__perspective-name">{perspective.name}</p>
            {perspective.motto && <p className="mutopia-brief__motto">{perspective.motto}</p>}
          </div>
        )}
        {budget && (
          <div className="mutopia-brief__budget" data-testid="mutopia-budget">
            <span className="mutopia-brief__label">{t('boardContent.mutopia.budget')}</span>
            <p className="mutopia-brief__budget-label">{budget.label}</p>
          </div>
        )}
      </div>
    </section>
  );
}
