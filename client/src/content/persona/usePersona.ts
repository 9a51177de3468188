import type * as Y from 'yjs';
import { observePersona, readPersona, type Persona } from '@mutopia/shared/board/persona';
import type { Station, WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { useDocValue } from '../useSideDoc';

/** The persona card of a team space's document, current after every edit by anyone. */
export function usePersona(doc: Y.Doc | null | undefined): Persona | null {
  return useDocValue(doc, readPersona, observePersona);
}

/** The rooms a pain point can be tagged with: the workshop's solution and themed rooms. */
export function themeStations(definition: WorkshopDefinition): Station[] {
  return definition.stations.filter((s) => s.kind === 'solutionRoom' || s.kind === 'themedRoom');
}
