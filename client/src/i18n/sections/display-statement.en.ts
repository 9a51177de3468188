import type { DeepStrings } from '../messages-type';
import type { displayStatementDe } from './display-statement';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const displayStatementEn: DeepStrings<typeof displayStatementDe> = {
  statement: {
    title: 'Accessibility statement',
    back: 'To the start page',
    intro:
      'The operator of this Mutopia server strives to make the application accessible, in line with the German Barrier-Free Information Technology Ordinance (BITV 2.0) and the European standard EN 301 549, which applies the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.',
    operator: 'Operator: {{operator}}',
    statusHeading: 'Compliance status',
    status: 'This application is partially compliant. The following content is not accessible yet:',
    gaps: {
      canvas:
        'A board’s canvas (moving notes freely, group frames) works best with mouse and touch. Keyboard and screen reader users have the list view; not every arrangement on the canvas is reflected there.',
      cursors: 'Other people’s pointers are not announced to screen readers.',
      images:
        'The board as an image (PNG export) has no text alternative; the same content is on the results page as text.',
      content:
        'Text that participants and facilitators write themselves (notes, questions, personas) is not checked for readability.',
      plainLanguage: 'There is no plain-language (Leichte Sprache) version of the instructions yet.',
    },
    preparedHeading: 'Preparation of this statement',
    prepared:
      'This statement is based on a self-assessment: automated checks with axe-core on every view, a test that does a whole participant task with the keyboard alone, and checks of the display preferences (contrast of at least 7:1 in high contrast).',
    displayHeading: 'Adjusting the display',
    display:
      'The “Display” menu (in the footer, or at the top on a phone) offers high contrast, large text and reduced motion. The choice applies to this device. A projector’s link can carry it: ?contrast=high&text=large.',
    feedbackHeading: 'Feedback and contact',
    feedback: 'Have you found a barrier, or do you need content in another form? Write to us:',
    feedbackMissing:
      'The operator of this server has not entered an accessibility contact yet. Please contact the facilitators of your event.',
    enforcementHeading: 'Enforcement procedure',
    enforcement:
      'If your feedback to the contact above does not lead to a satisfactory solution, you can turn to the conciliation body under § 16 of the German Disability Equality Act (Schlichtungsstelle BGG). It supports out-of-court settlement of disputes between people with disabilities and federal public bodies. The procedure is free of charge and needs no legal counsel. For public bodies of the federal states, the state’s own enforcement or conciliation body is responsible.',
    enforcementLink: 'Website of the Schlichtungsstelle BGG',
  },
};
