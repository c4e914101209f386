/**
 * The SIP package's Storybook pages, as designers and integrators read them: every page says when
 * to use the component and when not to (in the words the wheel's pages use), FormLocaleProvider
 * has a page of its own, and the toolbar's content pack reaches the plan forms.
 */
import type { Meta } from '@storybook/react-vite';
import type { ComposedStoryFn } from 'storybook/internal/types';
import { composeStories, setProjectAnnotations, type ReactRenderer } from '@storybook/react-vite';
import { sexOmradenPack } from '@barnets-basta/core/packs/sex-omraden';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import preview from '../../../.storybook/preview.tsx';
import { FormLocaleProvider } from './form/internal/form-context.tsx';
import * as meetingMode from './plan/meeting-mode/meeting-mode.stories.tsx';
import * as sipPlanForm from './plan/sip-plan-form/sip-plan-form.stories.tsx';

const PAGES = import.meta.glob<{ default: Meta }>(
  ['./**/*.stories.tsx', '../../elements/src/bb-sip-plan/*.stories.tsx'],
  { eager: true },
);

const description = (meta: Meta) => String(meta.parameters?.docs?.description?.component ?? '');

describe('SIP story pages', () => {
  it('every page says when to use the component ("**Använd**") and when not to ("**Använd inte**")', () => {
    const files = Object.keys(PAGES);
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files).toContain('../../elements/src/bb-sip-plan/bb-sip-plan.stories.tsx');
    const silent = Object.entries(PAGES)
      .filter(([, module]) => {
        const text = description(module.default);
        return !text.includes('**Använd**') || !text.includes('**Använd inte**');
      })
      .map(([file]) => file);
    expect(silent).toEqual([]);
  });

  it('FormLocaleProvider has a page of its own, with a prop table', () => {
    const pages = Object.values(PAGES).filter(
      (module) => module.default.component === FormLocaleProvider,
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]!.default.title).toBe('SIP/Formulär/FormLocaleProvider');
  });
});

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);

type Composed = ComposedStoryFn<ReactRenderer>;

let canvas: HTMLElement | undefined;
afterEach(() => {
  canvas?.remove();
  canvas = undefined;
});

/** The areas phase 2 asks about, in a story run with the toolbar's "Mitt hjul" pack. */
async function areasWithToolbarPack(Story: Composed): Promise<string[]> {
  canvas = document.createElement('div');
  document.body.append(canvas);
  await Story.run({ canvasElement: canvas });
  return [
    ...canvas.querySelectorAll(
      '[data-plan-phase="aktuell-situation"] .bb-situation__area > legend',
    ),
  ].map((legend) => legend.textContent ?? '');
}

describe("the toolbar's content pack reaches the plan forms", () => {
  const globals = { initialGlobals: { pack: 'sex-omraden' } };
  const sixAreas = sexOmradenPack.areas.length;

  it('MeetingMode', async () => {
    const stories = composeStories(meetingMode, globals) as unknown as Record<string, Composed>;
    const areas = await areasWithToolbarPack(stories.Fas2AktuellSituation!);
    expect(areas).toHaveLength(sixAreas);
  });

  it('SipPlanForm', async () => {
    const stories = composeStories(sipPlanForm, globals) as unknown as Record<string, Composed>;
    const areas = await areasWithToolbarPack(stories.Tom!);
    expect(areas).toHaveLength(sixAreas);
  });
});
