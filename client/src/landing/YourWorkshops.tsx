import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useWorkshopAccess, type WorkshopRecord } from '../stores/workshopAccess';
import { UsersIcon } from '../ui/icons';
import { facilitatorPath, joinPath, participantPath } from '../workshop/links';
import { RecentListItem } from './RecentListItem';

/** Join with a code read off a projector (the QR code goes straight to /j/CODE). */
export function JoinByCodeCard() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cleaned = code.replace(/[^a-z0-9]/gi, '').toUpperCase();
    if (cleaned) navigate(joinPath(cleaned));
  };
  return (
    <section className="card card--join" aria-labelledby="join-code-heading">
      <h2 id="join-code-heading" className="card__title">
        {t('landing.joinHeading')}
      </h2>
      <form className="create-form" onSubmit={submit}>
        <label htmlFor="join-code-input" className="field-label">
          {t('landing.joinCodeLabel')}
        </label>
        <div className="create-form__row">
          <input
            id="join-code-input"
            className="input input--code"
            value={code}
            maxLength={8}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="ABC234"
            data-testid="join-code-input"
            onChange={(e) => setCode(e.target.value)}
          />
          <button type="submit" className="button button--secondary" data-testid="join-code-submit">
            {t('landing.joinSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function hrefOf(record: WorkshopRecord): string {
  return record.facilitator ? facilitatorPath(record.id) : participantPath(record.id);
}

export function YourWorkshopsList() {
  const { t, i18n } = useTranslation();
  const workshops = useWorkshopAccess((s) => s.workshops);
  const forget = useWorkshopAccess((s) => s.forget);
  const list = Object.values(workshops)
    .filter((w) => w.facilitator || w.participant)
    .sort((a, b) => b.lastOpened - a.lastOpened);
  if (list.length === 0) return null;
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card card--workshops" aria-labelledby="workshops-heading">
      <h2 id="workshops-heading" className="card__title">
        {t('landing.workshopsHeading')}
      </h2>
      <ul className="recent-list" data-testid="your-workshops">
        {list.map((record) => {
          const title = record.title || t('workshop.untitled');
          const role = record.facilitator ? t(`roles.${record.facilitator.role}`) : t('roles.participant');
          return (
            <RecentListItem
              key={record.id}
              href={hrefOf(record)}
              icon={<UsersIcon size={18} />}
              iconClassName="recent-list__icon--workshop"
              title={title}
              meta={`${role} · ${t('landing.lastOpened', { date: format.format(record.lastOpened) })}`}
              removeLabel={t('landing.forgetWorkshop', { title })}
              onRemove={() => forget(record.id)}
              data={{ 'data-testid': 'your-workshop', 'data-workshop-id': record.id }}
            />
          );
        })}
      </ul>
      <p className="card__hint">{t('landing.workshopsHint')}</p>
    </section>
  );
}
