import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { useState } from 'react';
import '../form.css';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import { Radios } from './radios.tsx';

const options = [
  { value: 'kommun', label: 'Kommun', hint: 'Till exempel socialtjänsten eller skolan' },
  { value: 'region', label: 'Region' },
  { value: 'other', label: 'Annan' },
];

describe('Radios', () => {
  it('is a group of native radios named by the legend, with hints and error linked', async () => {
    const screen = await render(
      <Radios
        name="principal"
        legend="Huvudman"
        hint="Välj en"
        error="Välj huvudman"
        options={options}
      />,
    );
    const group = screen.getByRole('group', { name: 'Huvudman' });
    await expect.element(group).toHaveAccessibleDescription('Välj en Fel: Välj huvudman');
    await expect
      .element(screen.getByRole('radio', { name: 'Kommun' }))
      .toHaveAccessibleDescription('Till exempel socialtjänsten eller skolan');
    expect(screen.getByRole('radio').elements()).toHaveLength(3);
    await expectNoAxeViolations(screen.container);
  });

  it('works by keyboard, submits, and resets when uncontrolled', async () => {
    const onChange = vi.fn();
    const screen = await render(
      <form aria-label="Test">
        <Radios
          name="principal"
          legend="Huvudman"
          options={options}
          defaultValue="region"
          onChange={onChange}
        />
        <button type="reset">Återställ</button>
      </form>,
    );
    const form = screen.getByRole('form').element() as HTMLFormElement;
    expect(new FormData(form).get('principal')).toBe('region');
    await screen.getByRole('radio', { name: 'Region' }).click();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(screen.getByRole('radio', { name: 'Annan' })).toBeChecked();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Annan' }).element());
    expect(onChange).toHaveBeenLastCalledWith('other');
    expect(new FormData(form).get('principal')).toBe('other');
    await screen.getByRole('button', { name: 'Återställ' }).click();
    await expect.element(screen.getByRole('radio', { name: 'Region' })).toBeChecked();
    await expectNoAxeViolations(screen.container);
  });

  it('is controlled with value/onChange', async () => {
    function Host() {
      const [value, setValue] = useState('');
      return (
        <>
          <Radios
            name="p"
            legend="Huvudman"
            options={options}
            value={value}
            onChange={setValue}
            inline
          />
          <output>{value || 'inget'}</output>
        </>
      );
    }
    const screen = await render(<Host />);
    await expect.element(screen.getByRole('radio', { name: 'Kommun' })).not.toBeChecked();
    await screen.getByText('Region').click();
    await expect.element(screen.getByRole('radio', { name: 'Region' })).toBeChecked();
    await expect.element(screen.getByRole('status')).toHaveTextContent('region');
    await expectNoAxeViolations(screen.container);
  });
});
