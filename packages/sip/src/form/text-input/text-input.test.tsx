import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { useState } from 'react';
import '../form.css';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import { TextInput } from './text-input.tsx';
import { FormLocaleProvider } from '../internal/form-context.tsx';

describe('TextInput', () => {
  it('is a textbox named by its label, with hint and error in its description', async () => {
    const screen = await render(
      <TextInput name="org" label="Organisation" hint="T.ex. BUP" error="Skriv organisationen" />,
    );
    const box = screen.getByRole('textbox', { name: 'Organisation' });
    await expect.element(box).toHaveAccessibleDescription('T.ex. BUP Fel: Skriv organisationen');
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    const describedBy = box.element().getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ')).toHaveLength(2);
    for (const id of describedBy.split(' ')) expect(document.getElementById(id)).not.toBeNull();
    await expectNoAxeViolations(screen.container);
  });

  it('has no description or aria-invalid without hint and error', async () => {
    const screen = await render(<TextInput name="org" label="Organisation" />);
    const box = screen.getByRole('textbox', { name: 'Organisation' });
    await expect.element(box).not.toHaveAttribute('aria-describedby');
    await expect.element(box).not.toHaveAttribute('aria-invalid');
    await expectNoAxeViolations(screen.container);
  });

  it('uses the English error prefix from the locale prop or a provider', async () => {
    const screen = await render(
      <div>
        <TextInput name="a" label="A" error="Enter A" locale="en" />
        <FormLocaleProvider locale="en">
          <TextInput name="b" label="B" error="Enter B" />
        </FormLocaleProvider>
        <TextInput name="c" label="C" error="Skriv C" messages={{ errorPrefix: 'Observera:' }} />
      </div>,
    );
    await expect
      .element(screen.getByRole('textbox', { name: 'A' }))
      .toHaveAccessibleDescription('Error: Enter A');
    await expect
      .element(screen.getByRole('textbox', { name: 'B' }))
      .toHaveAccessibleDescription('Error: Enter B');
    await expect
      .element(screen.getByRole('textbox', { name: 'C' }))
      .toHaveAccessibleDescription('Observera: Skriv C');
  });

  it('is controlled with value/onChange', async () => {
    const onChange = vi.fn();
    function Host() {
      const [v, setV] = useState('');
      return (
        <TextInput
          name="org"
          label="Organisation"
          value={v}
          onChange={(next) => {
            onChange(next);
            setV(next.toUpperCase());
          }}
        />
      );
    }
    const screen = await render(<Host />);
    const box = screen.getByRole('textbox', { name: 'Organisation' });
    await userEvent.type(box, 'bup');
    await expect.element(box).toHaveValue('BUP');
    expect(onChange).toHaveBeenLastCalledWith('BUp');
  });

  it('submits in a plain form and resets to its default when uncontrolled', async () => {
    const screen = await render(
      <form aria-label="Test">
        <TextInput name="org" label="Organisation" defaultValue="Skolan" />
        <button type="reset">Återställ</button>
      </form>,
    );
    const box = screen.getByRole('textbox', { name: 'Organisation' });
    await userEvent.clear(box);
    await userEvent.type(box, 'BUP <b>x</b>');
    const form = screen.getByRole('form').element() as HTMLFormElement;
    expect(new FormData(form).get('org')).toBe('BUP <b>x</b>');
    await screen.getByRole('button', { name: 'Återställ' }).click();
    await expect.element(box).toHaveValue('Skolan');
    expect(new FormData(form).get('org')).toBe('Skolan');
  });

  it('passes native attributes to the input', async () => {
    const screen = await render(
      <TextInput
        name="email"
        label="E-post"
        type="email"
        autoComplete="email"
        inputMode="email"
        width="20"
        required
      />,
    );
    const box = screen.getByRole('textbox', { name: 'E-post' });
    await expect.element(box).toHaveAttribute('type', 'email');
    await expect.element(box).toHaveAttribute('autocomplete', 'email');
    await expect.element(box).toBeRequired();
    await expectNoAxeViolations(screen.container);
  });
});
