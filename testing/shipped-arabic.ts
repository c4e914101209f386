import { defaultPack } from '@barnets-basta/core';
import {
  clearRegisteredLanguages,
  parsePackLanguage,
  parseUiCatalogue,
  registerPackLanguage,
  registerUiCatalogue,
} from '@barnets-basta/core/language';
import arPack from '@barnets-basta/core/languages/ar.pack.json';
import arUi from '@barnets-basta/core/languages/ar.ui.json';
import { afterAll, beforeAll } from 'vitest';

/**
 * Registers the shipped (draft) Arabic UI catalogue and pack language for the tests of one file,
 * as docs/languages.md tells a host to, and clears them after. A test of a language added as data
 * then sets `locale="ar"` and asserts Arabic by role and name.
 *
 * @example
 * ```ts
 * import { withShippedArabic } from '../../testing/shipped-arabic.ts';
 * withShippedArabic();
 * ```
 */
export function withShippedArabic(): void {
  beforeAll(() => {
    const ui = parseUiCatalogue(arUi);
    const pack = parsePackLanguage(arPack, defaultPack);
    if (!ui.ok || !pack.ok) throw new Error('the shipped Arabic data does not validate');
    registerUiCatalogue(ui.value);
    registerPackLanguage(pack.value);
  });
  afterAll(() => clearRegisteredLanguages());
}
