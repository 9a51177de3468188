import { z } from 'zod';
import { multiLine, singleLine } from '../plain-text.js';

/** Bumped when a stored or exported workshop definition would no longer parse. */
export const WORKSHOP_FORMAT_VERSION = 1;

export const localeSchema = z.enum(['de', 'en']);
export type Locale = z.infer<typeof localeSchema>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'ids are lower-case letters, digits and dashes');
const NAME_MAX = 120;
const name = singleLine(z.string().trim().min(1).max(NAME_MAX));
const text = multiLine(z.string().max(2000));

/**
 * Kinds of station (a place where work happens, with exactly one board each):
 * see the table in shared/PRODUCT.md for the seed format behind each one.
 */
export const stationKindSchema = z.enum([
  'teamSpace',
  'solutionRoom',
  'expertTable',
  'questionWall',
  'mutopia',
  'harbour',
  'themedRoom',
  'stand',
  'plenary',
]);
export type StationKind = z.infer<typeof stationKindSchema>;

export const perspectiveSchema = z.object({ id, name, motto: text });
export type Perspective = z.infer<typeof perspectiveSchema>;

export const budgetTierSchema = z.object({ id, label: name });
export type BudgetTier = z.infer<typeof budgetTierSchema>;

export const stationSchema = z.object({
  id,
  kind: stationKindSchema,
  /** Left out for a team's space: its name is derived from the team's (see `stationName`). */
  name: name.optional(),
  /** Shown large on the station's board and projector. */
  prompt: text.default(''),
  /** Self-selection refuses people once this many are in the room. */
  capacity: z.number().int().min(1).max(1000).optional(),
  /** Team spaces belong to one team. */
  teamId: id.optional(),
  perspectiveId: id.optional(),
  budgetTierId: id.optional(),
  /** The promoted question an [M]Utopie station works on (its text is the prompt). */
  questionId: singleLine(z.string().max(64)).optional(),
});
/** A station as a parsed definition holds it: every station has a name, a team space its team's. */
export type Station = Omit<z.infer<typeof stationSchema>, 'name'> & { name: string };
export type StationInput = z.input<typeof stationSchema>;

export const teamSchema = z.object({
  id,
  name,
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type Team = z.infer<typeof teamSchema>;

/**
 * How people get to the phase's stations:
 * - `plenary`: everybody together, no board work needed
 * - `teamSpace`: each team in its own space
 * - `rotation`: whole teams rotate round-robin through the stations, one round each
 * - `split`: each team's members are spread across the stations, then return
 * - `selfSelect`: each person picks a station, up to its capacity, once per round
 * - `continue`: everybody stays where the previous phase put them
 */
export const assignmentModeSchema = z.enum(['plenary', 'teamSpace', 'rotation', 'split', 'selfSelect', 'continue']);
export type AssignmentMode = z.infer<typeof assignmentModeSchema>;

export const phaseSchema = z.object({
  id,
  title: name,
  instruction: text.default(''),
  durationMinutes: z.number().int().min(1).max(600),
  mode: assignmentModeSchema,
  /** The stations this phase uses; empty for team spaces (each team's own) and plain plenaries. */
  stationIds: z.array(id).max(200).default([]),
  /** Rotation and self-selection run in rounds; each round gets `durationMinutes`. */
  rounds: z.number().int().min(1).max(50).default(1),
});
export type Phase = z.infer<typeof phaseSchema>;

/** What a team's space is called before the team's name, in the workshop's language. */
export const TEAM_SPACE_LABEL: Record<Locale, string> = { de: 'Teamraum', en: 'Team space' };

/**
 * A station's name. A team's space is named after its team at read time
 * rather than copied when the space is made, so renaming a team renames its
 * space everywhere (phone banner, console, results, door signs). A name
 * stored with a team space (definitions from before) is ignored.
 */
export function stationName(
  definition: { teams: ReadonlyArray<Pick<Team, 'id' | 'name'>>; locale: Locale },
  station: Pick<StationInput, 'kind' | 'teamId' | 'name'>,
): string {
  const team =
    station.kind === 'teamSpace' && station.teamId ? definition.teams.find((t) => t.id === station.teamId) : undefined;
  if (team) return `${TEAM_SPACE_LABEL[definition.locale]} ${team.name}`.slice(0, NAME_MAX);
  return station.name ?? '';
}

const definitionObjectSchema = z
  .object({
    format: z.literal('mutopia.workshop'),
    version: z.literal(WORKSHOP_FORMAT_VERSION),
    templateId: singleLine(z.string().max(64)).optional(),
    title: name,
    date: z.iso.date().optional(),
    venue: singleLine(z.string().max(200)).default(''),
    guidingQuestion: text.default(''),
    locale: localeSchema,
    teams: z.array(teamSchema).max(100),
    stations: z.array(stationSchema).max(300),
    phases: z.array(phaseSchema).min(1).max(100),
    perspectives: z.array(perspectiveSchema).max(20).default([]),
    budgetTiers: z.array(budgetTierSchema).max(20).default([]),
  })
  .superRefine((def, ctx) => {
    const unique = (ids: string[], path: string) => {
      const seen = new Set<string>();
      ids.forEach((value, index) => {
        if (seen.has(value))
          ctx.addIssue({ code: 'custom', path: [path, index, 'id'], message: `duplicate id ${value}` });
        seen.add(value);
      });
    };
    unique(
      def.teams.map((t) => t.id),
      'teams',
    );
    unique(
      def.stations.map((s) => s.id),
      'stations',
    );
    unique(
      def.phases.map((p) => p.id),
      'phases',
    );
    const stations = new Set(def.stations.map((s) => s.id));
    const teams = new Set(def.teams.map((t) => t.id));
    const perspectives = new Set(def.perspectives.map((p) => p.id));
    const tiers = new Set(def.budgetTiers.map((b) => b.id));
    def.stations.forEach((station, index) => {
      if (!station.name && !(station.kind === 'teamSpace' && station.teamId))
        ctx.addIssue({ code: 'custom', path: ['stations', index, 'name'], message: 'a station needs a name' });
      if (station.teamId && !teams.has(station.teamId))
        ctx.addIssue({
          code: 'custom',
          path: ['stations', index, 'teamId'],
          message: `unknown team ${station.teamId}`,
        });
      if (station.perspectiveId && !perspectives.has(station.perspectiveId))
        ctx.addIssue({ code: 'custom', path: ['stations', index, 'perspectiveId'], message: 'unknown perspective' });
      if (station.budgetTierId && !tiers.has(station.budgetTierId))
        ctx.addIssue({ code: 'custom', path: ['stations', index, 'budgetTierId'], message: 'unknown budget tier' });
    });
    def.phases.forEach((phase, index) => {
      phase.stationIds.forEach((stationId, j) => {
        if (!stations.has(stationId))
          ctx.addIssue({
            code: 'custom',
            path: ['phases', index, 'stationIds', j],
            message: `unknown station ${stationId}`,
          });
      });
      const needsStations = phase.mode === 'rotation' || phase.mode === 'split' || phase.mode === 'selfSelect';
      if (needsStations && phase.stationIds.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['phases', index, 'stationIds'],
          message: `${phase.mode} needs stations`,
        });
    });
  });

export const workshopDefinitionSchema = definitionObjectSchema.transform((def) => ({
  ...def,
  stations: def.stations.map((station): Station => ({ ...station, name: stationName(def, station) })),
}));
export type WorkshopDefinition = z.infer<typeof workshopDefinitionSchema>;
export type WorkshopDefinitionInput = z.input<typeof workshopDefinitionSchema>;
