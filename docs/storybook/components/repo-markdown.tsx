/**
 * Renders one of the repository's Markdown guides inside a Storybook page, so readers of the
 * static Storybook get the whole guide without a copy that could drift.
 */
import { Markdown } from '@storybook/addon-docs/blocks';
import { forStorybook } from './guide-text.ts';

/**
 * A repository guide rendered with Storybook's Markdown block.
 *
 * @example
 * import embedding from '../../embedding.md?raw';
 * <RepoMarkdown source={embedding} />
 */
export function RepoMarkdown({ source }: { source: string }) {
  return <Markdown>{forStorybook(source)}</Markdown>;
}
