import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { useState, type FormEvent } from 'react';
import '../form.css';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import { DateInput } from '../date-input/date-input.tsx';
import { parseDateParts } from '../date-input/parse-date-parts.ts';
import { Radios } from '../radios/radios.tsx';
import { TextInput } from '../text-input/text-input.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { errorsFromIssues, useErrorSummary } from './use-error-summary.ts';
import type { ErrorSummaryItem } from './error-summary.tsx';

/** A small form as a host would write it: validate on submit, one list feeds summary and fields. */
function PlanForm() {
  const summary = useErrorSummary();
  const [name, setName] = useState('');
  const [principal, setPrincipal] = useState('');
  const [date, setDate] = useState('');
  const [parts, setParts] = useState({ day: '', month: '', year: '' });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: ErrorSummaryItem[] = [];
    if (!name.trim())
      errors.push({ targetId: 'name', text: 'Skriv namnet på den som är huvudansvarig' });
    if (!principal) errors.push({ targetId: 'principal', text: 'Välj huvudman' });
    const parsed = parseDateParts(parts);
    if (!parsed.ok)
      errors.push({ targetId: 'followUp', text: 'Skriv ett riktigt datum för uppföljningen' });
    summary.show(errors);
  };
  return (
    <form aria-label="Plan" noValidate onSubmit={onSubmit}>
      <ErrorSummary {...summary.props} />
      <TextInput
        id="name"
        name="name"
        label="Huvudansvarig"
        value={name}
        onChange={setName}
        error={summary.errorFor('name')}
      />
      {/* Tall content so that following a link has to scroll. */}
      <div style={{ height: '150vh' }} />
      <Radios
        id="principal"
        name="principal"
        legend="Huvudman"
        value={principal}
        onChange={setPrincipal}
        error={summary.errorFor('principal')}
        options={[
          { value: 'kommun', label: 'Kommun' },
          { value: 'region', label: 'Region' },
        ]}
      />
      <DateInput
        id="followUp"
        name="followUp"
        legend="Uppföljning"
        value={date}
        onChange={(iso, p) => {
          setDate(iso);
          setParts(p);
        }}
        error={summary.errorFor('followUp')}
      />
      <button type="submit">Spara</button>
    </form>
  );
}

function inViewport(el: Element) {
  const rect = el.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight;
}

