/**
 * Proves the Storybook gate can fail. Every story runs as a test in the `storybook` project, where
 * `.storybook/preview.tsx` sets `a11y: { test: 'error' }` so that the a11y addon turns an axe
 * violation into a failed test. Here the same project annotations (the addon's and ours) are
 * applied to fixture stories kept outside the stories glob: if the inaccessible one ever runs
 * clean, the gate is not really closed.
 */
import * as a11yAddon from '@storybook/addon-a11y/preview';
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { beforeAll, describe, expect, it } from 'vitest';
import preview from '../.storybook/preview.tsx';
import * as stories from './fixtures/inaccessible.stories.tsx';

const annotations = setProjectAnnotations([a11yAddon, preview]);
beforeAll(annotations.beforeAll);

const { UtanEtikett, UtanEtikettBaraVarning, MedEtikett } = composeStories(stories);

describe('Storybook a11y gate', () => {
  it('is set to fail in the project preview', () => {
    expect(preview.parameters?.a11y).toMatchObject({ test: 'error' });
    expect(UtanEtikett.parameters.a11y).toMatchObject({ test: 'error' });
  });

  it('fails a story whose text field has no label', async () => {
    await expect(UtanEtikett.run()).rejects.toThrow(/label/i);
    const [report] = UtanEtikett.reporting.reports;
    expect(report).toMatchObject({ type: 'a11y', status: 'failed' });
    const ids = (report!.result as { violations: { id: string }[] }).violations.map((v) => v.id);
    expect(ids).toContain('label');
  });

  it('only warns when a story turns the gate down to "todo"', async () => {
    await UtanEtikettBaraVarning.run();
    expect(UtanEtikettBaraVarning.reporting.reports[0]).toMatchObject({ status: 'warning' });
  });

  it('passes the same story once the field is labelled', async () => {
    await MedEtikett.run();
    expect(MedEtikett.reporting.reports[0]).toMatchObject({ type: 'a11y', status: 'passed' });
  });
});
