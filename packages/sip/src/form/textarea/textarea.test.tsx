import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../form.css';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import { Textarea, countCharacters } from './textarea.tsx';

function liveRegion(container: HTMLElement) {
  const region = container.querySelector('[aria-live="polite"]');
  if (!region) throw new Error('no polite live region');
  return region;
}

describe('Textarea', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('wraps any string, even 100 000 characters without a space, inside its box', async () => {
    const long = 'x'.repeat(100_000);
    const screen = await render(
      <div style={{ inlineSize: '20rem', display: 'flex' }}>
        <Textarea name="long" label="Lång text" value={long} onChange={() => undefined} />
      </div>,
    );
    const box = screen.getByRole('textbox', { name: 'Lång text' });
    await expect.element(box).toHaveValue(long);
    const element = box.element() as HTMLTextAreaElement;
    // `anywhere` (not the browser's default `break-word`) also lets the box's minimum width shrink,
    // so a flex or grid layout does not measure the whole string as one unbreakable word.
    expect(getComputedStyle(element).overflowWrap).toBe('anywhere');
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
    expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(20 * 16 + 1);
  });

  it('is a textbox with hint and error linked', async () => {
    const screen = await render(
      <Textarea
        name="well"
        label="Det här fungerar bra"
        hint="Börja med det som går bra"
        error="Skriv något"
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Det här fungerar bra' });
    await expect
      .element(box)
      .toHaveAccessibleDescription('Börja med det som går bra Fel: Skriv något');
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    await expect.element(box).toHaveAttribute('rows', '5');
    await expectNoAxeViolations(screen.container);
  });

  it('shows a character count, describes the limit, and announces politely only after a pause', async () => {
    const screen = await render(<Textarea name="goal" label="Mål" maxLength={20} />);
    const box = screen.getByRole('textbox', { name: 'Mål' });
    await expect.element(box).toHaveAccessibleDescription('Du kan skriva upp till 20 tecken');
    // No native maxlength: the browser must never cut what the user types.
    await expect.element(box).not.toHaveAttribute('maxlength');
    await expect.element(screen.getByText('Du har 20 tecken kvar')).toBeVisible();
    const region = liveRegion(screen.container);
    expect(region.textContent).toBe('');

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await userEvent.type(box, 'Gå till skolan');
    await expect.element(screen.getByText('Du har 6 tecken kvar')).toBeVisible();
    // Still typing (no pause yet): nothing is announced.
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(999);
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    await expect.poll(() => region.textContent).toBe('Du har 6 tecken kvar');
    await expectNoAxeViolations(screen.container);
  });

  it('lets the text go over the limit, keeps all of it and shows an error-style count', async () => {
    const screen = await render(
      <form aria-label="Test">
        <Textarea name="goal" label="Mål" maxLength={5} locale="en" announceDelay={0} />
      </form>,
    );
    const box = screen.getByRole('textbox', { name: 'Mål' });
    await userEvent.type(box, 'abcdefg');
    await expect.element(box).toHaveValue('abcdefg');
    const status = screen.getByText('You have 2 characters too many', { exact: true }).first();
    await expect.element(status).toHaveAttribute('data-over', 'true');
    await expect.element(box).toHaveAttribute('data-over', 'true');
    await expect
      .poll(() => liveRegion(screen.container).textContent)
      .toBe('You have 2 characters too many');
    const form = screen.getByRole('form').element() as HTMLFormElement;
    expect(new FormData(form).get('goal')).toBe('abcdefg');
    await userEvent.keyboard('{Backspace}');
    await expect
      .element(screen.getByText('You have 1 character too many').first())
      .toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('submits in a plain form and resets the text and the count when uncontrolled', async () => {
    const screen = await render(
      <form aria-label="Test">
        <Textarea name="notes" label="Anteckningar" defaultValue="Hej" maxLength={10} />
        <button type="reset">Återställ</button>
      </form>,
    );
    const box = screen.getByRole('textbox', { name: 'Anteckningar' });
    await expect.element(screen.getByText('Du har 7 tecken kvar')).toBeVisible();
    await box.click();
    await userEvent.keyboard('{End} <script>x</script>');
    const form = screen.getByRole('form').element() as HTMLFormElement;
    expect(new FormData(form).get('notes')).toBe('Hej <script>x</script>');
    await expect.element(screen.getByText('Du har 12 tecken för mycket')).toBeVisible();
    await screen.getByRole('button', { name: 'Återställ' }).click();
    await expect.element(box).toHaveValue('Hej');
    await expect.element(screen.getByText('Du har 7 tecken kvar')).toBeVisible();
  });

  it('counts an emoji as one character', () => {
    expect(countCharacters('hej 👋')).toBe(5);
  });
});
