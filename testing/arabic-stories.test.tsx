/**
 * Languages added as data, in every story of the wheel and SIP packages: each story renders once
 * more with the Storybook toolbar's Arabic locale (a UI catalogue and a pack language registered
 * as data by .storybook/preview.tsx, right to left), through the real project annotations, and axe
 * checks the page. Play functions are not run here: they find controls by their Swedish names
 * (the storybook project runs them in the stories' own language). A story whose component takes a
 * `locale` gets `lang="ar"` and `dir="rtl"`; the wheel and the SIP plan views must show Arabic.
 */
import type { ComposedStoryFn } from 'storybook/internal/types';
import { composeStories, setProjectAnnotations, type ReactRenderer } from '@storybook/react-vite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import preview from '../.storybook/preview.tsx';
import { expectNoAxeViolations } from './axe.ts';

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);

type Composed = ComposedStoryFn<ReactRenderer>;
type StoryModule = Parameters<typeof composeStories>[0];

const modules = import.meta.glob<StoryModule>(
  ['../packages/wheel/src/**/*.stories.tsx', '../packages/sip/src/**/*.stories.tsx'],
  { eager: true },
);

const ARABIC = /[\u0600-\u06FF]/;

it('the toolbar offers Arabic and lättläst svenska', () => {
  const items = preview.globalTypes?.locale?.toolbar?.items as { value: string }[];
  expect(items.map((i) => i.value)).toEqual(
    expect.arrayContaining(['sv', 'en', 'ar', 'sv-x-lattlast']),
  );
});

/** Stories whose own props are UI strings (the form building blocks take labels) show them as given. */
const MUST_SHOW_ARABIC = /wheel\/src\/|sip\/src\/plan\//;

let canvas: HTMLElement | undefined;
afterEach(() => {
  canvas?.remove();
  canvas = undefined;
});

for (const [file, module] of Object.entries(modules)) {
  const stories = composeStories(module, { initialGlobals: { locale: 'ar' } }) as unknown as Record<
    string,
    Composed
  >;
  describe(file.replace('../packages/', ''), () => {
    for (const [name, Story] of Object.entries(stories)) {
      it(`${name} in Arabic`, async () => {
        await page.viewport(1280, 900);
        canvas = document.createElement('div');
        document.body.append(canvas);
        await Story.load();
        await render(<Story />, { container: canvas });
        const wrapper = canvas.querySelector('.bb-story');
        expect(wrapper).not.toBeNull();
        if (Story.argTypes && 'locale' in Story.argTypes && !/English/.test(name)) {
          expect(wrapper?.getAttribute('lang')).toBe('ar');
          expect(wrapper?.getAttribute('dir')).toBe('rtl');
          if (MUST_SHOW_ARABIC.test(file))
            await expect.poll(() => wrapper?.textContent ?? '').toMatch(ARABIC);
        }
        // Popovers and dialogs are portalled to the body, so axe looks at the whole page.
        await expectNoAxeViolations(document.body);
      });
    }
  });
}
