/**
 * The display elements' texts: one catalogue with the form controls' (`elementMessages`), so a
 * registered UI catalogue translates both in its `elements` section.
 *
 * @example
 * ```ts
 * viewElementMessages.en.dataInvalidTitle; // "Some of the data could not be shown"
 * ```
 */
export {
  elementMessages as viewElementMessages,
  type ElementMessages as ViewElementMessages,
} from '../i18n/messages.ts';
