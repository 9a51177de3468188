import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CreateWorkshopBody } from '@mutopia/shared/workshop-api';
import type { Locale, WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { workshopDefinitionSchema } from '@mutopia/shared/workshop/definition';
import { TEMPLATES } from '@mutopia/shared/workshop/templates/index';
import { ARCHIVE_MAX_BYTES, looksLikeArchive, workshopArchiveSchema } from '@mutopia/shared/results/archive-schema';
import { errorCodeOf } from '../api/http';
import { CreateSecretField } from './CreateSecretField';
import { createWorkshop, loginWithSecret } from '../api/workshops';
import { currentLanguage } from '../i18n/i18n';
import { useCreatedLinks, useWorkshopAccess } from '../stores/workshopAccess';
import { facilitatorPath } from '../workshop/links';

type FormError = ReturnType<typeof errorCodeOf> | 'teamCount' | 'importInvalid' | 'importUnreadable';

const MAX_TEAMS = 100;

export function CreateWorkshopForm() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const uiLanguage = currentLanguage();
  const [templateId, setTemplateId] = useState(TEMPLATES[0]?.id ?? '');
  const template = TEMPLATES.find((tpl) => tpl.id === templateId) ?? TEMPLATES[0];
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [teamCount, setTeamCount] = useState(String(template?.defaultTeamCount ?? 0));
  const [locale, setLocale] = useState<Locale>(uiLanguage);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: FormError; detail?: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const pickTemplate = (next: string) => {
    setTemplateId(next);
    const found = TEMPLATES.find((tpl) => tpl.id === next);
    if (found) setTeamCount(String(found.defaultTeamCount));
  };

  /** Creates the workshop, signs in with its facilitator secret and opens the console with the links. */
  async function create(body: CreateWorkshopBody, fallbackTitle: string) {
    setBusy(true);
    setError(null);
    try {
      const created = await createWorkshop(body);
      const login = await loginWithSecret(created.workshopId, created.facilitatorSecret);
      useWorkshopAccess.getState().update(created.workshopId, {
        title: fallbackTitle,
        joinCode: created.joinCode,
        created: true,
        facilitator: { token: login.token, role: login.role === 'cofacilitator' ? 'cofacilitator' : 'facilitator' },
        cofacilitatorSecret: created.cofacilitatorSecret,
      });
      useCreatedLinks.getState().show({
        workshopId: created.workshopId,
        joinCode: created.joinCode,
        facilitatorSecret: created.facilitatorSecret,
        cofacilitatorSecret: created.cofacilitatorSecret,
      });
      navigate(facilitatorPath(created.workshopId));
    } catch (cause) {
      setError({ code: errorCodeOf(cause) });
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!template) return;
    const count = Number(teamCount);
    if (!Number.isInteger(count) || count < 0 || count > MAX_TEAMS) {
      setError({ code: 'teamCount' });
      return;
    }
    const trimmed = title.trim();
    void create(
      {
        templateId: template.id,
        locale,
        params: { ...(trimmed ? { title: trimmed } : {}), ...(date ? { date } : {}), teamCount: count },
      },
      trimmed || template.name[locale],
    );
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > ARCHIVE_MAX_BYTES) {
      setError({ code: 'payload_too_large' });
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      setError({ code: 'importUnreadable' });
      return;
    }
    // A complete archive (results page) brings its boards, questions and votes along.
    if (looksLikeArchive(raw)) {
      const archive = workshopArchiveSchema.safeParse(raw);
      if (!archive.success) {
        const issue = archive.error.issues[0];
        setError({ code: 'importInvalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined });
        return;
      }
      void create({ archive: archive.data }, archive.data.definition.title);
      return;
    }
    // An export is the bare definition; a saved request body wraps it.
    const candidate =
      raw !== null && typeof raw === 'object' && 'definition' in raw
        ? (raw as { definition: unknown }).definition
        : raw;
    const parsed = workshopDefinitionSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError({ code: 'importInvalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined });
      return;
    }
    const definition: WorkshopDefinition = parsed.data;
    void create({ definition }, definition.title);
  }

  const errorText = error
    ? error.code === 'teamCount'
      ? t('createWorkshop.teamCountInvalid', { max: MAX_TEAMS })
      : error.code === 'importInvalid'
        ? t('createWorkshop.importInvalid')
        : error.code === 'importUnreadable'
          ? t('createWorkshop.importUnreadable')
          : t(`errors.${error.code}`)
    : null;

  return (
    <section className="card card--workshop" aria-labelledby={`${id}-heading`} data-testid="create-workshop">
      <h2 id={`${id}-heading`} className="card__title">
        {t('createWorkshop.heading')}
      </h2>
      <p className="card__text">{t('createWorkshop.intro')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset className="template-picker">
          <legend className="field-label">{t('createWorkshop.template')}</legend>
          <div className="template-picker__grid">
            {TEMPLATES.map((tpl) => (
              <label
                key={tpl.id}
                className={tpl.id === templateId ? 'template-card is-selected' : 'template-card'}
                data-testid={`template-${tpl.id}`}
              >
                <input
                  type="radio"
                  name={`${id}-template`}
                  value={tpl.id}
                  checked={tpl.id === templateId}
                  onChange={() => pickTemplate(tpl.id)}
                  className="template-card__radio"
                />
                <span className="template-card__name">{tpl.name[uiLanguage]}</span>
                <span className="template-card__description">{tpl.description[uiLanguage]}</span>
                <span className="template-card__based">
                  {t('createWorkshop.basedOn', { source: tpl.basedOn[uiLanguage] })}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="workshop-form__fields">
          <div className="workshop-form__field workshop-form__field--wide">
            <label htmlFor={`${id}-title`} className="field-label">
              {t('createWorkshop.title')}
            </label>
            <input
              id={`${id}-title`}
              className="input"
              value={title}
              maxLength={120}
              placeholder={template?.name[locale]}
              autoComplete="off"
              data-testid="workshop-title"
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="workshop-form__field">
            <label htmlFor={`${id}-date`} className="field-label">
              {t('createWorkshop.date')}
            </label>
            <input
              id={`${id}-date`}
              className="input"
              type="date"
              value={date}
              data-testid="workshop-date"
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
          <div className="workshop-form__field">
            <label htmlFor={`${id}-teams`} className="field-label">
              {t('createWorkshop.teamCount')}
            </label>
            <input
              id={`${id}-teams`}
              className="input"
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_TEAMS}
              value={teamCount}
              aria-invalid={error?.code === 'teamCount'}
              data-testid="workshop-team-count"
              onChange={(e) => setTeamCount(e.target.value)}
            />
          </div>
          <div className="workshop-form__field">
            <span className="field-label" id={`${id}-locale`}>
              {t('createWorkshop.contentLanguage')}
            </span>
            <div className="segmented segmented--field" role="radiogroup" aria-labelledby={`${id}-locale`}>
              {(['de', 'en'] as const).map((lng) => (
                <button
                  key={lng}
                  type="button"
                  role="radio"
                  aria-checked={locale === lng}
                  className="segmented__option"
                  data-testid={`workshop-locale-${lng}`}
                  onClick={() => setLocale(lng)}
                >
                  {t(`language.${lng}`)}
                </button>
              ))}
            </div>
          </div>
        </div>
        <div className="workshop-form__actions">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="create-workshop-submit">
            {busy ? t('landing.creating') : t('createWorkshop.submit')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            data-testid="import-workshop"
            onClick={() => fileRef.current?.click()}
          >
            {t('createWorkshop.import')}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            hidden
            data-testid="import-workshop-file"
            onChange={(e) => void importFile(e)}
          />
        </div>
        <CreateSecretField refused={error?.code === 'create_secret_required'} />
        {errorText && (
          <p className="form-error" role="alert" data-testid="create-workshop-error">
            {errorText}
            {error?.detail && <span className="form-error__detail"> ({error.detail})</span>}
          </p>
        )}
      </form>
    </section>
  );
}
