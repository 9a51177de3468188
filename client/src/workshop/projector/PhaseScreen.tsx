import { useTranslation } from 'react-i18next';
import { currentPhase, effectivePhase } from '@mutopia/shared/workshop/phases';
import { roundInfo } from '../overview';
import { QrCode } from '../QrCode';
import { Timer } from '../Timer';
import { useDefinition, useSession } from '../useWorkshop';
import { useJoin } from './useJoin';
import { WhoGoesWhere } from './WhoGoesWhere';

/**
 * The current phase: title, instruction, a huge timer, and how to join. When
 * the phase sends people to stations, the stations and who goes where fill
 * the screen under a compact header instead.
 */
export function PhaseScreen() {
  const definition = useDefinition();
  const state = useSession((s) => s.state!);
  const mode = effectivePhase(definition, state.phaseIndex)?.mode;
  if (mode && mode !== 'plenary') return <WherePhaseScreen />;
  return <BigPhaseScreen />;
}

function PhaseText({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const state = useSession((s) => s.state!);
  const phase = currentPhase(definition, state);
  const rounds = roundInfo(definition, state);
  return (
    <section className={compact ? 'projector-screen__text' : 'projector-phase__text'} lang={definition.locale}>
      <p className="projector__eyebrow">{definition.title}</p>
      <h1 className={compact ? 'projector-screen__title' : 'projector-phase__title'} data-testid="projector-title">
        {phase ? phase.title : t('projector.welcome')}
      </h1>
      {phase
        ? phase.instruction && <p className="projector-phase__instruction">{phase.instruction}</p>
        : definition.guidingQuestion && <p className="projector-phase__instruction">{definition.guidingQuestion}</p>}
      {rounds && (
        <p className="projector-phase__round">
          {t('console.roundOf', { round: rounds.round + 1, rounds: rounds.rounds })}
        </p>
      )}
    </section>
  );
}

function BigPhaseScreen() {
  const { t } = useTranslation();
  const definition = useDefinition();
  const state = useSession((s) => s.state!);
  const phase = currentPhase(definition, state);
  const join = useJoin();
  return (
    <main className="projector-phase" data-testid="projector-phase">
      <PhaseText compact={false} />
      <section className="projector-phase__side">
        {phase && <Timer variant="huge" progress />}
        <div className="projector-join">
          <QrCode value={join.url} label={t('console.joinQrLabel')} testId="join-qr" className="projector-join__qr" />
          <div className="projector-join__text">
            <span className="projector-join__label">{t('projector.joinWith')}</span>
            <span className="projector-join__code" data-testid="projector-join-code">
              {join.joinCode}
            </span>
            <span className="projector-join__url">{join.shortUrl}</span>
          </div>
        </div>
      </section>
    </main>
  );
}

function WherePhaseScreen() {
  const { t } = useTranslation();
  const join = useJoin();
  return (
    <main className="projector-screen" data-testid="projector-phase" data-layout="where">
      <header className="projector-screen__head">
        <PhaseText compact />
        <Timer variant="large" />
        <div className="projector-station__join">
          <QrCode
            value={join.url}
            label={t('console.joinQrLabel')}
            testId="join-qr"
            className="projector-station__qr"
          />
          <span className="projector-station__code" data-testid="projector-join-code">
            {join.joinCode}
          </span>
        </div>
      </header>
      <div className="projector-screen__body">
        <WhoGoesWhere />
      </div>
    </main>
  );
}
