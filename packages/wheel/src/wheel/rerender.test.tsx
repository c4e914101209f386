/**
 * A controlled change re-renders only the area that changed: every area renders inside React's
 * `<Profiler>` (given an `AreaProfiler` callback), and a memoised area that skips a render
 * reports nothing. Counts renders, never time.
 */
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { AreaProfiler } from './area-profiler.ts';
import { partly } from './test-fixtures.ts';
import { Wheel } from './wheel.tsx';
import type { Assessment } from '@barnets-basta/core';

function Host({ onChange }: { onChange?: (a: Assessment) => void }) {
  const [value, setValue] = useState<Assessment>(partly);
  return (
    <Wheel
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
      animate={false}
    />
  );
}

describe('Wheel: what a change re-renders', () => {
  it('a controlled change re-renders only the area that changed', async () => {
    await page.viewport(1280, 1000);
    const rendered: string[] = [];
    const changes: Assessment[] = [];
    const screen = await render(
      <AreaProfiler.Provider value={(id) => rendered.push(id)}>
        <Host onChange={(a) => changes.push(a)} />
      </AreaProfiler.Provider>,
    );
    const trygg = screen.getByRole('group', { name: /^Trygg\b/ });
    const radio = trygg.getByRole('radio', { name: '5 – Stämmer helt', exact: true });
    await expect.element(radio).toBeInTheDocument();
    // Every area rendered once on mount.
    expect(new Set(rendered).size).toBe(8);

    rendered.length = 0;
    // The radio sits under the drawing in the wheel layout: click the input itself.
    (radio.element() as HTMLInputElement).click();
    await expect.element(radio).toBeChecked();
    expect(changes.at(-1)?.areas.trygg?.answer).toEqual({ kind: 'value', value: 5 });
    expect(rendered).toEqual(['trygg']);

    rendered.length = 0;
    const aktiv = screen.getByRole('group', { name: /^Aktiv\b/ });
    const dontKnow = aktiv.getByRole('radio', { name: 'Vet inte' });
    (dontKnow.element() as HTMLInputElement).click();
    await expect.element(dontKnow).toBeChecked();
    expect(rendered).toEqual(['aktiv']);
  });
});
