/**
 * The wheel's stories are the examples these tests start from (`composeStories`), as GOV.UK
 * drives its tests from one examples file: a story that changes changes what is tested. Each
 * story runs with the project's decorators and args (the plain form around the wheel included)
 * and, where it has one, its play function.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { wheelFormFields } from '@barnets-basta/core/form';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import preview from '../../../../.storybook/preview.tsx';
import '../styles.css';
import * as stories from './wheel.stories.tsx';

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);

const { PartlyAnswered, Required, ReadOnly, ScaleSteps10, AllAnswered } = composeStories(stories);

let canvas: HTMLElement | undefined;
afterEach(() => {
  canvas?.remove();
  canvas = undefined;
});

/** Runs a composed story (render, then its play function) in a fresh canvas in the page. */
async function run(Story: { run: (context?: { canvasElement: HTMLElement }) => Promise<void> }) {
  await page.viewport(1280, 1000);
  canvas = document.createElement('div');
  document.body.append(canvas);
  await Story.run({ canvasElement: canvas });
  const form = canvas.querySelector('form')!;
  const entries = () =>
    [...new FormData(form).entries()]
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k}=${String(v)}`)
      .sort();
  return { canvas, form, entries };
}

const contract = (...args: Parameters<typeof wheelFormFields>) =>
  wheelFormFields(...args)
    .map(([k, v]) => `${k}=${v}`)
    .sort();

describe('Wheel stories as test examples', () => {
  it('"Delvis besvarad" submits exactly the story’s answers, as core’s form contract has them', async () => {
    const { canvas, entries } = await run(PartlyAnswered);
    expect(entries()).toEqual(contract('hjul', PartlyAnswered.args.defaultValue!));
    expect(entries()).toContain('hjul.trygg=4');
    await expectNoAxeViolations(canvas);
  });

  it('"Obligatorisk": after its play function (a submit attempt) every unanswered area says why', async () => {
    const { canvas, form } = await run(Required);
    expect(form.checkValidity()).toBe(false);
    const answered = Object.keys(Required.args.defaultValue!.areas);
    const errors = [...canvas.querySelectorAll('.bb-wheel-area[data-invalid="true"]')].map((el) =>
      el.getAttribute('data-area'),
    );
    expect(errors).toHaveLength(8 - answered.length);
    for (const id of answered) expect(errors).not.toContain(id);
    await expectNoAxeViolations(canvas);
  });

  it('"Skrivskyddad": nothing can change, yet the answers still submit', async () => {
    const { canvas, entries } = await run(ReadOnly);
    const radios = [...canvas.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.length).toBeGreaterThan(0);
    expect(radios.every((r) => r.disabled)).toBe(true);
    expect(entries()).toEqual(
      contract('hjul', ReadOnly.args.defaultValue!, undefined, { hopes: false }),
    );
  });

  it('"Skala: 1–10": one slider per area, and the story’s values submit', async () => {
    const { canvas, entries } = await run(ScaleSteps10);
    expect(canvas.querySelectorAll('input[type="range"]')).toHaveLength(8);
    expect(entries()).toEqual(contract('hjul', ScaleSteps10.args.defaultValue!));
    expect(entries()).toContain('hjul.aktiv=9');
  });

  it('"Alla besvarade": the host’s childName is in the centre (no protected identity in the data)', async () => {
    const { canvas } = await run(AllAnswered);
    expect(canvas.querySelector('.bb-wheel__centre-label')?.textContent).toBe(
      AllAnswered.args.childName,
    );
  });
});
