import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { useState } from 'react';
import '../form.css';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import { Checkboxes } from './checkboxes.tsx';

const options = [
  { value: 'trygg', label: 'Trygg' },
  { value: 'ma-bra', label: 'Må bra', hint: 'Fysisk och psykisk hälsa' },
  { value: 'utvecklas', label: 'Utvecklas' },
];

describe('Checkboxes', () => {
  it('is a group of native checkboxes with hint and error linked', async () => {
    const screen = await render(
      <Checkboxes
        name="areas"
        legend="Områden"
        hint="Välj alla som gäller"
        error="Välj minst ett område"
        options={options}
      />,
    );
    await expect
      .element(screen.getByRole('group', { name: 'Områden' }))
      .toHaveAccessibleDescription('Välj alla som gäller Fel: Välj minst ett område');
    await expect
      .element(screen.getByRole('checkbox', { name: 'Må bra' }))
      .toHaveAccessibleDescription('Fysisk och psykisk hälsa');
    await expect
      .element(screen.getByRole('checkbox', { name: 'Trygg' }))
      .toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(screen.container);
  });

  it('submits every checked value, reports changes in option order, and resets', async () => {
    const onChange = vi.fn();
    const screen = await render(
      <form aria-label="Test">
        <Checkboxes
          name="areas"
          legend="Områden"
          options={options}
          defaultValue={['utvecklas']}
          onChange={onChange}
        />
        <button type="reset">Återställ</button>
      </form>,
    );
    const form = screen.getByRole('form').element() as HTMLFormElement;
    await screen.getByRole('checkbox', { name: 'Trygg' }).click();
    expect(onChange).toHaveBeenLastCalledWith(['trygg', 'utvecklas']);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Space}');
    await expect.element(screen.getByRole('checkbox', { name: 'Må bra' })).toBeChecked();
    expect(new FormData(form).getAll('areas')).toEqual(['trygg', 'ma-bra', 'utvecklas']);
    await screen.getByRole('button', { name: 'Återställ' }).click();
    expect(new FormData(form).getAll('areas')).toEqual(['utvecklas']);
  });

  it('is controlled with value/onChange', async () => {
    function Host() {
      const [value, setValue] = useState<string[]>(['ma-bra']);
      return (
        <>
          <Checkboxes
            name="areas"
            legend="Områden"
            options={options}
            value={value}
            onChange={setValue}
          />
          <output>{value.join(',')}</output>
        </>
      );
    }
    const screen = await render(<Host />);
    await screen.getByRole('checkbox', { name: 'Utvecklas' }).click();
    await screen.getByRole('checkbox', { name: 'Må bra' }).click();
    await expect.element(screen.getByRole('status')).toHaveTextContent('utvecklas');
    await expect.element(screen.getByRole('checkbox', { name: 'Må bra' })).not.toBeChecked();
    await expectNoAxeViolations(screen.container);
  });
});
