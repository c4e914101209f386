import { defaultPack, type ContentPack } from '@barnets-basta/core';
import {
  localeInfo,
  parsePackLanguage,
  parseUiCatalogue,
  registerPackLanguage,
  registerUiCatalogue,
} from '@barnets-basta/core/language';
import arPack from '@barnets-basta/core/languages/ar.pack.json';
import arUi from '@barnets-basta/core/languages/ar.ui.json';
import lattlast from '@barnets-basta/core/languages/sv-x-lattlast.pack.json';
import { sexOmradenPack } from '@barnets-basta/core/packs/sex-omraden';
import { shanarriPack } from '@barnets-basta/core/packs/shanarri';
import type { Decorator, Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import { PATIENCE } from '../testing/patience.ts';
import '../packages/wheel/src/styles.css';
import '../packages/sip/src/styles.css';
import './storybook.css';

// Testing Library's `findBy…` and `waitFor` in play functions wait as long as every other wait in
// the tests (testing/patience.ts): here, so that stories composed in the browser project
// (`composeStories`) get it as well as the storybook project.
configure({ asyncUtilTimeout: PATIENCE });

// Languages added as data, as a host adds them (docs/languages.md): Arabic (a draft translation
// for the UI and the default pack, right to left) and lättläst svenska for the child registers.
const ui = parseUiCatalogue(arUi);
if (ui.ok) registerUiCatalogue(ui.value);
for (const data of [arPack, lattlast]) {
  const result = parsePackLanguage(data, defaultPack);
  if (result.ok) registerPackLanguage(result.value);
}

/**
 * Toolbar globals. "story" means: use what the story itself sets. Otherwise the value is passed
 * to every component that accepts the prop, so a designer can see any story in English, for any
 * audience, in RTL or with another theme.
 */
const globalTypes: Preview['globalTypes'] = {
  locale: {
    description: 'Språk / language',
    toolbar: {
      title: 'Språk',
      icon: 'globe',
      items: [
        { value: 'story', title: 'Som i storyn' },
        { value: 'sv', title: 'Svenska' },
        { value: 'en', title: 'English' },
        { value: 'ar', title: 'العربية (utkast, höger till vänster)' },
        { value: 'sv-x-lattlast', title: 'Lättläst svenska (barn)' },
      ],
      dynamicTitle: true,
    },
  },
  audience: {
    description: 'Målgrupp / audience',
    toolbar: {
      title: 'Målgrupp',
      icon: 'user',
      items: [
        { value: 'story', title: 'Som i storyn' },
        { value: 'child-4-7', title: 'Barn 4–7' },
        { value: 'child-8-12', title: 'Barn 8–12' },
        { value: 'child-13-18', title: 'Ungdom 13–18' },
        { value: 'guardian', title: 'Vårdnadshavare' },
        { value: 'professional', title: 'Yrkesperson' },
      ],
      dynamicTitle: true,
    },
  },
  pack: {
    description: 'Innehållspaket / content pack',
    toolbar: {
      title: 'Paket',
      icon: 'component',
      items: [
        { value: 'story', title: 'Som i storyn' },
        { value: 'barnets-basta', title: 'Barnets bästa-hjulet (8 områden)' },
        { value: 'sex-omraden', title: 'Mitt hjul (6 områden)' },
        { value: 'shanarri', title: 'SHANARRI (engelska)' },
      ],
      dynamicTitle: true,
    },
  },
  theme: {
    description: 'Tema',
    toolbar: {
      title: 'Tema',
      icon: 'paintbrush',
      items: [
        { value: 'default', title: 'Standard' },
        { value: 'high-contrast', title: 'Hög kontrast' },
        { value: 'dark-host', title: 'Mörk värdsida' },
      ],
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Textriktning',
    toolbar: {
      title: 'Riktning',
      icon: 'transfer',
      items: [
        { value: 'ltr', title: 'Vänster till höger' },
        { value: 'rtl', title: 'Höger till vänster' },
      ],
      dynamicTitle: true,
    },
  },
};

const PACKS: Record<string, ContentPack> = {
  'barnets-basta': defaultPack,
  'sex-omraden': sexOmradenPack,
  shanarri: shanarriPack,
};

const withGlobals: Decorator = (Story, context) => {
  const {
    locale = 'story',
    audience = 'story',
    pack = 'story',
    theme = 'default',
    dir = 'ltr',
  } = context.globals;
  const accepts = (prop: string) => prop in (context.argTypes ?? {});
  const args = { ...context.args };
  if (locale !== 'story' && accepts('locale')) args.locale = locale;
  if (audience !== 'story' && accepts('audience')) args.audience = audience;
  // The wheel takes a pack as `content`, the SIP components as `pack`.
  const chosen = PACKS[pack as string];
  if (chosen && accepts('content')) args.content = chosen;
  if (chosen && accepts('pack')) args.pack = chosen;
  // `lang` and `dir` follow the language the story shows: a language added as data brings its
  // own direction (Arabic: rtl), which wins over the direction global.
  const info = localeInfo((args.locale as string | undefined) ?? 'sv');
  const lang = info.lang;
  const direction = info.catalogue ? info.dir : dir;
  return (
    <div className={`bb-story bb-story--${theme}`} dir={direction} lang={lang}>
      <Story args={args} />
    </div>
  );
};

const preview: Preview = {
  globalTypes,
  initialGlobals: {
    locale: 'story',
    audience: 'story',
    pack: 'story',
    theme: 'default',
    dir: 'ltr',
  },
  decorators: [withGlobals],
  parameters: {
    // An axe violation fails the story's test (run by @storybook/addon-vitest in real Chromium).
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
    options: { storySort: { order: ['Introduktion', 'Hjulet', 'SIP', 'Custom elements', '*'] } },
  },
  tags: ['autodocs'],
};
export default preview;