describe('ErrorSummary', () => {
  it('renders nothing without errors', async () => {
    const screen = await render(<ErrorSummary errors={[]} />);
    expect(screen.container.innerHTML).toBe('');
  });

  it('takes focus when errors appear and lists each as a link', async () => {
    const screen = await render(
      <ErrorSummary
        errors={[
          { targetId: 'a', text: 'Skriv A' },
          { targetId: 'b', text: 'Välj B' },
        ]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Det finns problem' });
    await expect.element(region).toHaveFocus();
    await expect
      .element(screen.getByRole('heading', { level: 2, name: 'Det finns problem' }))
      .toBeInTheDocument();
    await expect
      .element(screen.getByRole('link', { name: 'Skriv A' }))
      .toHaveAttribute('href', '#a');
    await expect
      .element(screen.getByRole('link', { name: 'Välj B' }))
      .toHaveAttribute('href', '#b');
    await expectNoAxeViolations(screen.container);
  });

  it('on submit: focuses the summary, links focus the field, a fieldset link focuses its first input and shows the legend', async () => {
    const screen = await render(<PlanForm />);
    await expect.element(screen.getByRole('region')).not.toBeInTheDocument();
    const submit = screen.getByRole('button', { name: 'Spara' });
    submit.element().focus();
    await userEvent.keyboard('{Enter}');

    const region = screen.getByRole('region', { name: 'Det finns problem' });
    await expect.element(region).toHaveFocus();
    expect(region.getByRole('link').elements()).toHaveLength(3);
    // Each field shows the same message, with the hidden prefix.
    await expect
      .element(screen.getByRole('textbox', { name: 'Huvudansvarig' }))
      .toHaveAccessibleDescription('Fel: Skriv namnet på den som är huvudansvarig');
    await expectNoAxeViolations(screen.container);

    // Keyboard: Tab to the first link, Enter.
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('textbox', { name: 'Huvudansvarig' })).toHaveFocus();

    await screen.getByRole('link', { name: 'Välj huvudman' }).click();
    await expect.element(screen.getByRole('radio', { name: 'Kommun' })).toHaveFocus();
    const legend = screen
      .getByRole('group', { name: 'Huvudman' })
      .element()
      .querySelector('legend')!;
    expect(inViewport(legend)).toBe(true);
    expect(location.hash).toBe('');

    await screen.getByRole('link', { name: 'Skriv ett riktigt datum för uppföljningen' }).click();
    await expect.element(screen.getByRole('textbox', { name: 'Dag' })).toHaveFocus();
    const dateLegend = screen
      .getByRole('group', { name: 'Uppföljning' })
      .element()
      .querySelector('legend')!;
    expect(inViewport(dateLegend)).toBe(true);
  });

  it('takes focus again on every submit, even with the same errors', async () => {
    const screen = await render(<PlanForm />);
    const submit = screen.getByRole('button', { name: 'Spara' });
    await submit.click();
    const region = screen.getByRole('region', { name: 'Det finns problem' });
    await expect.element(region).toHaveFocus();
    await submit.click();
    await expect.element(region).toHaveFocus();

    // Fix everything: the summary goes away.
    await userEvent.type(screen.getByRole('textbox', { name: 'Huvudansvarig' }), 'Sara, BUP');
    await screen.getByRole('radio', { name: 'Region' }).click();
    await userEvent.type(screen.getByRole('textbox', { name: 'Dag' }), '1');
    await userEvent.type(screen.getByRole('textbox', { name: 'Månad' }), '9');
    await userEvent.type(screen.getByRole('textbox', { name: 'År' }), '2026');
    await submit.click();
    await expect.element(screen.getByRole('region')).not.toBeInTheDocument();
  });

  it('renders error texts with markup as text and in English', async () => {
    const screen = await render(
      <ErrorSummary
        locale="en"
        errors={[{ targetId: 'x', text: '<img src=x onerror=alert(1)>' }]}
      />,
    );
    await expect
      .element(screen.getByRole('region', { name: 'There is a problem' }))
      .toBeInTheDocument();
    await expect
      .element(screen.getByRole('link', { name: '<img src=x onerror=alert(1)>' }))
      .toBeInTheDocument();
    expect(screen.container.querySelector('img')).toBeNull();
  });

  it('maps core validation issues to summary items', () => {
    const items = errorsFromIssues(
      [
        {
          path: ['participants', 0, 'name'],
          code: 'required',
          message: { sv: 'Namn saknas', en: 'Name missing' },
        },
        {
          path: ['participants', 0, 'name'],
          code: 'type',
          message: { sv: 'Dubblett', en: 'Duplicate' },
        },
        { path: ['other'], code: 'required', message: { sv: 'Annat', en: 'Other' } },
      ],
      'en',
      (path) => (path[0] === 'participants' ? `p-${path.join('-')}` : undefined),
    );
    expect(items).toEqual([{ targetId: 'p-participants-0-name', text: 'Name missing' }]);
  });

  it('lists a problem no field can fix as text, not as a link', async () => {
    const screen = await render(
      <>
        <ErrorSummary
          // eslint-disable-next-line jsx-a11y/no-autofocus -- turns the focus-on-appear OFF
          autoFocus={false}
          errors={[
            { targetId: 'name', text: 'Skriv namnet' },
            { text: 'Filen innehåller en okänd uppgift' },
          ]}
        />
        <TextInput id="name" name="name" label="Namn" error="Skriv namnet" />
      </>,
    );
    const summary = screen.getByRole('region', { name: 'Det finns problem' });
    expect(
      summary
        .getByRole('link')
        .elements()
        .map((a) => a.textContent),
    ).toEqual(['Skriv namnet']);
    await expect.element(summary.getByText('Filen innehåller en okänd uppgift')).toBeVisible();
    expect(summary.element().querySelectorAll('li')).toHaveLength(2);
    await expectNoAxeViolations(screen.container);
  });
});
