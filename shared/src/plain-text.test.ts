import { describe, expect, it } from 'vitest';
import { boardTitleSchema } from './rest.js';
import { questionTextSchema } from './questions/question-schemas.js';
import { seriesTitleSchema } from './series/series-schemas.js';
import { voteOpenSchema } from './votes/vote-schemas.js';
import { facilitatorCommandSchema } from './workshop/session-commands.js';
import { rosterEditSchema } from './workshop/roster.js';
import { templateParamsSchema } from './workshop/templates/template.js';
import { displayNameSchema, joinBodySchema } from './workshop-api.js';
import { CONTROL_CHARACTER_MESSAGE } from './plain-text.js';
import { findTemplate } from './workshop/templates/index.js';
import { workshopDefinitionSchema } from './workshop/definition.js';

const CONTROLS = ['\u0000', '\u0007', '\u001b', '\r', '\u007f', '\u0085', '\u009f'];

describe('free text stored in text columns', () => {
  it('refuses a NUL or any other control character in single-line names, with a clear message', () => {
    for (const c of [...CONTROLS, '\n', '\t']) {
      const result = displayNameSchema.safeParse(`A${c}na`);
      expect(result.success, JSON.stringify(c)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(CONTROL_CHARACTER_MESSAGE);
      expect(boardTitleSchema.safeParse(`Ide${c}en`).success, JSON.stringify(c)).toBe(false);
      expect(seriesTitleSchema.safeParse(`Reihe${c}2027`).success, JSON.stringify(c)).toBe(false);
    }
  });

  it('keeps letters of every language, emoji and spaces', () => {
    for (const name of ['Börje Ölmühle', 'Zoë 🙂', 'Łukasz  Żółć', '山田 花子', 'Ana\u00a0Maria']) {
      expect(displayNameSchema.parse(name)).toBe(name);
    }
  });

  it('keeps line feeds and tabs where text may have several lines, and refuses the rest there', () => {
    expect(questionTextSchema.parse('Wie lernen wir?\n\tUnd mit wem?')).toBe('Wie lernen wir?\n\tUnd mit wem?');
    for (const c of CONTROLS) expect(questionTextSchema.safeParse(`Wie${c}?`).success, JSON.stringify(c)).toBe(false);
    expect(facilitatorCommandSchema.safeParse({ type: 'broadcast', message: 'Pause\nbis 11 Uhr' }).success).toBe(true);
    expect(facilitatorCommandSchema.safeParse({ type: 'broadcast', message: 'Pause\u0000' }).success).toBe(false);
  });

  it('refuses control characters in joins, renames, vote titles, template titles and definitions', () => {
    expect(joinBodySchema.safeParse({ displayName: 'A\u0000na' }).success).toBe(false);
    expect(joinBodySchema.safeParse({ displayName: 'Ana', teamId: 't\u00001' }).success).toBe(false);
    expect(
      rosterEditSchema.safeParse({ type: 'rename', participantId: 'p1', displayName: 'Gr\u0000ace' }).success,
    ).toBe(false);
    const vote = { stationId: null, title: 'Top 3', items: [{ kind: 'note', id: 'n1' }] };
    expect(voteOpenSchema.safeParse(vote).success).toBe(true);
    expect(voteOpenSchema.safeParse({ ...vote, title: 'Top\u00003' }).success).toBe(false);
    expect(templateParamsSchema.safeParse({ title: 'Konferenz\u0000' }).success).toBe(false);

    const definition = findTemplate('weiterbildungskonferenz')!.build({ teamCount: 3 }, 'de');
    expect(workshopDefinitionSchema.safeParse(definition).success).toBe(true);
    const renamed = { ...definition, teams: definition.teams.map((t, i) => (i ? t : { ...t, name: 'Team\u0000A' })) };
    expect(workshopDefinitionSchema.safeParse(renamed).success).toBe(false);
    expect(workshopDefinitionSchema.safeParse({ ...definition, guidingQuestion: 'Wie?\nUnd wo?' }).success).toBe(true);
    expect(workshopDefinitionSchema.safeParse({ ...definition, guidingQuestion: 'Wie?\u0000' }).success).toBe(false);
  });
});
