import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../form.css';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import { Select } from './select.tsx';

const options = [
  { value: 'meeting', label: 'Möte' },
  { value: 'phone', label: 'Telefon' },
];

describe('Select', () => {
  it('is a combobox named by its label, with placeholder, hint and error', async () => {
    const screen = await render(
      <Select
        name="form"
        label="Uppföljning"
        hint="Hur ni ses"
        error="Välj hur planen följs upp"
        options={options}
        placeholder
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Uppföljning' });
    await expect
      .element(select)
      .toHaveAccessibleDescription('Hur ni ses Fel: Välj hur planen följs upp');
    await expect.element(select).toHaveValue('');
    await expect.element(screen.getByRole('option', { name: 'Välj' })).toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('submits, reports changes and resets when uncontrolled', async () => {
    const onChange = vi.fn();
    const screen = await render(
      <form aria-label="Test">
        <Select
          name="form"
          label="Uppföljning"
          options={options}
          placeholder="Välj form"
          onChange={onChange}
        />
        <button type="reset">Återställ</button>
      </form>,
    );
    const select = screen.getByRole('combobox', { name: 'Uppföljning' });
    await userEvent.selectOptions(select, 'phone');
    expect(onChange).toHaveBeenLastCalledWith('phone');
    const form = screen.getByRole('form').element() as HTMLFormElement;
    expect(new FormData(form).get('form')).toBe('phone');
    await screen.getByRole('button', { name: 'Återställ' }).click();
    expect(new FormData(form).get('form')).toBe('');
    await expectNoAxeViolations(screen.container);
  });
});
