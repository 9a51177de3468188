import { useTranslation } from 'react-i18next';
import type { WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { uniqueId, type EditDraft } from './edit-draft';

/** The [M]Utopie perspectives and budget tiers. */
export function EditDefinitionPerspectives({ draft, edit }: { draft: WorkshopDefinition; edit: EditDraft }) {
  const { t } = useTranslation();
  return (
    <details className="panel edit-details" data-testid="edit-perspectives">
      <summary className="panel-title">
        {t('edit.perspectives', { count: draft.perspectives.length + draft.budgetTiers.length })}
      </summary>
      <ul className="edit-list">
        {draft.perspectives.map((perspective, index) => (
          <li key={perspective.id} className="edit-item">
            <label className="field-label">
              {t('edit.perspectiveName')}
              <input
                className="input"
                value={perspective.name}
                maxLength={120}
                data-testid={`edit-perspective-name-${index}`}
                onChange={(e) =>
                  edit((d) => ({
                    ...d,
                    perspectives: d.perspectives.map((x, i) => (i === index ? { ...x, name: e.target.value } : x)),
                  }))
                }
              />
            </label>
            <label className="field-label edit-item__wide">
              {t('edit.perspectiveMotto')}
              <textarea
                className="input textarea"
                rows={2}
                maxLength={2000}
                value={perspective.motto}
                onChange={(e) =>
                  edit((d) => ({
                    ...d,
                    perspectives: d.perspectives.map((x, i) => (i === index ? { ...x, motto: e.target.value } : x)),
                  }))
                }
              />
            </label>
          </li>
        ))}
        {draft.budgetTiers.map((tier, index) => (
          <li key={tier.id} className="edit-item">
            <label className="field-label">
              {t('edit.budgetTier', { index: index + 1 })}
              <input
                className="input"
                value={tier.label}
                maxLength={120}
                data-testid={`edit-budget-tier-${index}`}
                onChange={(e) =>
                  edit((d) => ({
                    ...d,
                    budgetTiers: d.budgetTiers.map((x, i) => (i === index ? { ...x, label: e.target.value } : x)),
                  }))
                }
              />
            </label>
          </li>
        ))}
      </ul>
      <div className="edit-add-station">
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="edit-add-perspective"
          onClick={() =>
            edit((d) => {
              const name = t('edit.newPerspective', { number: d.perspectives.length + 1 });
              const taken = new Set(d.perspectives.map((x) => x.id));
              return { ...d, perspectives: [...d.perspectives, { id: uniqueId(name, taken), name, motto: '' }] };
            })
          }
        >
          {t('edit.addPerspective')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="edit-add-budget-tier"
          onClick={() =>
            edit((d) => {
              const label = t('edit.newBudgetTier', { number: d.budgetTiers.length + 1 });
              const taken = new Set(d.budgetTiers.map((x) => x.id));
              return { ...d, budgetTiers: [...d.budgetTiers, { id: uniqueId(label, taken), label }] };
            })
          }
        >
          {t('edit.addBudgetTier')}
        </button>
      </div>
    </details>
  );
}
