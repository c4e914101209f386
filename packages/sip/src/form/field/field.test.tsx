import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import '../form.css';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import { ErrorMessage } from '../error-message/error-message.tsx';
import { Hint } from '../hint/hint.tsx';
import { Field } from './field.tsx';

describe('Field', () => {
  it('labels a single child element and links hint and error to it', async () => {
    const screen = await render(
      <Field label="Telefon" hint="Med riktnummer" error="Skriv ett telefonnummer" optional>
        <input name="phone" type="tel" aria-describedby="extra" />
      </Field>,
    );
    const box = screen.getByRole('textbox', { name: 'Telefon (frivilligt)' });
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    const ids = (box.element().getAttribute('aria-describedby') ?? '').split(' ');
    // Hint, error and the child's own description id, in that order.
    expect(ids).toHaveLength(3);
    expect(ids[2]).toBe('extra');
    expect(document.getElementById(ids[0]!)?.textContent).toBe('Med riktnummer');
    expect(document.getElementById(ids[1]!)?.textContent).toBe('Fel: Skriv ett telefonnummer');
  });

  it('passes id, describedBy and invalid to a render function', async () => {
    const screen = await render(
      <Field id="hours" label="Antal timmar" hint="Per vecka">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="hours"
            inputMode="numeric"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>,
    );
    const box = screen.getByRole('textbox', { name: 'Antal timmar' });
    await expect.element(box).toHaveAttribute('id', 'hours');
    await expect.element(box).toHaveAccessibleDescription('Per vecka');
    await expect.element(box).not.toHaveAttribute('aria-invalid');
    await expectNoAxeViolations(screen.container);
  });

  it('renders free text in label, hint and error as text, never markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>fet</b>';
    const screen = await render(
      <Field label={evil} hint={evil} error={evil}>
        <input name="x" />
      </Field>,
    );
    expect(screen.container.querySelector('img, b')).toBeNull();
    await expect.element(screen.getByRole('textbox', { name: evil })).toBeInTheDocument();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('exports Hint and ErrorMessage for custom layouts', async () => {
    const screen = await render(
      <div>
        <label htmlFor="c">Egen</label>
        <Hint id="c-hint">Ledtext</Hint>
        <ErrorMessage id="c-error" locale="en">
          Enter something
        </ErrorMessage>
        <input id="c" aria-describedby="c-hint c-error" />
      </div>,
    );
    await expect
      .element(screen.getByRole('textbox', { name: 'Egen' }))
      .toHaveAccessibleDescription('Ledtext Error: Enter something');
    await expectNoAxeViolations(screen.container);
  });
});
