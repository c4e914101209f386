// Its own file, so this page has not loaded the popover chunk yet: each browser test file runs in a
// fresh frame with its own module graph.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { Wheel } from './wheel.tsx';

/** Whether this page has requested the popover's lazy module. */
const popoverRequested = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes('area-popover-content'));

describe('area popover loading', () => {
  // Pointer enter calls the same preload; keyboard focus is the path that must not be forgotten.
  it('requests the popover when focus reaches "Om …", without opening it, and Enter opens it', async () => {
    await render(<Wheel name="hjul" />);
    const about = page.getByRole('button', { name: 'Om Trygg' });
    await expect.element(about).toBeVisible();
    expect(popoverRequested()).toBe(false);

    (about.element() as HTMLElement).focus();
    await expect.poll(popoverRequested).toBe(true);
    await expect.element(about).toHaveAttribute('aria-expanded', 'false');
    expect(page.getByRole('dialog').query()).toBeNull();

    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('dialog', { name: 'Trygg' })).toBeVisible();
  });
});
