/**
 * The Storybook pages describe Storybook itself and the packages; these tests keep that true when
 * the toolbar (.storybook/preview.tsx) or the custom elements change.
 */
import { describe, expect, it } from 'vitest';
import preview from '../../.storybook/preview.tsx';
import manifest from '../../packages/elements/custom-elements.json';
import introduction from './introduktion.mdx?raw';

describe('introduktion.mdx', () => {
  it('names every menu of the toolbar and every choice in it', () => {
    const menus = Object.values(preview.globalTypes ?? {}).map((type) => ({
      title: String(type.toolbar?.title),
      items: (type.toolbar?.items as { title: string }[]).map((i) => i.title),
    }));
    expect(menus.map((m) => m.title)).toEqual(['Språk', 'Målgrupp', 'Paket', 'Tema', 'Riktning']);
    for (const { title, items } of menus) {
      const row = introduction.split('\n').findIndex((line) => line.trim() === `'${title}',`);
      expect(row, `a row for ${title}`).toBeGreaterThan(0);
      const choices = introduction.split('\n')[row + 1]!;
      for (const item of items) expect(choices, `${title}: ${item}`).toContain(item);
    }
  });

  it('names every custom element the elements package defines', () => {
    const tags = new Set(
      (manifest as { modules: { declarations?: { tagName?: string }[] }[] }).modules.flatMap((m) =>
        (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])),
      ),
    );
    expect([...tags].sort()).toEqual([
      'bb-family-plan',
      'bb-follow-up',
      'bb-print-plan',
      'bb-sip-plan',
      'bb-wheel',
      'bb-wheel-differences',
      'bb-wheel-overlay',
    ]);
    for (const tag of tags) expect(introduction).toContain(`<${tag}>`);
  });
});
