/**
 * One form contract: `<bb-wheel>` (ElementInternals) and the React `<Wheel>` (native and hidden
 * inputs) submit the same plain fields for the same assessment and receiver, the ones core's
 * `wheelFormFields` defines; `<bb-wheel>` adds the whole assessment as JSON under its name, cut
 * down for the same receiver (core's `asSeenBy`).
 */
import { type Assessment } from '@barnets-basta/core';
import type { Viewer } from '@barnets-basta/core/privacy';
import { wheelFormFields } from '@barnets-basta/core/form';
import { Wheel } from '@barnets-basta/wheel';
import { createElement, type ComponentProps } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../index.ts';
import type { BbWheel } from './bb-wheel.tsx';

const saved: Assessment = {
  type: 'bb.assessment',
  schemaVersion: 1,
  id: 'a1',
  pack: { id: 'barnets-basta', version: '1.0.0' },
  scale: 'agree-5',
  perspective: { kind: 'child' },
  createdAt: '2026-11-24T10:00:00Z',
  updatedAt: '2026-11-24T10:00:00Z',
  areas: {
    trygg: { answer: { kind: 'value', value: 4 }, note: 'En kompis', visibility: 'respondent' },
    aktiv: { answer: { kind: 'dont-know' } },
    delaktig: { note: 'Bara en anteckning' },
  },
  hopes: { text: 'Att få vara med', visibility: 'contact-person' },
};

/** The plain fields a form sends, without empty text fields (they mean "no value"). */
const plain = (form: HTMLFormElement, name: string) =>
  [...new FormData(form).entries()]
    .filter(([key, value]) => key !== name && value !== '')
    .map(([key, value]) => `${key}=${String(value)}`)
    .sort();

let probed: boolean | undefined;
/** Whether the React wheel honours `formReceiver`: told "meeting", does it keep "Bara jag" out? */
async function reactTakesFormReceiver(): Promise<boolean> {
  if (probed !== undefined) return probed;
  const form = document.createElement('form');
  document.body.append(form);
  const probe = createRoot(form);
  probe.render(
    createElement(Wheel, {
      name: 'probe',
      defaultValue: saved,
      animate: false,
      formReceiver: 'meeting',
    } as ComponentProps<typeof Wheel>),
  );
  await vi.waitFor(() => expect(plain(form, 'probe').length).toBeGreaterThan(0));
  probed = !plain(form, 'probe').includes('probe.trygg=4');
  probe.unmount();
  form.remove();
  return probed;
}

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
});

describe('the wheel form contract', () => {
  const cases: [Viewer, boolean][] = [
    ['meeting', false],
    ['meeting', true],
    ['respondent', false],
    ['respondent', true],
  ];
  for (const [receiver, allowVisibilityChoice] of cases) {
    const expected = wheelFormFields('hjul', saved, undefined, { allowVisibilityChoice, receiver })
      .map(([key, value]) => `${key}=${value}`)
      .sort();
    const setting = `sending to ${receiver}, visibility choice ${allowVisibilityChoice ? 'on' : 'off'}`;

    it(`<bb-wheel> posts core's fields and JSON (${setting})`, async () => {
      const form = document.createElement('form');
      const el = document.createElement('bb-wheel') as BbWheel;
      el.setAttribute('name', 'hjul');
      el.setAttribute('no-animation', '');
      el.setAttribute('show-hopes', '');
      el.setAttribute('form-receiver', receiver);
      if (allowVisibilityChoice) el.setAttribute('allow-visibility-choice', '');
      el.value = saved;
      form.append(el);
      document.body.append(form);

      await vi.waitFor(() => expect(plain(form, 'hjul')).toEqual(expected));
      const json = JSON.parse(String(new FormData(form).get('hjul'))) as Assessment;
      if (receiver === 'meeting') {
        expect(expected).not.toContain('hjul.trygg.note=En kompis');
        expect(expected).not.toContain('hjul.hopes=Att få vara med');
        expect(Object.keys(json.areas).sort()).toEqual(['aktiv', 'delaktig']);
        expect(json.hopes).toBeUndefined();
      } else {
        expect(expected).toContain('hjul.trygg.note=En kompis');
        expect(expected).toContain('hjul.hopes.visibility=contact-person');
        expect(json).toEqual(saved);
      }
    });

    it(`<Wheel> posts the same fields (${setting})`, async (ctx) => {
      // Until the React wheel takes `formReceiver` (helper hwheel's part of issue 17) it posts
      // everything whatever it is told, so there is no React contract to compare with yet.
      if (!(await reactTakesFormReceiver()))
        ctx.skip('the React <Wheel> on this branch has no formReceiver yet');
      const form = document.createElement('form');
      document.body.append(form);
      root = createRoot(form);
      root.render(
        createElement(Wheel, {
          name: 'hjul',
          defaultValue: saved,
          animate: false,
          showHopes: true,
          allowVisibilityChoice,
          formReceiver: receiver,
        } as ComponentProps<typeof Wheel>),
      );
      await vi.waitFor(() => expect(plain(form, 'hjul')).toEqual(expected));
    });
  }
});
