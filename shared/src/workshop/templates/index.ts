import { meetingpoint } from './meetingpoint.js';
import { praxisaustausch } from './praxisaustausch.js';
import type { WorkshopTemplate } from './template.js';
import { weiterbildungskonferenz } from './weiterbildungskonferenz.js';

export const TEMPLATES: readonly WorkshopTemplate[] = [weiterbildungskonferenz, meetingpoint, praxisaustausch];

export function findTemplate(id: string): WorkshopTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export * from './template.js';
export { SOLUTION_ROOM_THEMES } from './weiterbildungskonferenz.js';
