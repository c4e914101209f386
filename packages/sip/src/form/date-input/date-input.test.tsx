import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { useState } from 'react';
import '../form.css';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import { DateInput } from './date-input.tsx';

describe('DateInput', () => {
  it('is a group of three labelled numeric fields, with hint and error linked', async () => {
    const screen = await render(
      <DateInput
        name="followUp"
        legend="Uppföljningsdatum"
        hint="Till exempel 15 3 2026"
        error="Datumet måste vara ett riktigt datum"
      />,
    );
    const group = screen.getByRole('group', { name: 'Uppföljningsdatum' });
    await expect
      .element(group)
      .toHaveAccessibleDescription(
        'Till exempel 15 3 2026 Fel: Datumet måste vara ett riktigt datum',
      );
    for (const name of ['Dag', 'Månad', 'År']) {
      const box = group.getByRole('textbox', { name });
      await expect.element(box).toHaveAttribute('inputmode', 'numeric');
      await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    }
    await expectNoAxeViolations(screen.container);
  });

  it('marks only the invalid parts and speaks English', async () => {
    const screen = await render(
      <DateInput
        name="d"
        legend="Date"
        locale="en"
        error="Date must include a year"
        invalidParts={['year']}
      />,
    );
    await expect
      .element(screen.getByRole('textbox', { name: 'Year' }))
      .toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(screen.getByRole('textbox', { name: 'Day' }))
      .not.toHaveAttribute('aria-invalid');
    await expect
      .element(screen.getByRole('group', { name: 'Date' }))
      .toHaveAccessibleDescription('Error: Date must include a year');
  });

  it('submits the three parts and the ISO date; keeps partial input; resets', async () => {
    const onChange = vi.fn();
    const screen = await render(
      <form aria-label="Test">
        <DateInput
          name="followUp"
          legend="Uppföljning"
          defaultValue="2026-01-02"
          onChange={onChange}
        />
        <button type="reset">Återställ</button>
      </form>,
    );
    const form = screen.getByRole('form').element() as HTMLFormElement;
    const data = () => Object.fromEntries(new FormData(form));
    expect(data()).toEqual({
      'followUp-day': '2',
      'followUp-month': '1',
      'followUp-year': '2026',
      followUp: '2026-01-02',
    });

    const day = screen.getByRole('textbox', { name: 'Dag' });
    await userEvent.clear(day);
    await userEvent.type(day, '31');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Control>}a{/Control}4');
    // 31 April does not exist: parts are kept as typed, ISO is empty.
    expect(data()).toEqual({
      'followUp-day': '31',
      'followUp-month': '4',
      'followUp-year': '2026',
      followUp: '',
    });
    expect(onChange).toHaveBeenLastCalledWith('', { day: '31', month: '4', year: '2026' });

    await userEvent.keyboard('{Control>}a{/Control}5');
    expect(data().followUp).toBe('2026-05-31');
    expect(onChange).toHaveBeenLastCalledWith('2026-05-31', {
      day: '31',
      month: '5',
      year: '2026',
    });

    await screen.getByRole('button', { name: 'Återställ' }).click();
    await expect.element(day).toHaveValue('2');
    expect(data().followUp).toBe('2026-01-02');
    await expectNoAxeViolations(screen.container);
  });

  it('keeps partial input while a controlled value stays empty, and follows outside changes', async () => {
    function Host() {
      const [iso, setIso] = useState('');
      return (
        <>
          <DateInput name="d" legend="Datum" value={iso} onChange={(next) => setIso(next)} />
          <button type="button" onClick={() => setIso('2027-12-24')}>
            Julafton
          </button>
          <button type="button" onClick={() => setIso('')}>
            Töm
          </button>
          <output>{iso || 'inget'}</output>
        </>
      );
    }
    const screen = await render(<Host />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Dag' }), '7');
    await userEvent.type(screen.getByRole('textbox', { name: 'Månad' }), '8');
    await expect.element(screen.getByRole('textbox', { name: 'Dag' })).toHaveValue('7');
    await expect.element(screen.getByRole('status')).toHaveTextContent('inget');
    await userEvent.type(screen.getByRole('textbox', { name: 'År' }), '2026');
    await expect.element(screen.getByRole('status')).toHaveTextContent('2026-08-07');

    await screen.getByRole('button', { name: 'Julafton' }).click();
    await expect.element(screen.getByRole('textbox', { name: 'Dag' })).toHaveValue('24');
    await expect.element(screen.getByRole('textbox', { name: 'Månad' })).toHaveValue('12');
    await screen.getByRole('button', { name: 'Töm' }).click();
    await expect.element(screen.getByRole('textbox', { name: 'År' })).toHaveValue('');
  });

  it('shows controlled parts exactly as stored, whatever the value says', async () => {
    const onChange = vi.fn();
    function Host() {
      // What a draft holds for a date that is not real yet: the parts, beside an earlier date.
      const [parts, setParts] = useState({ day: '31', month: '2', year: '2026' });
      return (
        <form aria-label="Test">
          <DateInput
            name="d"
            legend="Datum"
            value="2026-01-15"
            parts={parts}
            onChange={(iso, next) => {
              setParts(next);
              onChange(iso, next);
            }}
          />
        </form>
      );
    }
    const screen = await render(<Host />);
    const day = screen.getByRole('textbox', { name: 'Dag' });
    await expect.element(day).toHaveValue('31');
    const data = () =>
      Object.fromEntries(new FormData(screen.getByRole('form').element() as HTMLFormElement));
    expect(data()).toEqual({ 'd-day': '31', 'd-month': '2', 'd-year': '2026', d: '' });

    await userEvent.tripleClick(day);
    await userEvent.keyboard('28');
    expect(onChange).toHaveBeenLastCalledWith('2026-02-28', {
      day: '28',
      month: '2',
      year: '2026',
    });
    expect(data().d).toBe('2026-02-28');
    await expectNoAxeViolations(screen.container);
  });
});
