export function resultsPath(workshopId: string): string {
  return `/w/${encodeURIComponent(workshopId)}/results`;
}
