import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import type { EditDraft } from './edit-draft';

/** Title, date, venue and guiding question. */
export function EditDefinitionWorkshop({ draft, edit }: { draft: WorkshopDefinition; edit: EditDraft }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-workshop`}>
      <h2 id={`${id}-workshop`} className="panel-title">
        {t('edit.workshop')}
      </h2>
      <div className="edit-grid">
        <label className="field-label edit-grid__wide">
          {t('createWorkshop.title')}
          <input
            className="input"
            value={draft.title}
            maxLength={120}
            data-testid="edit-title"
            onChange={(e) => edit((d) => ({ ...d, title: e.target.value }))}
          />
        </label>
        <label className="field-label">
          {t('createWorkshop.date')}
          <input
            className="input"
            type="date"
            value={draft.date ?? ''}
            onChange={(e) =>
              edit((d) => {
                const { date: _old, ...rest } = d;
                return e.target.value ? { ...rest, date: e.target.value } : rest;
              })
            }
          />
        </label>
        <label className="field-label">
          {t('edit.venue')}
          <input
            className="input"
            value={draft.venue}
            maxLength={200}
            onChange={(e) => edit((d) => ({ ...d, venue: e.target.value }))}
          />
        </label>
        <label className="field-label edit-grid__wide">
          {t('edit.guidingQuestion')}
          <textarea
            className="input textarea"
            rows={2}
            maxLength={2000}
            value={draft.guidingQuestion}
            onChange={(e) => edit((d) => ({ ...d, guidingQuestion: e.target.value }))}
          />
        </label>
      </div>
    </section>
  );
}
