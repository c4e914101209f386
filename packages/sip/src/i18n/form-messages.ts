import type { ShippedLocale } from '@barnets-basta/core';

/**
 * Every user-visible string of the form building blocks and the draft helpers. Placeholders in
 * `{braces}` are filled with `formatMessage` from `@barnets-basta/core` (values as plain text).
 */
export interface FormMessages {
  /** Visually hidden prefix read before every error message. */
  errorPrefix: string;
  /** Default heading of the error summary. */
  errorSummaryTitle: string;
  /** Character count, before typing: `{n}` is the limit. */
  characterCountLimit: string;
  /** Character count: `{n}` characters left. */
  characterCountRemaining: string;
  /** Character count with exactly one character left. */
  characterCountRemainingOne: string;
  /** Character count: `{n}` characters too many. */
  characterCountOver: string;
  /** Character count with exactly one character too many. */
  characterCountOverOne: string;
  /** Labels of the three parts of a date input. */
  dateDay: string;
  dateMonth: string;
  dateYear: string;
  /** Default option text of a select with a placeholder. */
  selectPlaceholder: string;
  /** Label suffix for optional fields, e.g. "(frivilligt)". */
  optional: string;

  /** Draft status: being saved. */
  draftSaving: string;
  /** Draft status: saved at `{time}` (already formatted with `Intl`). */
  draftSaved: string;
  /** Draft status: a saved draft was restored. */
  draftRestored: string;
  /** Draft error: the storage is full. */
  draftErrorQuota: string;
  /** Draft error: storage is switched off or blocked (private mode, policy). */
  draftErrorUnavailable: string;
  /** Draft error: anything else. */
  draftErrorUnknown: string;
  /** Heading of the notice shown when a saved draft could not be read. */
  draftCorruptTitle: string;
  /** Body of the corrupt-draft notice; `{key}` is where the unreadable copy was kept. */
  draftCorruptBody: string;
  /**
   * Body of the corrupt-draft notice when the unreadable copy could not be set aside: it stays
   * where it was and is not overwritten until the user dismisses the notice.
   */
  draftCorruptNotKeptBody: string;
  /** Heading of the notice when the saved draft comes from a newer version. */
  draftNewerTitle: string;
  /** Body of that notice; `{key}` is where the draft was kept. */
  draftNewerBody: string;
  /** Label of the button that downloads the unreadable draft as a file. */
  draftCorruptDownload: string;
  /** Label of the button that hides the corrupt-draft notice. */
  draftCorruptDismiss: string;
  /** Validation issue: the saved draft is not JSON. */
  draftInvalidJson: string;
  /** Validation issue: the saved draft's checker failed. */
  draftParseFailed: string;
  /** Label of the import button. */
  importJson: string;
  /** Error when the chosen file could not be read at all. */
  importReadError: string;
}

