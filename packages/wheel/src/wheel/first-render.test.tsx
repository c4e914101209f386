import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { Wheel } from './wheel.tsx';

// In a browser the wheel commits an empty frame, measures it and renders once at the right size.
// These tests pin what must not be lost on the way: server HTML, hydration, hidden containers.

const containers: HTMLElement[] = [];
afterEach(() => {
  containers.splice(0).forEach((c) => c.remove());
});

function mountPoint(html = ''): HTMLElement {
  const div = document.createElement('div');
  div.style.width = '900px';
  // Server HTML, as a page would deliver it (parsed, not assigned as a string).
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  div.append(...Array.from(parsed.body.childNodes, (n) => document.adoptNode(n)));
  document.body.append(div);
  containers.push(div);
  return div;
}

describe('first render', () => {
  it('renders every area as native radios in server HTML, so a form works before scripts run', () => {
    const html = renderToString(
      <form>
        <Wheel name="hjul" />
      </form>,
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('fieldset.bb-wheel-area')).toHaveLength(8);
    expect(doc.querySelectorAll('input[type="radio"][name="hjul.trygg"]').length).toBeGreaterThan(
      0,
    );
  });

  it('hydrates server HTML without a mismatch and then fits the measured width', async () => {
    const ui = (
      <form>
        <Wheel name="hjul" />
      </form>
    );
    const container = mountPoint(renderToString(ui));
    const onRecoverableError = vi.fn();
    const root = hydrateRoot(container, ui, { onRecoverableError });
    await vi.waitFor(() =>
      expect(container.querySelector('.bb-wheel')?.getAttribute('data-columns')).toBe('2'),
    );
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.querySelectorAll('fieldset.bb-wheel-area')).toHaveLength(8);
    root.unmount();
  });

  it('keeps its inputs in a hidden container, and lays out once shown', async () => {
    const screen = await render(
      <div hidden data-testid="step">
        <form aria-label="Hjulet">
          <Wheel name="hjul" />
        </form>
      </div>,
    );
    const step = screen.container.querySelector<HTMLElement>('[data-testid="step"]')!;
    // Nothing to measure while hidden: the wheel still renders, so the form still submits it.
    expect(step.querySelectorAll('input[type="radio"][name="hjul.trygg"]').length).toBeGreaterThan(
      0,
    );
    step.hidden = false;
    await expect
      .element(page.getByRole('group', { name: 'Trygg' }).getByRole('radio').first())
      .toBeVisible();
    const wheel = step.querySelector('.bb-wheel')!;
    const size = Number.parseFloat(
      getComputedStyle(wheel).getPropertyValue('--bb-wheel-size').replace('px', ''),
    );
    expect(size).toBeGreaterThan(0);
  });
});
