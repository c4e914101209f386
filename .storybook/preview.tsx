import { defaultPack, type ContentPack } from '@barnets-basta/core';
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
  const lang = (args.locale as string | undefined) ?? (locale === 'story' ? 'sv' : locale);
  return (
    <div className={`bb-story bb-story--${theme}`} dir={dir} lang={lang}>
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
