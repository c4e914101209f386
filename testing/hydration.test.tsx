/**
 * The markup `renderToString` gives on a server (see server-render.ssr.test.tsx, which renders
 * the same cases in Node with no DOM) hydrates in Chromium without a mismatch: React reports
 * none through `onRecoverableError` or `console.error`, and the hydrated page keeps the server's
 * nodes.
 */
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SERVER_CASES } from './server-render-cases.tsx';

// Hydration runs inside `act`, so every effect has run before the assertions.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  vi.restoreAllMocks();
});

describe('hydration in Chromium', () => {
  test.each(SERVER_CASES)('$name hydrates without a mismatch', async ({ element, holds }) => {
    const html = renderToString(element());
    expect(html).toContain(holds);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const first = container.firstElementChild;
    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => {
      errors.push(args.map(String).join(' '));
    });
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation((...args) => {
      errors.push(args.map(String).join(' '));
    });
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, element(), {
        onRecoverableError: (error) => errors.push(error),
      });
    });
    cleanup = () => {
      act(() => root?.unmount());
      container.remove();
    };
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
    // Hydration adopts the server's nodes rather than replacing them.
    expect(container.firstElementChild).toBe(first);
  });

  test('a mismatch is caught (the test can fail)', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<p>server</p>);
    document.body.append(container);
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <p>client</p>, {
        onRecoverableError: (error) => errors.push(error),
      });
    });
    cleanup = () => {
      act(() => root?.unmount());
      container.remove();
    };
    expect(errors.length).toBeGreaterThan(0);
  });
});
