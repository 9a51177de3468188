import type { DeepStrings } from '../messages-type';

/** German source texts of this area; the English ones below must have the same keys. */
export const seriesDe = {
  title: 'TODO',
} as const;

export const seriesEn: DeepStrings<typeof seriesDe> = {
  title: 'TODO',
};
