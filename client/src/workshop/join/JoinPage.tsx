import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { JoinInfo } from '@mutopia/shared/workshop-api';
import { LIMITS } from '@mutopia/shared/limits';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { Wordmark } from '../../app/Wordmark';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { errorCodeOf } from '../../api/http';
import { fetchJoinInfo, joinWorkshop } from '../../api/workshops';
import { useIdentity } from '../../stores/identity';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { Loading, PageMessage } from '../components';
import { participantPath } from '../links';

import './join.css';
type Lookup = { state: 'loading' } | { state: 'found'; info: JoinInfo } | { state: 'failed'; code: string };

const AUTO = '';

/** `/j/:code`: name, team, go. Someone who already joined in this browser goes straight in. */
export function JoinPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [lookup, setLookup] = useState<Lookup>({ state: 'loading' });
  const normalized = code.trim().toUpperCase();

  useEffect(() => {
    const controller = new AbortController();
    fetchJoinInfo(normalized, controller.signal).then(
      (info) => {
        const known = useWorkshopAccess.getState().workshops[info.workshopId];
        if (known?.participant) {
          navigate(participantPath(info.workshopId), { replace: true });
          return;
        }
        setLookup({ state: 'found', info });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLookup({ state: 'failed', code: errorCodeOf(error) });
      },
    );
    return () => controller.abort();
  }, [normalized, navigate]);

  if (lookup.state === 'loading') return <Loading />;
  if (lookup.state === 'failed') {
    const missing = lookup.code === 'not_found' || lookup.code === 'bad_request';
    return (
      <PageMessage
        testId="join-not-found"
        title={missing ? t('join.notFoundTitle') : t(`errors.${lookup.code as 'network'}`)}
        text={missing ? t('join.notFoundText', { code: normalized }) : undefined}
      />
    );
  }
  return <JoinForm code={normalized} info={lookup.info} />;
}

function JoinForm({ code, info }: { code: string; info: JoinInfo }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const rememberedName = useIdentity((s) => s.name);
  const [name, setName] = useState(rememberedName);
  const [teamId, setTeamId] = useState(AUTO);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useDocumentTitle(t('join.documentTitle', { title: info.title }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const displayName = name.trim();
    if (!displayName) {
      setError(t('join.nameRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const joined = await joinWorkshop(code, { displayName, ...(teamId ? { teamId } : {}) });
      useIdentity.getState().setName(displayName);
      useWorkshopAccess.getState().update(joined.workshopId, {
        title: info.title,
        joinCode: code,
        participant: { token: joined.token, participantId: joined.participantId, teamId: joined.teamId, displayName },
      });
      navigate(participantPath(joined.workshopId));
    } catch (cause) {
      setError(t(`errors.${errorCodeOf(cause)}`));
      setBusy(false);
    }
  };

  return (
    <div className="join-page">
      <header className="landing__header">
        <Wordmark />
        <LanguageSwitch />
      </header>
      <main className="join-page__main">
        <form className="card join-card-form" onSubmit={(e) => void submit(e)} noValidate data-testid="join-form">
          <p className="join-card-form__eyebrow">{t('join.eyebrow')}</p>
          <h1 className="join-card-form__title" data-testid="join-title">
            {info.title}
          </h1>
          <label htmlFor={`${id}-name`} className="field-label">
            {t('join.nameLabel')}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            maxLength={LIMITS.displayNameMaxLength}
            autoComplete="nickname"
            placeholder={t('join.namePlaceholder')}
            aria-invalid={error === t('join.nameRequired')}
            aria-describedby={`${id}-name-hint`}
            data-testid="join-name"
            onChange={(e) => setName(e.target.value)}
          />
          <p id={`${id}-name-hint`} className="card__hint">
            {t('join.nameHint')}
          </p>
          {info.teams.length > 0 && (
            <fieldset className="team-picker">
              <legend className="field-label">{t('join.teamLabel')}</legend>
              <label
                className={
                  teamId === AUTO ? 'team-option team-option--auto is-selected' : 'team-option team-option--auto'
                }
              >
                <input
                  type="radio"
                  name={`${id}-team`}
                  checked={teamId === AUTO}
                  data-testid="join-team-auto"
                  onChange={() => setTeamId(AUTO)}
                />
                <span>{t('join.assignMe')}</span>
              </label>
              <div className="team-picker__grid">
                {info.teams.map((team) => (
                  <label
                    key={team.id}
                    className={teamId === team.id ? 'team-option is-selected' : 'team-option'}
                    style={{ ['--team-color' as string]: team.color }}
                  >
                    <input
                      type="radio"
                      name={`${id}-team`}
                      checked={teamId === team.id}
                      data-testid={`join-team-${team.id}`}
                      onChange={() => setTeamId(team.id)}
                    />
                    <span className="team-option__swatch" aria-hidden="true" />
                    <span>{team.name}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <button
            type="submit"
            className="button button--primary join-card-form__submit"
            disabled={busy}
            data-testid="join-submit"
          >
            {busy ? t('join.joining') : t('join.submit')}
          </button>
          {error && (
            <p className="form-error" role="alert" data-testid="join-error">
              {error}
            </p>
          )}
        </form>
      </main>
    </div>
  );
}
