/**
 * Turns one of the repository's Markdown guides into text for a Storybook page (see
 * repo-markdown.tsx). Kept apart from the component so tests need no Storybook blocks.
 */

/** Storybook pages that stand in for the repository's guides when they link to each other. */
export const GUIDE_PAGES: Record<string, string> = {
  'embedding.md': '?path=/docs/introduktion-inbäddning--docs',
  'data-format.md': '?path=/docs/introduktion-dataformat--docs',
  'accessibility.md': '?path=/docs/introduktion-tillgänglighet--docs',
  'content.md': '?path=/docs/introduktion-områden-och-innehåll--docs',
};

/**
 * Prepares a guide for a page: headings one level down (the page has its own `h1`), links to other
 * guides pointed at their Storybook page or written out as the file path, and the test markers of
 * code fences (`tsx file=…`) reduced to the language.
 *
 * @example
 * forStorybook('# Title\n\nSee [privacy](privacy.md).'); // '## Title\n\nSee privacy (`docs/privacy.md`).'
 */
export function forStorybook(
  markdown: string,
  pages: Record<string, string> = GUIDE_PAGES,
): string {
  return markdown
    .split(/^(```[^\n]*\n[\s\S]*?^```$)/m)
    .map((part, i) => {
      if (i % 2 === 1) return part.replace(/^(```\w+)[^\n]*/, '$1');
      return part
        .replace(/^(#{1,5}) /gm, '#$1 ')
        .replace(/\[([^\]]+)\]\(([\w.-]+\.md)(#[^)]*)?\)/g, (_all, text: string, file: string) =>
          pages[file] ? `[${text}](${pages[file]})` : `${text} (\`docs/${file}\`)`,
        );
    })
    .join('');
}
