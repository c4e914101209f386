/**
 * Privacy in the data (issue 17): what `<Wheel name>` posts is what the receiver may see (by
 * default the meeting), field for field core's `wheelFormFields`; protected identity beats every
 * name prop, on screen, in the SVG export and in the form.
 */
import { type Assessment, type ScaleId } from '@barnets-basta/core';
import { wheelFormFields } from '@barnets-basta/core/form';
import { VIEWERS } from '@barnets-basta/core/privacy';
import { type ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import { PATIENCE } from '../../../../testing/patience.ts';
import '../styles.css';
import { wheelToSvgString } from '../views/export/export-svg.ts';
import { assessment } from './test-fixtures.ts';
import { Wheel, type WheelProps } from './wheel.tsx';

beforeEach(async () => {
  await page.viewport(1280, 1000);
});

/** One area at each visibility, answers of every kind, and hopes for the contact person only. */
function mixed(scale: ScaleId): Assessment {
  const discussion = scale === 'none';
  const value = (v: number) => (discussion ? {} : { answer: { kind: 'value' as const, value: v } });
  return {
    ...assessment(
      {
        trygg: { ...value(4), note: 'Bara för mig', visibility: 'respondent' },
        'ma-bra': { ...value(2), talkedAbout: true, visibility: 'contact-person' },
        aktiv: discussion ? { talkedAbout: true } : 'dont-know',
        delaktig: { note: 'Till mötet', visibility: 'meeting' },
        respekterad: { ...value(1), note: 'Om rasterna' },
      },
      { scale },
    ),
    hopes: { text: 'Att få vara med', visibility: 'contact-person' },
  };
}

async function renderInForm(ui: ReactNode) {
  const screen = await render(
    <form aria-label="Testformulär" onSubmit={(e) => e.preventDefault()}>
      {ui}
    </form>,
  );
  return { screen, form: screen.container.querySelector('form')! };
}

/** The plain fields a form sends, without empty text fields (a native textarea's "no value"). */
const posted = (form: HTMLFormElement) =>
  [...new FormData(form).entries()]
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${String(value)}`)
    .sort();

const contract = (a: Assessment, options: Parameters<typeof wheelFormFields>[3]) =>
  wheelFormFields('hjul', a, undefined, options)
    .map(([key, value]) => `${key}=${value}`)
    .sort();

describe('Wheel: the form sends what the receiver may see, field for field core’s contract', () => {
  const setups: { label: string; scale: ScaleId; props: Partial<WheelProps> }[] = [
    { label: 'agree-5', scale: 'agree-5', props: {} },
    {
      label: 'agree-5 with visibility choice',
      scale: 'agree-5',
      props: { allowVisibilityChoice: true },
    },
    { label: 'agree-5 read-only', scale: 'agree-5', props: { readOnly: true } },
    { label: '1–10', scale: 'steps-10', props: {} },
    { label: 'discussion only', scale: 'none', props: { allowVisibilityChoice: true } },
  ];
  for (const setup of setups) {
    it(`${setup.label}: every receiver`, async () => {
      const value = mixed(setup.scale);
      for (const receiver of VIEWERS) {
        const { screen, form } = await renderInForm(
          <Wheel
            name="hjul"
            defaultValue={value}
            animate={false}
            {...setup.props}
            {...(receiver === 'meeting' ? {} : { formReceiver: receiver })}
          />,
        );
        await expect.element(screen.getByRole('group', { name: /^Trygg\b/ })).toBeVisible();
        const expected = contract(value, {
          receiver,
          allowVisibilityChoice: setup.props.allowVisibilityChoice ?? false,
        });
        expect({ receiver, fields: posted(form) }).toEqual({ receiver, fields: expected });
        await screen.unmount();
      }
    });
  }

  it('by default (the meeting) the child’s "Bara jag" and contact-person answers are not in FormData', async () => {
    const { screen, form } = await renderInForm(
      <Wheel name="hjul" defaultValue={mixed('agree-5')} animate={false} />,
    );
    await expect.element(screen.getByRole('group', { name: /^Trygg\b/ })).toBeVisible();
    const keys = [...new FormData(form).keys()];
    expect(keys.filter((k) => k.startsWith('hjul.trygg'))).toEqual([]);
    expect(keys.filter((k) => k.startsWith('hjul.ma-bra'))).toEqual([]);
    expect(keys.filter((k) => k.startsWith('hjul.hopes'))).toEqual([]);
    expect(Object.fromEntries(new FormData(form))).toMatchObject({
      'hjul.aktiv': 'dont-know',
      'hjul.delaktig.note': 'Till mötet',
      'hjul.respekterad': '1',
    });
    // The areas are still there for the child, with their answers.
    await expect
      .element(
        screen
          .getByRole('group', { name: /^Trygg\b/ })
          .getByRole('radio', { name: '4 – Stämmer bra', exact: true }),
      )
      .toBeChecked();
    await expectNoAxeViolations(screen.container);
  });

  it('an answer leaves the form the moment the child marks it "Bara jag", and comes back with "Alla på mötet"', async () => {
    const { screen, form } = await renderInForm(
      <Wheel name="hjul" allowVisibilityChoice animate={false} />,
    );
    const aktiv = screen.getByRole('group', { name: /^Aktiv\b/ });
    await userEvent.click(aktiv.getByRole('radio', { name: 'Vet inte' }));
    expect(new FormData(form).getAll('hjul.aktiv')).toEqual(['dont-know']);
    await screen.getByRole('button', { name: 'Om Aktiv' }).click();
    const group = screen
      .getByRole('dialog')
      .getByRole('group', { name: 'Vem får se det här svaret?' });
    await group.getByRole('radio', { name: 'Bara jag' }).click();
    await expect
      .poll(() => [...new FormData(form).keys()].filter((k) => k.startsWith('hjul.aktiv')), {
        timeout: PATIENCE,
      })
      .toEqual([]);
    await expectNoAxeViolations(screen.container);
    await group.getByRole('radio', { name: 'Alla på mötet' }).click();
    await expect
      .poll(() => Object.fromEntries(new FormData(form)), { timeout: PATIENCE })
      .toMatchObject({ 'hjul.aktiv': 'dont-know', 'hjul.aktiv.visibility': 'meeting' });
  });

  it('formReceiver="respondent" is how a host asks for the child’s private answers', async () => {
    const { screen, form } = await renderInForm(
      <Wheel
        name="hjul"
        defaultValue={mixed('agree-5')}
        formReceiver="respondent"
        animate={false}
      />,
    );
    await expect.element(screen.getByRole('group', { name: /^Trygg\b/ })).toBeVisible();
    expect(Object.fromEntries(new FormData(form))).toMatchObject({
      'hjul.trygg': '4',
      'hjul.trygg.note': 'Bara för mig',
      'hjul.trygg.visibility': 'respondent',
      'hjul.hopes': 'Att få vara med',
    });
  });
});

describe('Wheel: protected identity beats every name', () => {
  const child = (protectedIdentity: boolean): Assessment => ({
    ...assessment({ trygg: 4 }),
    child: protectedIdentity ? { protectedIdentity: true } : { name: 'Alex' },
  });
  const svgOf = (container: HTMLElement) =>
    wheelToSvgString(container.querySelector<SVGSVGElement>('svg.bb-wheel__drawing')!, {
      title: 'Hjulet',
    });

  for (const scenario of [
    { label: 'a host’s childName', props: { childName: 'Sam' }, names: ['Sam'] },
    { label: 'the name in the data', props: {}, names: ['Alex'] },
  ]) {
    it(`${scenario.label} is shown without protected identity, and never with it`, async () => {
      // Without protected identity the name is drawn (so this test can tell the difference).
      const open = await renderInForm(
        <Wheel name="hjul" defaultValue={child(false)} animate={false} {...scenario.props} />,
      );
      const shown = scenario.names[0]!;
      await expect
        .element(open.screen.container.querySelector<SVGTextElement>('.bb-wheel__centre-label')!)
        .toHaveTextContent(shown);
      expect(svgOf(open.screen.container)).toContain(shown);
      await open.screen.unmount();

      const { screen, form } = await renderInForm(
        <Wheel name="hjul" defaultValue={child(true)} animate={false} {...scenario.props} />,
      );
      const label = screen.container.querySelector<SVGTextElement>('.bb-wheel__centre-label')!;
      await expect.element(label).toHaveTextContent('Jag');
      for (const name of ['Sam', 'Alex']) {
        expect(screen.container.textContent).not.toContain(name);
        expect(svgOf(screen.container)).not.toContain(name);
        expect([...new FormData(form).values()].join(' ')).not.toContain(name);
      }
      await expectNoAxeViolations(screen.container);
    });
  }
});
