import type { DeepStrings } from '../messages-type';

/** German source texts of this area; the English ones below must have the same keys. */
export const votesDe = {
  title: 'TODO',
} as const;

export const votesEn: DeepStrings<typeof votesDe> = {
  title: 'TODO',
};
