import type { Ship } from '@mutopia/shared/board/ships';
import type { BudgetTier, Perspective, WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { hullColor } from './ShipDrawing';

/** What the definition says about a ship's references (a ship may outlive a renamed or removed entry). */
export function shipMeta(
  definition: WorkshopDefinition,
  ship: Pick<Ship, 'perspectiveId' | 'budgetTierId' | 'originStationId'>,
): { perspective: Perspective | undefined; budget: BudgetTier | undefined; color: string; origin: string } {
  const index = definition.perspectives.findIndex((p) => p.id === ship.perspectiveId);
  return {
    perspective: definition.perspectives[index],
    budget: definition.budgetTiers.find((b) => b.id === ship.budgetTierId),
    color: hullColor(index),
    origin: definition.stations.find((s) => s.id === ship.originStationId)?.name ?? '',
  };
}

/** A due date in the reader's language ("3. März 2025"), or the stored text if it does not parse. */
export function formatDue(due: string, language: string): string {
  const date = new Date(`${due}T12:00:00`);
  if (Number.isNaN(date.getTime())) return due;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
