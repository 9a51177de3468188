/** Sizes of the typed board content; both the writers here and the views clip to them. */
export const CONTENT_LIMITS = {
  shortText: 200,
  longText: 4000,
  painPoints: 20,
  groups: 200,
  insights: 50,
  ships: 300,
  stepsPerShip: 30,
  crewPerShip: 30,
} as const;
