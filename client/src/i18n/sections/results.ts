import type { DeepStrings } from '../messages-type';

/** German source texts of this area; the English ones below must have the same keys. */
export const resultsDe = {
  title: 'TODO',
} as const;

export const resultsEn: DeepStrings<typeof resultsDe> = {
  title: 'TODO',
};