/** The shipped catalogues, Swedish first. Override in part with the `messages` prop. */
export const formMessages: Record<ShippedLocale, FormMessages> = {
  sv: {
    errorPrefix: 'Fel:',
    errorSummaryTitle: 'Det finns problem',
    characterCountLimit: 'Du kan skriva upp till {n} tecken',
    characterCountRemaining: 'Du har {n} tecken kvar',
    characterCountRemainingOne: 'Du har 1 tecken kvar',
    characterCountOver: 'Du har {n} tecken för mycket',
    characterCountOverOne: 'Du har 1 tecken för mycket',
    dateDay: 'Dag',
    dateMonth: 'Månad',
    dateYear: 'År',
    selectPlaceholder: 'Välj',
    optional: '(frivilligt)',
    draftSaving: 'Sparar utkastet …',
    draftSaved: 'Utkastet sparades kl. {time}',
    draftRestored: 'Ditt sparade utkast har hämtats.',
    draftErrorQuota:
      'Det gick inte att spara utkastet eftersom lagringsutrymmet i webbläsaren är fullt. Det du skrivit finns kvar på sidan, men spara eller skriv ut innan du stänger.',
    draftErrorUnavailable:
      'Det gick inte att spara utkastet, kanske för att webbläsaren är i privat läge. Det du skrivit finns kvar på sidan, men spara eller skriv ut innan du stänger.',
    draftErrorUnknown:
      'Det gick inte att spara utkastet. Det du skrivit finns kvar på sidan, men spara eller skriv ut innan du stänger.',
    draftCorruptTitle: 'Det sparade utkastet gick inte att läsa',
    draftCorruptBody:
      'Vi har börjat från ett tomt formulär. Det gamla utkastet har inte raderats: det finns kvar i webbläsaren under namnet {key}, och du kan ladda ner det som en fil.',
    draftCorruptNotKeptBody:
      'Vi har börjat från ett tomt formulär. Det gamla utkastet kunde inte sparas undan, så det ligger kvar och skrivs inte över. Ladda ner det som en fil först: det du skriver nu sparas inte i webbläsaren förrän du väljer ”Jag förstår”, och då ersätts det gamla utkastet.',
    draftNewerTitle: 'Utkastet sparades av en nyare version',
    draftNewerBody:
      'Det sparade utkastet kommer från en nyare version av tjänsten och kan inte öppnas här. Vi har börjat från ett tomt formulär. Det gamla utkastet har inte raderats: det finns kvar i webbläsaren under namnet {key}. Ladda ner det och öppna det i den nyare versionen.',
    draftCorruptDownload: 'Ladda ner det gamla utkastet',
    draftCorruptDismiss: 'Jag förstår',
    draftInvalidJson: 'Det sparade utkastet är inte giltig JSON.',
    draftParseFailed: 'Det sparade utkastet kunde inte kontrolleras.',
    importJson: 'Importera fil (JSON)',
    importReadError: 'Det gick inte att läsa filen. Välj en JSON-fil som exporterats härifrån.',
  },
  en: {
    errorPrefix: 'Error:',
    errorSummaryTitle: 'There is a problem',
    characterCountLimit: 'You can enter up to {n} characters',
    characterCountRemaining: 'You have {n} characters remaining',
    characterCountRemainingOne: 'You have 1 character remaining',
    characterCountOver: 'You have {n} characters too many',
    characterCountOverOne: 'You have 1 character too many',
    dateDay: 'Day',
    dateMonth: 'Month',
    dateYear: 'Year',
    selectPlaceholder: 'Choose',
    optional: '(optional)',
    draftSaving: 'Saving the draft …',
    draftSaved: 'Draft saved at {time}',
    draftRestored: 'Your saved draft has been restored.',
    draftErrorQuota:
      'The draft could not be saved because the browser storage is full. What you have written is still on the page, but save or print it before you close.',
    draftErrorUnavailable:
      'The draft could not be saved, perhaps because the browser is in private mode. What you have written is still on the page, but save or print it before you close.',
    draftErrorUnknown:
      'The draft could not be saved. What you have written is still on the page, but save or print it before you close.',
    draftCorruptTitle: 'The saved draft could not be read',
    draftCorruptBody:
      'We have started from an empty form. The old draft has not been deleted: it is kept in the browser under the name {key}, and you can download it as a file.',
    draftCorruptNotKeptBody:
      'We have started from an empty form. The old draft could not be set aside, so it stays where it is and is not overwritten. Download it as a file first: what you write now is not saved in the browser until you choose "I understand", and then it replaces the old draft.',
    draftNewerTitle: 'The draft was saved by a newer version',
    draftNewerBody:
      'The saved draft comes from a newer version of the service and cannot be opened here. We have started from an empty form. The old draft has not been deleted: it is kept in the browser under the name {key}. Download it and open it in the newer version.',
    draftCorruptDownload: 'Download the old draft',
    draftCorruptDismiss: 'I understand',
    draftInvalidJson: 'The saved draft is not valid JSON.',
    draftParseFailed: 'The saved draft could not be checked.',
    importJson: 'Import file (JSON)',
    importReadError: 'The file could not be read. Choose a JSON file exported from here.',
  },
};
