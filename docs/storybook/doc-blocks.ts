/**
 * Fenced code blocks of a Markdown guide, with the test marker in the fence's info string:
 * ```` ```tsx file=docs/storybook/examples/react-form.tsx ```` (the block is that file, word for
 * word), ```` ```html example=element-form ```` (the block is run by the test of that name) or
 * ```` ```sh check=commands ```` (the block is checked by that rule of
 * docs/storybook/code-blocks.test.tsx). GitHub and Storybook only read the first word of the info
 * string, so the marker stays invisible.
 */

/** One fenced code block. */
export interface DocBlock {
  /** The fence's language, e.g. `tsx`. */
  lang: string;
  /** Everything after the language in the info string, trimmed (`file=…`, `json invalid`). */
  info: string;
  /** Every `key=value` pair of the info string. */
  meta: Record<string, string>;
  /** `file=` path, relative to the repository root. */
  file?: string;
  /** `example=` id. */
  example?: string;
  /** The code, without the fence's indentation (a block in a list item), ending with a newline. */
  code: string;
  /** 1-based line of the opening fence, for test names. */
  line: number;
}

/**
 * All fenced code blocks of `markdown`, in order, also those indented inside a list item.
 *
 * @example
 * docBlocks('```js example=hello\nalert(1);\n```\n');
 * // [{ lang: 'js', info: 'example=hello', meta: { example: 'hello' }, example: 'hello', code: 'alert(1);\n', line: 1 }]
 */
export function docBlocks(markdown: string): DocBlock[] {
  return [...markdown.matchAll(/^( *)```(\w*)([^\n]*)\n([\s\S]*?)^\1```[ \t]*$/gm)].map((m) => {
    const indent = m[1]!;
    const meta = Object.fromEntries(
      [...m[3]!.matchAll(/(\w+)=(\S+)/g)].map((pair) => [pair[1]!, pair[2]!] as const),
    );
    const code = indent
      ? m[4]!
          .split('\n')
          .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
          .join('\n')
      : m[4]!;
    return {
      lang: m[2]!,
      info: m[3]!.trim(),
      meta,
      ...(meta.file ? { file: meta.file } : {}),
      ...(meta.example ? { example: meta.example } : {}),
      code,
      line: markdown.slice(0, m.index).split('\n').length,
    };
  });
}

/** The blocks of one example id (a page may show an example's HTML and its script apart). */
export function exampleBlocks(blocks: readonly DocBlock[], id: string, lang?: string): DocBlock[] {
  return blocks.filter((b) => b.example === id && (lang === undefined || b.lang === lang));
}

/**
 * Splits an HTML example into its markup and the `src` of its external scripts, which a test
 * replaces by importing the module itself. Inline scripts are refused: under a strict CSP they
 * would not run, so no example may show one.
 *
 * @example
 * splitScripts('<script type="module" src="/a.js"></script>\n<p>Hej</p>');
 * // { markup: '<p>Hej</p>', scripts: [{ src: '/a.js', module: true, defer: false }] }
 */
export function splitScripts(html: string): {
  markup: string;
  scripts: { src: string; module: boolean; defer: boolean }[];
} {
  const scripts: { src: string; module: boolean; defer: boolean }[] = [];
  const markup = html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (_all, attrs: string, body: string) => {
      const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
      if (!src || body.trim() !== '') throw new Error('An example contains an inline script.');
      scripts.push({ src, module: /\btype="module"/.test(attrs), defer: /\bdefer\b/.test(attrs) });
      return '';
    })
    .trim();
  return { markup, scripts };
}

/**
 * The rows of the first Markdown table after `heading` (a line starting with `#`), as trimmed
 * cells, without the header and separator rows.
 */
export function markdownTable(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(heading);
  if (start < 0) return [];
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  if (first < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, line.lastIndexOf('|'))
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|')),
    );
  }
  return rows;
}
