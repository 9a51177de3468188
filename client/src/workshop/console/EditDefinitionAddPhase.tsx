import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentMode, WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { addPhase } from '@mutopia/shared/workshop/edit-definition';
import { uniqueId, type EditDraft } from './edit-draft';

/** Kinds of phase that need no stations picked, so a phase added live works at once. */
const MODES: AssignmentMode[] = ['plenary', 'teamSpace', 'continue'];

interface Props {
  draft: WorkshopDefinition;
  edit: EditDraft;
  currentPhaseId: string | null;
}

/** Adds a phase (a break, a plenary, time in the team spaces) where the facilitator wants it. */
export function EditDefinitionAddPhase({ draft, edit, currentPhaseId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [mode, setMode] = useState<AssignmentMode>('plenary');
  const [minutes, setMinutes] = useState(15);
  // Right after the running phase is where a live change usually goes; null: as chosen.
  const [after, setAfter] = useState<string | null>(null);
  const defaultAfter = currentPhaseId ?? draft.phases.at(-1)?.id ?? '';
  const afterId = after !== null && (after === '' || draft.phases.some((p) => p.id === after)) ? after : defaultAfter;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = title.trim();
    if (!name) return;
    edit((d) => {
      const phase = {
        id: uniqueId(name, new Set(d.phases.map((p) => p.id))),
        title: name,
        instruction: '',
        durationMinutes: Math.min(600, Math.max(1, Math.round(minutes) || 1)),
        mode,
        stationIds: [],
        rounds: 1,
      };
      return addPhase(d, phase, afterId === '' ? 0 : d.phases.findIndex((p) => p.id === afterId) + 1);
    });
    setTitle('');
  };

  return (
    <div className="edit-add-phase" role="group" aria-labelledby={`${id}-add`}>
      <h3 id={`${id}-add`} className="edit-add-phase__title">
        {t('edit.addPhase')}
      </h3>
      <label className="field-label">
        {t('edit.newPhaseTitle')}
        <input
          className="input"
          value={title}
          maxLength={120}
          placeholder={t('edit.newPhasePlaceholder')}
          data-testid="edit-new-phase-title"
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add(e);
          }}
        />
      </label>
      <label className="field-label">
        {t('edit.newPhaseMode')}
        <select
          className="input select"
          value={mode}
          data-testid="edit-new-phase-mode"
          onChange={(e) => setMode(e.target.value as AssignmentMode)}
        >
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(`modes.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-label">
        {t('edit.duration')}
        <input
          className="input"
          type="number"
          min={1}
          max={600}
          value={minutes}
          onChange={(e) => setMinutes(Number(e.target.value))}
        />
      </label>
      <label className="field-label">
        {t('edit.newPhasePosition')}
        <select
          className="input select"
          value={afterId}
          data-testid="edit-new-phase-position"
          onChange={(e) => setAfter(e.target.value)}
        >
          <option value="">{t('edit.atStart')}</option>
          {draft.phases.map((p, index) => (
            <option key={p.id} value={p.id}>
              {t('edit.afterPhase', { index: index + 1, title: p.title })}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="edit-add-phase"
        disabled={!title.trim()}
        onClick={add}
      >
        {t('edit.addPhase')}
      </button>
    </div>
  );
}
