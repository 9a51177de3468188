export * from './definition.js';
export * from './team-colors.js';
export * from './schedules/rotation.js';
export * from './schedules/member-split.js';
export * from './schedules/self-selection.js';
export * from './templates/index.js';
