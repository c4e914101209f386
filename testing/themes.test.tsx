/**
 * The Storybook toolbar offers two host themes besides the default ("Hög kontrast", "Mörk
 * värdsida") and right-to-left text. The storybook project runs every story once, with the default
 * globals only; this test renders a sample of the wheel package's stories under every theme and
 * both text directions, through the real project annotations (the toolbar's decorator), and runs
 * axe on each.
 */
import type { ComposedStoryFn } from 'storybook/internal/types';
import { composeStories, setProjectAnnotations, type ReactRenderer } from '@storybook/react-vite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../.storybook/preview.tsx';
import * as wheel from '../packages/wheel/src/wheel/wheel.stories.tsx';
import * as differences from '../packages/wheel/src/views/differences/differences.stories.tsx';
import * as exportButtons from '../packages/wheel/src/views/export/export-buttons.stories.tsx';
import * as legend from '../packages/wheel/src/views/series-legend/series-legend.stories.tsx';
import * as swatch from '../packages/wheel/src/views/series-legend/series-swatch.stories.tsx';
import * as table from '../packages/wheel/src/views/summary-table/summary-table.stories.tsx';
import { expectNoAxeViolations } from './axe.ts';

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);

const THEMES = ['default', 'high-contrast', 'dark-host'] as const;
const DIRECTIONS = ['ltr', 'rtl'] as const;

// The toolbar's values are the ones this test walks through: a new theme must be added here.
it('covers every theme and direction of the toolbar', () => {
  const values = (name: string) =>
    (preview.globalTypes?.[name]?.toolbar?.items as { value: string }[]).map((i) => i.value);
  expect(values('theme')).toEqual([...THEMES]);
  expect(values('dir')).toEqual([...DIRECTIONS]);
});

type Composed = ComposedStoryFn<ReactRenderer>;

/** A sample of states: plain, answered, overlays, 1–10 slider, open popover, views, toggles. */
function sample(globals: Record<string, string>): [string, Composed][] {
  const compose = <M extends Parameters<typeof composeStories>[0]>(module: M) =>
    composeStories(module, { initialGlobals: globals }) as unknown as Record<string, Composed>;
  const w = compose(wheel);
  const d = compose(differences);
  const e = compose(exportButtons);
  const l = compose(legend);
  const s = compose(swatch);
  const t = compose(table);
  return Object.entries({
    'Hjulet/Wheel: Delvis besvarad': w.PartlyAnswered!,
    'Hjulet/Wheel: Fyra perspektiv': w.FourPerspectives!,
    'Hjulet/Wheel: 1–10': w.ScaleSteps10!,
    'Hjulet/Wheel: Rutan "Om …" öppen': w.PopoverOpen!,
    'Hjulet/Wheel: Skrivskyddad': w.ReadOnly!,
    'Skillnader: fyra perspektiv': d.FyraPerspektiv!,
    'Nedladdning: med exempelhjul': e.MedExempelhjul!,
    'Teckenförklaring: fyra perspektiv': l.FyraPerspektiv!,
    'Teckenförklaring: SeriesSwatch': s.AllaSex!,
    'Sammanfattningstabell: dolda svar': t.MedDoldaSvar!,
    'Sammanfattningstabell: Visa som tabell': t.VisaSomTabell!,
  });
}

let canvas: HTMLElement | undefined;
afterEach(() => {
  canvas?.remove();
  canvas = undefined;
});

for (const theme of THEMES) {
  for (const dir of DIRECTIONS) {
    describe(`theme ${theme}, ${dir}`, () => {
      for (const [name, Story] of sample({ theme, dir })) {
        it(name, async () => {
          await page.viewport(1280, 900);
          canvas = document.createElement('div');
          document.body.append(canvas);
          await Story.run({ canvasElement: canvas });
          // The toolbar's decorator really wrapped the story in this theme and direction.
          const wrapper = canvas.querySelector('.bb-story');
          expect(wrapper?.classList.contains(`bb-story--${theme}`)).toBe(true);
          expect(wrapper?.getAttribute('dir')).toBe(dir);
          expect(wrapper?.textContent?.trim()).not.toBe('');
          // The popover is portalled to the body, so axe looks at the whole page.
          await expectNoAxeViolations(document.body);
        });
      }
    });
  }
}
