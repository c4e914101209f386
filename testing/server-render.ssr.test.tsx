// @vitest-environment node
/**
 * Server rendering with no DOM at all, as Sitevision renders React: `renderToString` in Node.
 * Runs in the `unit` project (Node); the browser half is `hydration.test.tsx`.
 */
import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { SERVER_CASES } from './server-render-cases.tsx';

describe('renderToString in Node, no DOM', () => {
  test('there is no DOM here', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  });

  test.each(SERVER_CASES)('$name renders', ({ element, holds }) => {
    const html = renderToString(element());
    expect(html).toContain(holds);
  });
});
