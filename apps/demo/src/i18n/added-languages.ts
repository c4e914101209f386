import { defaultPack } from '@barnets-basta/core';
import {
  parsePackLanguage,
  parseUiCatalogue,
  registerPackLanguage,
  registerUiCatalogue,
} from '@barnets-basta/core/language';
import arPack from '@barnets-basta/core/languages/ar.pack.json';
import arUi from '@barnets-basta/core/languages/ar.ui.json';
import lattlast from '@barnets-basta/core/languages/sv-x-lattlast.pack.json';

/**
 * Registers the demo's added languages: the Arabic UI catalogue and pack language (drafts) and
 * lättläst svenska for the child registers. Invalid data is left out with the problems on the
 * console, as a host would do; the shipped data is valid (tested). A chunk of its own, loaded
 * through `addedLanguagesReady` only when one of these languages is chosen.
 *
 * @example
 * registerAddedLanguages();
 */
export function registerAddedLanguages(): void {
  const ui = parseUiCatalogue(arUi);
  if (ui.ok) registerUiCatalogue(ui.value);
  for (const data of [arPack, lattlast]) {
    const result = parsePackLanguage(data, defaultPack);
    if (result.ok) registerPackLanguage(result.value);
  }
}
