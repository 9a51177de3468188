import type { DeepStrings } from '../messages-type';

/** German source texts of this area; the English ones below must have the same keys. */
export const questionsDe = {
  title: 'TODO',
} as const;

export const questionsEn: DeepStrings<typeof questionsDe> = {
  title: 'TODO',
};
