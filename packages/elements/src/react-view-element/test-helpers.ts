// Shared by the display elements' tests (not shipped: `test-*` is outside `files`).
import { vi } from 'vitest';

/** Puts fixture markup written in the test (never user input) into the page. */
export function html(markup: string): HTMLElement {
  const host = document.createElement('div');
  const template = document.createElement('template');
  template.setHTMLUnsafe(markup);
  host.append(template.content);
  document.body.append(host);
  return host;
}

/** Waits until the element's shadow root holds `selector` (its lazy body has rendered). */
export async function rendered(el: Element, selector: string): Promise<void> {
  await vi.waitFor(
    () => {
      if (!el.shadowRoot?.querySelector(selector)) throw new Error(`no ${selector} yet`);
    },
    { timeout: 10_000 },
  );
}

/** The text of the element's shadow root. */
export const shadowText = (el: Element): string => el.shadowRoot?.textContent ?? '';
