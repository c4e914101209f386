/**
 * On a dark host page (the Storybook toolbar's "Mörk värdsida": a dark page background, light
 * page text, `--bb-surface: #fff`), every SIP component must paint its own light surface under its
 * dark text, as the wheel does. This renders a sample of the SIP stories through the real project
 * annotations (the toolbar's decorator, with the dark-host theme) and runs axe on each, so text
 * drawn without a surface of its own fails on colour contrast.
 */
import type { ComposedStoryFn } from 'storybook/internal/types';
import { composeStories, setProjectAnnotations, type ReactRenderer } from '@storybook/react-vite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../../../.storybook/preview.tsx';
import { axeViolations, expectNoAxeViolations } from '../../../testing/axe.ts';
import * as draftStatus from './draft/draft-status.stories.tsx';
import * as jsonFile from './draft/json-file.stories.tsx';
import * as useDraft from './draft/use-draft.stories.tsx';
import * as checkboxes from './form/checkboxes/checkboxes.stories.tsx';
import * as dateInput from './form/date-input/date-input.stories.tsx';
import * as errorMessage from './form/error-message/error-message.stories.tsx';
import * as errorSummary from './form/error-summary/error-summary.stories.tsx';
import * as field from './form/field/field.stories.tsx';
import * as fieldset from './form/fieldset/fieldset.stories.tsx';
import * as hint from './form/hint/hint.stories.tsx';
import * as radios from './form/radios/radios.stories.tsx';
import * as select from './form/select/select.stories.tsx';
import * as textInput from './form/text-input/text-input.stories.tsx';
import * as textarea from './form/textarea/textarea.stories.tsx';
import * as familyPlan from './plan/family-plan/family-plan.stories.tsx';
import * as meetingMode from './plan/meeting-mode/meeting-mode.stories.tsx';
import * as printPlan from './plan/print-plan/print-plan.stories.tsx';
import * as avslutning from './plan/sections/avslutning/sip-avslutning.stories.tsx';
import * as behov from './plan/sections/behov/sip-behov.stories.tsx';
import * as inledning from './plan/sections/inledning/sip-inledning.stories.tsx';
import * as sammanfattning from './plan/sections/sammanfattning/sip-sammanfattning.stories.tsx';
import * as sipPlanForm from './plan/sip-plan-form/sip-plan-form.stories.tsx';
import * as whoDoesWhat from './plan/who-does-what/who-does-what.stories.tsx';

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);

type Composed = ComposedStoryFn<ReactRenderer>;

const DARK = { theme: 'dark-host' };

/** The named stories of a story file, composed under the dark-host theme. */
function dark<M extends Parameters<typeof composeStories>[0]>(module: M) {
  return composeStories(module, { initialGlobals: DARK }) as unknown as Record<string, Composed>;
}

/** Every view of the plan, its sections, the form blocks and the draft parts, in telling states. */
const SAMPLE: [string, Composed][] = Object.entries({
  'SipPlanForm: ifylld': dark(sipPlanForm).Ifylld!,
  'SipPlanForm: problem i data': dark(sipPlanForm).ProblemIData!,
  'SipPlanForm: kontroll med brister': dark(sipPlanForm).KontrollMedBrister!,
  'MeetingMode: fas 2 med tidigare hjul': dark(meetingMode).Fas2AktuellSituation!,
  'MeetingMode: kontroll med saknade delar': dark(meetingMode).KontrollMedSaknadeDelar!,
  'Inledning på egen hand: ifylld': dark(inledning).Ifylld!,
  'Behov på egen hand: ifylld': dark(behov).Ifylld!,
  'Sammanfattning på egen hand: ifylld': dark(sammanfattning).Ifylld!,
  'Avslutning på egen hand: fel i fälten': dark(avslutning).FelIFalten!,
  'FamilyPlan: ifylld': dark(familyPlan).Ifylld!,
  'PrintPlan: utskrift': dark(printPlan).Utskrift!,
  'WhoDoesWhat: ifylld': dark(whoDoesWhat).Ifylld!,
  'TextInput: med fel': dark(textInput).MedFel!,
  'Textarea: över gränsen': dark(textarea).TeckenraknareOverGransen!,
  'Radios: med fel': dark(radios).MedFel!,
  'Checkboxes: med fel': dark(checkboxes).MedFel!,
  'Select: med fel': dark(select).MedFel!,
  'DateInput: med fel': dark(dateInput).MedFel!,
  'Fieldset: med fel': dark(fieldset).MedFel!,
  'Field: med fel': dark(field).MedFel!,
  'Hint: standard': dark(hint).Standard!,
  'ErrorMessage: svenska': dark(errorMessage).Svenska!,
  'ErrorSummary: flera fel': dark(errorSummary).FleraFel!,
  'DraftStatus: fullt lagringsutrymme': dark(draftStatus).FulltLagringsutrymme!,
  'DraftStatus: trasigt utkast': dark(draftStatus).TrasigtUtkast!,
  'ImportJsonButton: standard': dark(jsonFile).Standard!,
  'useDraft: trasigt': dark(useDraft).Trasigt!,
});

let canvas: HTMLElement | undefined;
afterEach(() => {
  canvas?.remove();
  canvas = undefined;
});

async function runStory(Story: Composed): Promise<HTMLElement> {
  await page.viewport(1280, 900);
  canvas = document.createElement('div');
  document.body.append(canvas);
  await Story.run({ canvasElement: canvas });
  const wrapper = canvas.querySelector<HTMLElement>('.bb-story');
  // The toolbar's decorator really put the story on the dark page.
  expect(wrapper?.classList.contains('bb-story--dark-host')).toBe(true);
  expect(getComputedStyle(wrapper!).backgroundColor).toBe('rgb(21, 23, 28)');
  expect(wrapper?.textContent?.trim()).not.toBe('');
  return wrapper!;
}

describe('SIP on a dark host page', () => {
  it('the check can fail: dark text without its own surface is reported', async () => {
    const wrapper = await runStory(dark(hint).Standard!);
    // A bare paragraph in the component's text colour, as a part without a surface would draw it.
    const bare = document.createElement('p');
    bare.textContent = 'Text utan egen yta';
    bare.style.color = '#1b1b1f';
    wrapper.append(bare);
    expect((await axeViolations(wrapper)).map((v) => v.id)).toContain('color-contrast');
  });

  for (const [name, Story] of SAMPLE) {
    it(name, async () => {
      await runStory(Story);
      await expectNoAxeViolations(document.body);
    });
  }
});
