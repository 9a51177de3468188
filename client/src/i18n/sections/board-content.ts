import type { DeepStrings } from '../messages-type';

/** German source texts of this area; the English ones below must have the same keys. */
export const boardContentDe = {
  title: 'TODO',
} as const;

export const boardContentEn: DeepStrings<typeof boardContentDe> = {
  title: 'TODO',
};
