import type { ShippedLocale } from '@barnets-basta/core';

/**
 * Every user-visible UI string of the `<Wheel>` (not the domain texts: area names, statements,
 * questions and scale labels come from the content pack and the scale). Placeholders in `{braces}`
 * are filled with `formatMessage` from `@barnets-basta/core`, always as plain text.
 */
export interface WheelMessages {
  /** Name of the group around the whole wheel when the pack has no title. */
  wheelLabel: string;
  /** Button that opens an area's popover. */
  aboutArea: string;
  /** Heading above the guiding questions in the popover. */
  questionsHeading: string;
  /** Legend of the rating choices repeated in the popover. */
  yourAnswer: string;
  /** Button that takes an answer away again (back to unanswered). */
  clearAnswer: string;
  /** Closes the popover. */
  close: string;
  /** "Vet inte": an answer of its own, never a value. */
  dontKnow: string;
  /** "Vill inte svara": an answer of its own, never a value. */
  declined: string;
  /** Shown for an area with no answer yet. */
  notAnswered: string;
  /** A value with its words, e.g. "4 – Stämmer bra". */
  valueWithLabel: string;
  /** A value without words (the middle steps of 1–10), e.g. "7 av 10". */
  valueOfMax: string;
  /** Visually hidden lead-in before an area's current answer, read by screen readers. */
  answerPrefix: string;
  /** Accessible name of the 1–10 slider. */
  rangeLabel: string;
  /** Shown under the slider: what its two ends mean. */
  rangeEnds: string;
  /** Checkbox of the discussion-only scale. */
  talkedAbout: string;
  /** Short form shown on the wheel for a talked-about area. */
  talkedAboutShort: string;
  /** Label of the note field. */
  note: string;
  /** Hint under the note field. */
  noteHint: string;
  /** Shown in read-only mode when an area has a note. */
  noteReadOnly: string;
  /** Legend of the visibility choice. */
  visibilityLegend: string;
  visibilityMeeting: string;
  visibilityContactPerson: string;
  visibilityRespondent: string;
  /** Visibility choice for the closing question. */
  hopesVisibilityLegend: string;
  /** Visually hidden prefix of every error message. */
  errorPrefix: string;
  /** Error for an unanswered area when `required` is set. */
  requiredArea: string;
  /** Title of the box shown when the `content` prop cannot be used. */
  contentErrorTitle: string;
  /** Text under that title. */
  contentErrorIntro: string;
  /** Title of the box shown when `value`/`defaultValue` cannot be read. */
  valueErrorTitle: string;
  /** Text under that title. */
  valueErrorIntro: string;
}

/**
 * The wheel's shipped catalogues, Swedish first. Override any part through the `messages` prop.
 *
 * @example
 * import { wheelMessages } from '@barnets-basta/wheel';
 * <Wheel locale="en" messages={{ dontKnow: 'Not sure' }} />;
 * wheelMessages.sv.dontKnow; // "Vet inte"
 */
export const wheelMessages: Record<ShippedLocale, WheelMessages> = {
  sv: {
    wheelLabel: 'Hjulet',
    aboutArea: 'Om {area}',
    questionsHeading: 'Att prata om',
    yourAnswer: 'Ditt svar',
    clearAnswer: 'Ta bort svaret',
    close: 'Stäng',
    dontKnow: 'Vet inte',
    declined: 'Vill inte svara',
    notAnswered: 'Inte besvarat',
    valueWithLabel: '{value} – {label}',
    valueOfMax: '{value} av {max}',
    answerPrefix: 'Svar:',
    rangeLabel: '{area}, från 1 till {max}',
    rangeEnds: '1 betyder {min}. {max} betyder {maxLabel}.',
    talkedAbout: 'Vi har pratat om det här',
    talkedAboutShort: 'Pratat om',
    note: 'Anteckning',
    noteHint: 'Skriv med egna ord. Du kan ändra det senare.',
    noteReadOnly: 'Anteckning:',
    visibilityLegend: 'Vem får se det här svaret?',
    visibilityMeeting: 'Alla på mötet',
    visibilityContactPerson: 'Bara min kontaktperson',
    visibilityRespondent: 'Bara jag',
    hopesVisibilityLegend: 'Vem får se det du skrev?',
    errorPrefix: 'Fel:',
    requiredArea: 'Välj ett svar om {area}. Du kan också välja ”{dontKnow}” eller ”{declined}”.',
    contentErrorTitle: 'Innehållet till hjulet kunde inte användas',
    contentErrorIntro: 'Hjulet visar standardinnehållet i stället. Det här behöver rättas:',
    valueErrorTitle: 'De sparade svaren kunde inte läsas',
    valueErrorIntro: 'Hjulet börjar utan svar. Det här behöver rättas:',
  },
  en: {
    wheelLabel: 'The wheel',
    aboutArea: 'About {area}',
    questionsHeading: 'To talk about',
    yourAnswer: 'Your answer',
    clearAnswer: 'Remove the answer',
    close: 'Close',
    dontKnow: "Don't know",
    declined: 'Prefer not to say',
    notAnswered: 'Not answered',
    valueWithLabel: '{value} – {label}',
    valueOfMax: '{value} of {max}',
    answerPrefix: 'Answer:',
    rangeLabel: '{area}, from 1 to {max}',
    rangeEnds: '1 means {min}. {max} means {maxLabel}.',
    talkedAbout: 'We have talked about this',
    talkedAboutShort: 'Talked about',
    note: 'Note',
    noteHint: 'Write in your own words. You can change it later.',
    noteReadOnly: 'Note:',
    visibilityLegend: 'Who may see this answer?',
    visibilityMeeting: 'Everyone in the meeting',
    visibilityContactPerson: 'Only my contact person',
    visibilityRespondent: 'Only me',
    hopesVisibilityLegend: 'Who may see what you wrote?',
    errorPrefix: 'Error:',
    requiredArea:
      'Choose an answer about {area}. You can also choose “{dontKnow}” or “{declined}”.',
    contentErrorTitle: 'The content for the wheel could not be used',
    contentErrorIntro: 'The wheel shows the default content instead. This needs fixing:',
    valueErrorTitle: 'The saved answers could not be read',
    valueErrorIntro: 'The wheel starts without answers. This needs fixing:',
  },
};
