import { z } from 'zod';
import { singleLine } from '../../plain-text.js';
import {
  WORKSHOP_FORMAT_VERSION,
  workshopDefinitionSchema,
  type AssignmentMode,
  type BudgetTier,
  type Locale,
  type Perspective,
  type StationInput,
  type Team,
  type WorkshopDefinition,
} from '../definition.js';
import { teamColor } from '../team-colors.js';

/** Text in both languages; templates pick one when they build a workshop. */
export interface Bilingual {
  de: string;
  en: string;
}

export const templateParamsSchema = z.object({
  title: singleLine(z.string().trim().min(1).max(120)).optional(),
  date: z.iso.date().optional(),
  venue: singleLine(z.string().max(200)).optional(),
  teamCount: z.number().int().min(0).max(100).optional(),
});
export type TemplateParams = z.infer<typeof templateParamsSchema>;

export interface WorkshopTemplate {
  id: string;
  name: Bilingual;
  description: Bilingual;
  /** Where the format comes from (the seed event report). */
  basedOn: Bilingual;
  defaultTeamCount: number;
  build(params: TemplateParams, locale: Locale): WorkshopDefinition;
}

export function pick(text: Bilingual, locale: Locale): string {
  return text[locale];
}

export function makeTeams(count: number): Team[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `team-${i + 1}`,
    name: `Team ${i + 1}`,
    color: teamColor(i),
  }));
}

/** A phase as templates write it: both languages, stations already resolved to ids. */
export interface PhaseDraft {
  id: string;
  title: Bilingual;
  instruction: Bilingual;
  durationMinutes: number;
  mode: AssignmentMode;
  stationIds: string[];
  rounds?: number;
}

/** Puts a template's parts together into a validated definition in one language. */
export function assemble(
  template: WorkshopTemplate,
  params: TemplateParams,
  locale: Locale,
  parts: {
    title: Bilingual;
    guidingQuestion: Bilingual;
    teams: Team[];
    stations: StationInput[];
    phases: PhaseDraft[];
    perspectives?: Perspective[];
    budgetTiers?: BudgetTier[];
  },
): WorkshopDefinition {
  return workshopDefinitionSchema.parse({
    format: 'mutopia.workshop',
    version: WORKSHOP_FORMAT_VERSION,
    templateId: template.id,
    title: params.title ?? pick(parts.title, locale),
    date: params.date,
    venue: params.venue ?? '',
    guidingQuestion: pick(parts.guidingQuestion, locale),
    locale,
    teams: parts.teams,
    stations: parts.stations,
    phases: parts.phases.map((phase) => ({
      id: phase.id,
      title: pick(phase.title, locale),
      instruction: pick(phase.instruction, locale),
      durationMinutes: phase.durationMinutes,
      mode: phase.mode,
      stationIds: phase.stationIds,
      rounds: phase.rounds ?? 1,
    })),
    perspectives: parts.perspectives ?? [],
    budgetTiers: parts.budgetTiers ?? [],
  });
}
