/** WCAG 2 contrast, so a team chip in any team colour stays readable; the formula lives in shared/ with its tests. */
export { contrastRatio, inkOn, luminance } from '@mutopia/shared/a11y/contrast';
