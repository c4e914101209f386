import { afterEach, describe, expect, test, vi } from 'vitest';
import { answerLabel, areaTexts, defaultPack, formatIssues, getScale, SCALES } from '../index.ts';
import { parsePack } from '../content/parse-pack.ts';
import arPack from './data/ar.pack.json' with { type: 'json' };
import arUi from './data/ar.ui.json' with { type: 'json' };
import lattlast from './data/sv-x-lattlast.pack.json' with { type: 'json' };
import {
  catalogueText,
  clearRegisteredLanguages,
  localeInfo,
  packForLocale,
  parsePackLanguage,
  parseUiCatalogue,
  registerPackLanguage,
  registerUiCatalogue,
  registeredUiLocales,
  shippedLocale,
  textDirection,
  uiCatalogueFor,
  uiMessages,
  withPackLanguage,
  type UiCatalogue,
} from './index.ts';

const shipped = {
  sv: { hello: 'Hej {name}', bye: 'Hej då', other: 'Annat' },
  en: { hello: 'Hello {name}', bye: 'Goodbye', other: 'Other' },
};

const catalogue = (messages: UiCatalogue['messages'], extra: Partial<UiCatalogue> = {}) =>
  ({ type: 'bb.ui-catalogue', locale: 'fi', status: 'draft', messages, ...extra }) as UiCatalogue;

afterEach(() => {
  clearRegisteredLanguages();
  vi.restoreAllMocks();
});

describe('parseUiCatalogue', () => {
  test('accepts the Arabic draft against its own structure', () => {
    const result = parseUiCatalogue(arUi);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.status).toBe('draft');
  });

  test('reports bad input with its path, in Swedish and English', () => {
    const result = parseUiCatalogue({
      type: 'bb.ui-catalogue',
      locale: 'not a tag',
      dir: 'up',
      status: 'final',
      messages: { demo: { hello: 3 } },
      extra: true,
    });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(formatIssues(issues, 'sv')).toEqual([
      'locale: ska vara en språkkod, t.ex. "sv"',
      'dir: ska vara ett av: "ltr", "rtl"',
      'status: ska vara ett av: "draft", "reviewed"',
      'messages.demo.hello: ska vara text',
      'extra: okänt fält: ta bort eller rätta det',
    ]);
    expect(formatIssues(issues, 'en')[0]).toBe('locale: must be a language tag, e.g. "sv"');
  });

  test('against the shipped catalogues: unknown sections and keys and lost placeholders are errors, missing strings warnings', () => {
    const reference = { demo: shipped.sv };
    const result = parseUiCatalogue(
      catalogue({ demo: { hello: 'Moi', bye: '', typo: 'x' }, nosuch: {} }),
      reference,
    );
    expect(result.ok).toBe(false);
    expect(formatIssues(result.ok ? [] : result.issues, 'en')).toEqual([
      'messages.demo.hello: must keep the placeholders of the Swedish text: {name}',
      'messages.demo.typo: unknown field: remove or correct it',
      'messages.nosuch: unknown field: remove or correct it',
    ]);
    expect(formatIssues(result.warnings, 'sv')).toEqual([
      'messages.demo.bye: saknas och visas på svenska',
      'messages.demo.other: saknas och visas på svenska',
    ]);
  });

  test('never throws on garbage', () => {
    for (const input of [null, 3, 'x', [], { messages: [] }]) {
      const result = parseUiCatalogue(input);
      expect(result.ok).toBe(false);
    }
  });
});

