import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import '../form.css';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import { TextInput } from '../text-input/text-input.tsx';
import { Fieldset } from './fieldset.tsx';

describe('Fieldset', () => {
  it('is a group named by its legend, described by hint and error', async () => {
    const screen = await render(
      <Fieldset
        legend="Kontaktuppgifter"
        hint="Minst ett av fälten"
        error="Fyll i telefon eller e-post"
      >
        <TextInput name="phone" label="Telefon" />
        <TextInput name="email" label="E-post" type="email" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'Kontaktuppgifter' });
    await expect
      .element(group)
      .toHaveAccessibleDescription('Minst ett av fälten Fel: Fyll i telefon eller e-post');
    await expect.element(group.getByRole('textbox', { name: 'Telefon' })).toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('renders the legend as a heading with legendAs', async () => {
    const screen = await render(
      <Fieldset legend="Deltagare" legendAs="h2">
        <TextInput name="name" label="Namn" />
      </Fieldset>,
    );
    await expect
      .element(screen.getByRole('heading', { level: 2, name: 'Deltagare' }))
      .toBeInTheDocument();
    await expect.element(screen.getByRole('group', { name: 'Deltagare' })).toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('keeps a visually hidden legend as the accessible name', async () => {
    const screen = await render(
      <Fieldset legend="Datum" legendHidden>
        <TextInput name="d" label="Dag" />
      </Fieldset>,
    );
    await expect.element(screen.getByRole('group', { name: 'Datum' })).toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });
});
