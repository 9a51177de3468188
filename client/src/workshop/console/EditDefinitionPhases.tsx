import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase, WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { movePhase, removePhase } from '@mutopia/shared/workshop/edit-definition';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EditDefinitionAddPhase } from './EditDefinitionAddPhase';
import type { EditDraft } from './edit-draft';

interface Props {
  draft: WorkshopDefinition;
  edit: EditDraft;
  /** The phase the session is in (by id): it cannot be removed. */
  currentPhaseId: string | null;
}

/** The agenda: each phase's title, minutes and instruction; move up/down, remove, add. */
export function EditDefinitionPhases({ draft, edit, currentPhaseId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [removing, setRemoving] = useState<Phase | null>(null);
  // Moving re-orders the list; the button pressed should keep the focus (or its twin, at either end).
  const [moved, setMoved] = useState<{ phaseId: string; dir: 'up' | 'down' } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!moved) return;
    const button = (dir: string) =>
      list.current?.querySelector<HTMLButtonElement>(`[data-move="${moved.phaseId}:${dir}"]`);
    const same = button(moved.dir);
    (same && !same.disabled ? same : button(moved.dir === 'up' ? 'down' : 'up'))?.focus();
  }, [moved, draft.phases]);

  const change = (index: number, update: (p: Phase) => Phase) =>
    edit((d) => ({ ...d, phases: d.phases.map((p, i) => (i === index ? update(p) : p)) }));

  return (
    <section className="panel" aria-labelledby={`${id}-phases`}>
      <h2 id={`${id}-phases`} className="panel-title">
        {t('edit.phases')}
      </h2>
      <ol className="edit-list" ref={list}>
        {draft.phases.map((phase, index) => {
          const running = phase.id === currentPhaseId;
          const label = { index: index + 1, title: phase.title };
          return (
            <li key={phase.id} className="edit-item edit-item--phase" data-testid={`edit-phase-${index}`}>
              <div className="edit-phase__head">
                <span className="edit-item__kind">
                  {t(`modes.${phase.mode}`)}
                  {running && <span className="edit-phase__running"> · {t('edit.running')}</span>}
                </span>
                <div className="edit-phase__tools">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('edit.phaseUp', label)}
                    title={t('edit.up')}
                    disabled={index === 0}
                    data-move={`${phase.id}:up`}
                    data-testid={`edit-phase-up-${index}`}
                    onClick={() => {
                      edit((d) => movePhase(d, phase.id, -1));
                      setMoved({ phaseId: phase.id, dir: 'up' });
                    }}
                  >
                    ▲
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('edit.phaseDown', label)}
                    title={t('edit.down')}
                    disabled={index === draft.phases.length - 1}
                    data-move={`${phase.id}:down`}
                    data-testid={`edit-phase-down-${index}`}
                    onClick={() => {
                      edit((d) => movePhase(d, phase.id, 1));
                      setMoved({ phaseId: phase.id, dir: 'down' });
                    }}
                  >
                    ▼
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('edit.phaseRemove', label)}
                    aria-describedby={running ? `${id}-running` : undefined}
                    disabled={running || draft.phases.length === 1}
                    data-testid={`edit-phase-remove-${index}`}
                    onClick={() => setRemoving(phase)}
                  >
                    {t('edit.remove')}
                  </button>
                </div>
                {running && (
                  <p id={`${id}-running`} className="edit-phase__note">
                    {t('edit.runningCannotRemove')}
                  </p>
                )}
              </div>
              <label className="field-label">
                {t('edit.phaseTitle', { index: index + 1 })}
                <input
                  className="input"
                  value={phase.title}
                  maxLength={120}
                  data-testid={`edit-phase-title-${index}`}
                  onChange={(e) => change(index, (p) => ({ ...p, title: e.target.value }))}
                />
              </label>
              <label className="field-label edit-item__minutes">
                {t('edit.duration')}
                <input
                  className="input"
                  type="number"
                  min={1}
                  max={600}
                  value={phase.durationMinutes}
                  data-testid={`edit-phase-duration-${index}`}
                  onChange={(e) =>
                    change(index, (p) => ({ ...p, durationMinutes: Math.round(Number(e.target.value)) || 1 }))
                  }
                />
              </label>
              <label className="field-label edit-item__wide">
                {t('edit.instruction')}
                <textarea
                  className="input textarea"
                  rows={2}
                  maxLength={2000}
                  value={phase.instruction}
                  onChange={(e) => change(index, (p) => ({ ...p, instruction: e.target.value }))}
                />
              </label>
            </li>
          );
        })}
      </ol>
      <EditDefinitionAddPhase draft={draft} edit={edit} currentPhaseId={currentPhaseId} />
      {removing && (
        <ConfirmDialog
          title={t('edit.removePhaseTitle', { title: removing.title })}
          confirmLabel={t('edit.removePhaseConfirm')}
          testId="edit-remove-phase-dialog"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            edit((d) => removePhase(d, removing.id));
            setRemoving(null);
          }}
        >
          <p>{t('edit.removePhaseText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
