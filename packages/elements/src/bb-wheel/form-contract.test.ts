/**
 * One form contract: `<bb-wheel>` (ElementInternals) and the React `<Wheel>` (native and hidden
 * inputs) submit the same plain fields for the same assessment, the ones core's
 * `wheelFormFields` defines; `<bb-wheel>` adds the whole assessment as JSON under its name.
 */
import { type Assessment } from '@barnets-basta/core';
import { wheelFormFields } from '@barnets-basta/core/form';
import { Wheel } from '@barnets-basta/wheel';
import { createElement } from 'react';
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

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
});

describe('the wheel form contract', () => {
  for (const allowVisibilityChoice of [false, true]) {
    it(`is the same for <bb-wheel> and <Wheel> (visibility choice ${allowVisibilityChoice ? 'on' : 'off'})`, async () => {
      const elementForm = document.createElement('form');
      const el = document.createElement('bb-wheel') as BbWheel;
      el.setAttribute('name', 'hjul');
      el.setAttribute('no-animation', '');
      el.setAttribute('show-hopes', '');
      if (allowVisibilityChoice) el.setAttribute('allow-visibility-choice', '');
      el.value = saved;
      elementForm.append(el);

      const reactForm = document.createElement('form');
      document.body.append(elementForm, reactForm);
      root = createRoot(reactForm);
      root.render(
        createElement(Wheel, {
          name: 'hjul',
          defaultValue: saved,
          animate: false,
          allowVisibilityChoice,
        }),
      );

      const expected = wheelFormFields('hjul', saved, undefined, { allowVisibilityChoice })
        .map(([key, value]) => `${key}=${value}`)
        .sort();
      await vi.waitFor(() => expect(plain(reactForm, 'hjul')).toEqual(expected));
      await vi.waitFor(() => expect(plain(elementForm, 'hjul')).toEqual(expected));
      expect(expected).toContain('hjul.trygg.note=En kompis');
      expect(expected).toContain('hjul.hopes.visibility=contact-person');
    });
  }
});