describe('the registry', () => {
  test('sv and en are shipped; an unregistered tag shows Swedish', () => {
    expect(localeInfo('sv')).toEqual({
      lang: 'sv',
      dir: 'ltr',
      shipped: 'sv',
      catalogue: undefined,
    });
    expect(localeInfo('en-GB').shipped).toBe('en');
    expect(localeInfo('fi')).toMatchObject({ lang: 'sv', dir: 'ltr' });
    expect(uiMessages('demo', 'en', shipped)).toBe(shipped.en);
    expect(uiMessages('demo', 'fi', shipped)).toBe(shipped.sv);
    expect(shippedLocale(undefined)).toBe('sv');
  });

  test('a registered language gives its strings, lang and dir; a missing one is Swedish with one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    registerUiCatalogue(catalogue({ demo: { hello: 'Hei {name}', other: ' ' } }));
    expect(registeredUiLocales()).toEqual(['fi']);
    expect(localeInfo('fi-FI')).toMatchObject({ lang: 'fi', dir: 'ltr', shipped: 'sv' });
    const messages = uiMessages('demo', 'fi', shipped);
    expect(messages).toEqual({ hello: 'Hei {name}', bye: 'Hej då', other: 'Annat' });
    // Same object again (a stable memo dependency), and the warning only once.
    expect(uiMessages('demo', 'fi', shipped)).toBe(messages);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('bye, other');
  });

  test('dir follows the catalogue, else the script of the tag', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fa-IR')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('sv-x-lattlast')).toBe('ltr');
    expect(textDirection('az-Arab')).toBe('rtl');
    expect(textDirection('!!')).toBe('ltr');
    registerUiCatalogue(catalogue({}, { locale: 'ar' }));
    expect(localeInfo('ar').dir).toBe('rtl');
    registerUiCatalogue(catalogue({}, { locale: 'ku', dir: 'rtl' }));
    expect(localeInfo('ku').dir).toBe('rtl');
  });

  test('scale labels come from the catalogue for a language the scale lacks', () => {
    const result = parseUiCatalogue(arUi);
    if (!result.ok) throw new Error('Arabic catalogue invalid');
    registerUiCatalogue(result.value);
    expect(uiCatalogueFor('ar-SA')?.locale).toBe('ar');
    const agree = SCALES['agree-5'];
    expect(answerLabel(agree, { kind: 'value', value: 5 }, 'ar')).toBe('ينطبق تمامًا');
    expect(answerLabel(agree, { kind: 'dont-know' }, 'ar')).toBe('لا أعرف');
    expect(answerLabel(agree, { kind: 'value', value: 5 }, 'sv')).toBe('Stämmer helt');
    // A host's own labels for the language win over the catalogue.
    expect(
      answerLabel(getScale('faces-3', { ar: ['أ', 'ب', 'ج'] }), { kind: 'value', value: 1 }, 'ar'),
    ).toBe('أ');
    expect(catalogueText('ar', 'scales', 'nosuch')).toBeUndefined();
  });
});

describe('pack languages', () => {
  test('the Arabic draft is complete: no errors, no warnings, and a valid pack', () => {
    const result = parsePackLanguage(arPack, defaultPack);
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    const pack = withPackLanguage(defaultPack, result.value);
    expect(parsePack(pack).ok).toBe(true);
    expect(pack.languages).toEqual(['sv', 'en', 'ar']);
    expect(areaTexts(pack, 'trygg', 'ar').name).toBe('الأمان');
  });

  test('lättläst covers the child registers: no warnings, and the rest falls back to Swedish', () => {
    const result = parsePackLanguage(lattlast, defaultPack);
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    registerPackLanguage(result.value);
    const pack = packForLocale(defaultPack, 'sv-x-lattlast');
    expect(parsePack(pack).ok).toBe(true);
    const texts = areaTexts(pack, 'trygg', 'sv-x-lattlast');
    expect(texts.child.young).toBe('Jag är trygg hemma. Jag är trygg i skolan.');
    expect(texts.description).toBe(areaTexts(defaultPack, 'trygg', 'sv').description);
    expect(packForLocale(defaultPack, 'sv')).toBe(defaultPack);
    expect(packForLocale(defaultPack, 'fi')).toBe(defaultPack);
  });

  test('errors with paths; missing texts are warnings and fall back with one console warning', () => {
    const bad = parsePackLanguage(
      {
        type: 'bb.pack-language',
        pack: 'other',
        locale: 'fi',
        status: 'draft',
        areas: { nosuch: { name: 'X' }, trygg: { questions: ['Yksi'], colour: '#000' } },
      },
      defaultPack,
    );
    expect(formatIssues(bad.ok ? [] : bad.issues, 'sv')).toEqual([
      'areas.trygg.colour: okänt fält: ta bort eller rätta det',
      'areas.nosuch: området nosuch finns inte i paketet barnets-basta',
      'areas.trygg.questions: ska ha minst 2, har 1',
      'pack: gäller paketet other, inte barnets-basta',
    ]);
    const partial = parsePackLanguage(
      {
        type: 'bb.pack-language',
        pack: 'barnets-basta',
        locale: 'fi',
        status: 'draft',
        areas: { trygg: { name: 'Turvassa' } },
      },
      defaultPack,
    );
    expect(partial.ok).toBe(true);
    expect(formatIssues(partial.warnings, 'en')).toContain(
      'areas.trygg.description: is missing and is shown in the language sv',
    );
    if (!partial.ok) return;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const pack = withPackLanguage(defaultPack, partial.value);
    expect(areaTexts(pack, 'trygg', 'fi').name).toBe('Turvassa');
    expect(areaTexts(pack, 'ma-bra', 'fi').name).toBe('Må bra');
    expect(parsePack(pack).ok).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
