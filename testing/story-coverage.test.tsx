/**
 * Storybook is where designers and integrators read about a component: every React component the
 * packages export has a page (as a story file's `component`) or a tab in one (`subcomponents`), so
 * it gets a prop table, and every page of the wheel says when to use it and when not to.
 */
import type { Meta } from '@storybook/react-vite';
import * as followUp from '@barnets-basta/follow-up';
import * as followUpJourney from '@barnets-basta/follow-up/journey';
import * as sip from '@barnets-basta/sip';
import * as wheel from '@barnets-basta/wheel';
import { describe, expect, it } from 'vitest';

const STORY_FILES = import.meta.glob<{ default: Meta }>('../packages/*/src/**/*.stories.tsx', {
  eager: true,
});
const metas = Object.entries(STORY_FILES).map(([file, module]) => ({ file, meta: module.default }));

/** Exported React components: PascalCase functions (not classes) or exotic ones (forwardRef, memo). */
function components(entry: Record<string, unknown>): [string, unknown][] {
  return Object.entries(entry).filter(
    ([name, value]) =>
      /^[A-Z][a-z]/.test(name) &&
      ((typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value))) ||
        (typeof value === 'object' && value !== null && '$$typeof' in value)),
  );
}

/**
 * Known gaps, kept as a list that must stay true: a component that gets its page must leave it.
 * Empty: every exported component has a page.
 */
const WITHOUT_PAGE: string[] = [];

const documented = new Set(
  metas.flatMap(({ meta }) => [meta.component, ...Object.values(meta.subcomponents ?? {})]),
);

describe('every exported component has a Storybook page with a prop table', () => {
  for (const [pkg, entry, least] of [
    ['@barnets-basta/wheel', wheel, 4],
    ['@barnets-basta/sip', sip, 4],
    ['@barnets-basta/follow-up', followUp, 4],
    ['@barnets-basta/follow-up/journey', followUpJourney, 1],
  ] as const) {
    it(pkg, () => {
      const found = components(entry as Record<string, unknown>);
      expect(found.length).toBeGreaterThanOrEqual(least);
      const names = found.map(([name]) => name);
      const missing = found.filter(([, value]) => !documented.has(value as never)).map(([n]) => n);
      expect(missing).toEqual(WITHOUT_PAGE.filter((name) => names.includes(name)));
    });
  }

  // The wheel's pages say it with "Använd" and "Använd inte"; the SIP pages phrase it freely.
  it('each page of the wheel says when to use the component and when not to', () => {
    const wheelMetas = metas.filter(
      ({ file, meta }) => file.includes('/wheel/src/') && meta.component,
    );
    expect(wheelMetas.length).toBeGreaterThanOrEqual(6);
    const silent = wheelMetas
      .filter(({ meta }) => {
        const text = String(meta.parameters?.docs?.description?.component ?? '');
        return !/Använd\b/.test(text) || !/Använd inte\b/.test(text);
      })
      .map(({ file }) => file);
    expect(silent).toEqual([]);
  });
});
