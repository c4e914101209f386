/**
 * Every code block of every guide is run or checked, so none goes stale (issue 7). The guides are
 * docs/*.md, the root README, the demo's README and every README under packages/. A block says in
 * its fence how it is kept true (see doc-blocks.ts):
 *
 * - `file=<path>`: the block is that file word for word, and a test imports the file and runs it
 *   (the files of docs/storybook/examples/ shown in the READMEs are run below);
 * - `example=<id>`: a test runs the block itself (docs/embedding.md: docs-examples.test.tsx;
 *   elsewhere: EXAMPLES below);
 * - `check=commands`: shell lines; each `pnpm <script>` exists in the package.json it runs in, a
 *   pinned `pnpm@x.y.z` is the root `packageManager`, `npm install` names our packages or peers;
 * - `check=imports`: every name imported exists in the named entry;
 * - `check=results`: statements followed by `// => value` are run and compared;
 * - `check=props`: pseudo-JSX prop lists; every prop exists in the component's TypeScript props,
 *   optional exactly where the block writes `?`;
 * - `source=<path>`: the declaration shown is in that source file (comments aside);
 * - `check=tree`, `check=csp`, `check=diagram`: file trees whose paths exist, the demo's
 *   Content-Security-Policy, component names in a drawing.
 *
 * docs/content.md and the JSON of docs/data-format.md are run by core's own tests (RUN_ELSEWHERE).
 * A block with no way of being kept true fails the first test.
 */
import * as core from '@barnets-basta/core';
import * as coreCompare from '@barnets-basta/core/compare';
import * as coreContent from '@barnets-basta/core/content';
import * as coreCsv from '@barnets-basta/core/csv';
import * as coreFhir from '@barnets-basta/core/fhir';
import * as coreFollowUp from '@barnets-basta/core/follow-up';
import * as coreForm from '@barnets-basta/core/form';
import * as corePrivacy from '@barnets-basta/core/privacy';
import * as coreSvg from '@barnets-basta/core/svg';
import * as coreLanguage from '@barnets-basta/core/language';
import * as coreGeometry from '@barnets-basta/core/geometry';
import * as sexOmraden from '@barnets-basta/core/packs/sex-omraden';
import * as shanarri from '@barnets-basta/core/packs/shanarri';
import * as coreSip from '@barnets-basta/core/sip';
import * as elements from '@barnets-basta/elements';
import * as followUp from '@barnets-basta/follow-up';
import * as followUpJourney from '@barnets-basta/follow-up/journey';
import * as sip from '@barnets-basta/sip';
import * as wheel from '@barnets-basta/wheel';
import * as wheelInternal from '@barnets-basta/wheel/internal';
import '@barnets-basta/wheel/styles.css';
import '@barnets-basta/sip/styles.css';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PATIENCE } from '../../testing/patience.ts';
import { commands, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../testing/axe.ts';
import type { DocProp } from '../../testing/doc-commands.ts';
import demoViteConfig from '../../apps/demo/vite.config.ts?raw';
import thisTest from './code-blocks.test.tsx?raw';
import vitestConfig from '../../vitest.config.ts?raw';
import viteLibConfig from '../../scripts/vite-lib.ts?raw';
import {
  autumn,
  child,
  fourPerspectives,
  guardian1,
  school,
  spring,
} from '../../packages/wheel/src/views/test-fixtures.ts';
import { exampleChild } from './components/example-assessments.ts';
import { docBlocks, markdownTable, splitScripts, type DocBlock } from './doc-blocks.ts';
import { back } from './examples/core-round-trip.ts';
import { ContactForm } from './examples/form-contact.tsx';
import { ShortTermGoal } from './examples/form-textarea.tsx';
import { PlanPage } from './examples/sip-draft-page.tsx';
import { PlanFile } from './examples/sip-json-file.tsx';
import { Meeting } from './examples/sip-meeting.tsx';
import { Plan } from './examples/sip-plan-draft.tsx';
import { AutumnToSpring, ChildAndSchool } from './examples/wheel-differences.tsx';
import { WheelWithDownload, wheelAsSvgText } from './examples/wheel-export.tsx';
import { Overlaid } from './examples/wheel-legend.tsx';
import { AnswersAsTable } from './examples/wheel-table-toggle.tsx';
import { Finished, InAForm, WithGuardian } from './examples/wheel-three-ways.tsx';

/** Repository-relative path of a glob key (`../x.md` is docs/x.md, `../../a/b` is a/b). */
const repoPath = (key: string) =>
  key.startsWith('../../')
    ? key.slice(6)
    : key.startsWith('../')
      ? `docs/${key.slice(3)}`
      : key.replace(/^\.\//, 'docs/storybook/');
const byRepoPath = <T,>(modules: Record<string, T>) =>
  Object.fromEntries(Object.entries(modules).map(([k, v]) => [repoPath(k), v]));

const GUIDES = byRepoPath(
  import.meta.glob<string>(
    [
      '../*.md',
      '../platforms/*.md',
      '../../README.md',
      '../../apps/demo/README.md',
      '../../packages/**/README.md',
      '!../../packages/**/node_modules/**',
      '!../../packages/**/dist/**',
    ],
    { query: '?raw', import: 'default', eager: true },
  ),
);
const TEST_SOURCES: Record<string, string> = {
  ...byRepoPath(
    import.meta.glob<string>(
      [
        '../../packages/*/src/**/*.test.{ts,tsx}',
        '../../testing/*.test.tsx',
        './*.test.tsx',
        '!../../packages/**/node_modules/**',
      ],
      { query: '?raw', import: 'default', eager: true },
    ),
  ),
  // A glob never lists the file that holds it.
  'docs/storybook/code-blocks.test.tsx': thisTest,
};
const EXAMPLE_SOURCES = import.meta.glob<string>('./examples/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
interface PackageJson {
  name: string;
  private?: boolean;
  packageManager?: string;
  scripts?: Record<string, string>;
  exports?: Record<string, unknown>;
  peerDependencies?: Record<string, string>;
}
const PACKAGE_JSONS = byRepoPath(
  import.meta.glob<PackageJson>(
    ['../../package.json', '../../packages/*/package.json', '../../apps/*/package.json'],
    { import: 'default', eager: true },
  ),
);
const ROOT_PACKAGE = PACKAGE_JSONS['package.json']!;
const PNPM_VERSION = /^pnpm@([^+]+)/.exec(ROOT_PACKAGE.packageManager ?? '')?.[1];
const workspacePackage = (name: string) =>
  Object.entries(PACKAGE_JSONS).find(([path, p]) => path !== 'package.json' && p.name === name);
const VITEST_PROJECTS = [...vitestConfig.matchAll(/^\s+name: '([\w-]+)',$/gm)].map((m) => m[1]!);

/** Every public JavaScript entry of the packages, as the browser imports it. */
const ENTRIES: Record<string, object> = {
  '@barnets-basta/core': core,
  '@barnets-basta/core/content': coreContent,
  '@barnets-basta/core/sip': coreSip,
  '@barnets-basta/core/compare': coreCompare,
  '@barnets-basta/core/follow-up': coreFollowUp,
  '@barnets-basta/core/form': coreForm,
  '@barnets-basta/core/privacy': corePrivacy,
  '@barnets-basta/core/geometry': coreGeometry,
  '@barnets-basta/core/csv': coreCsv,
  '@barnets-basta/core/fhir': coreFhir,
  '@barnets-basta/core/svg': coreSvg,
  '@barnets-basta/core/language': coreLanguage,
  '@barnets-basta/core/packs/shanarri': shanarri,
  '@barnets-basta/core/packs/sex-omraden': sexOmraden,
  '@barnets-basta/wheel': wheel,
  // Shared React helpers for the SIP package, not a public API (ADR 8).
  '@barnets-basta/wheel/internal': wheelInternal,
  '@barnets-basta/follow-up': followUp,
  '@barnets-basta/follow-up/journey': followUpJourney,
  '@barnets-basta/sip': sip,
  '@barnets-basta/elements': elements,
};
/** Entries that hold React components (for `check=diagram`). */
const COMPONENT_ENTRIES = ['@barnets-basta/wheel', '@barnets-basta/sip'];

/**
 * Blocks that core's Node tests run. Their own regular expressions pick the blocks by the bare
 * info string, so these blocks carry no marker; `runs` mirrors that choice.
 */
const RUN_ELSEWHERE: { doc: string; runner: string; runs: (b: DocBlock) => boolean }[] = [
  {
    doc: 'docs/content.md',
    runner: 'packages/core/src/content/content-docs.test.ts',
    runs: (b) => (b.lang === 'ts' || b.lang === 'json') && b.info === '',
  },
  {
    doc: 'docs/data-format.md',
    runner: 'packages/core/src/validation/data-format-docs.test.ts',
    runs: (b) => b.lang === 'json' && /^(|invalid|issues)$/.test(b.info),
  },
  {
    // docs-examples.test.tsx lists its example ids and fails on an unknown or unrun one.
    doc: 'docs/embedding.md',
    runner: 'docs/storybook/docs-examples.test.tsx',
    runs: (b) => Boolean(b.file || b.example),
  },
];

/** `example=` blocks outside docs/embedding.md, by `doc#id`. */
const EXAMPLES: Record<string, (block: DocBlock) => Promise<void>> = {
  'packages/elements/README.md#element-form': async (block) => {
    const { markup, scripts } = splitScripts(block.code);
    // The module build is the package's main export; the test has it imported already.
    expect(scripts).toEqual([{ src: '/assets/bb-elements/index.js', module: true, defer: false }]);
    const host = document.createElement('div');
    host.append(document.createRange().createContextualFragment(markup));
    document.body.append(host);
    try {
      const form = host.querySelector('form')!;
      const el = host.querySelector('bb-wheel') as elements.BbWheel;
      expect(el).toBeInstanceOf(elements.BbWheel);
      await expect
        .poll(() => el.shadowRoot?.querySelectorAll('input[value="dont-know"]').length ?? 0)
        .toBe(8);
      // `required`: the form cannot be sent until an area is answered.
      expect(form.checkValidity()).toBe(false);
      el.focus();
      await userEvent.keyboard('{Space}');
      await expect.poll(() => form.checkValidity()).toBe(true);
      expect(new FormData(form).get('hjul.trygg')).toBe('1');
      await expectNoAxeViolations(host);
    } finally {
      host.remove();
    }
  },
};

/** The first problem with a block, or `undefined` when some rule keeps it true. */
function unkept(doc: string, block: DocBlock): string | undefined {
  const elsewhere = RUN_ELSEWHERE.find((r) => r.doc === doc);
  if (elsewhere) {
    if (elsewhere.runs(block)) return undefined;
    if (doc === 'docs/embedding.md') return 'has no file= or example= marker';
  }
  const ways = [block.file, block.example, block.meta.check, block.meta.source].filter(Boolean);
  if (ways.length === 0) return 'has no marker (file=, example=, check= or source=)';
  if (ways.length > 1) return `has ${ways.length} markers; give it one`;
  if (block.example && !EXAMPLES[`${doc}#${block.example}`]) {
    return `example=${block.example} is run by no test (add it to EXAMPLES)`;
  }
  const checks = ['commands', 'imports', 'results', 'props', 'tree', 'csp', 'diagram'];
  if (block.meta.check && !checks.includes(block.meta.check)) {
    return `check=${block.meta.check} is not a rule of this test`;
  }
  return undefined;
}

const ALL = Object.entries(GUIDES).flatMap(([doc, markdown]) =>
  docBlocks(markdown).map((block) => ({ doc, block, where: `${doc}:${block.line}` })),
);
const marked = (check: string) => ALL.filter((b) => b.block.meta.check === check);

describe('every code block of every guide', () => {
  it('reads every guide: docs/*.md, the READMEs of the root, the demo and every package folder', () => {
    const docs = Object.keys(GUIDES);
    for (const doc of [
      'README.md',
      'apps/demo/README.md',
      'docs/getting-started.md',
      'docs/embedding.md',
      'packages/core/README.md',
      'packages/elements/README.md',
      'packages/sip/src/form/README.md',
      'packages/wheel/src/views/series-legend/README.md',
    ]) {
      expect(docs).toContain(doc);
    }
    expect(docs.filter((d) => /node_modules|dist\//.test(d))).toEqual([]);
    expect(ALL.length).toBeGreaterThanOrEqual(60);
  });

  it('has a way of staying true for each block', () => {
    const problems = ALL.flatMap(({ doc, block, where }) => {
      const problem = unkept(doc, block);
      return problem ? [`${where} (${block.lang || 'no language'}) ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('refuses a block that nothing keeps true', () => {
    const [bare] = docBlocks('```sh\nls\n```\n');
    expect(unkept('docs/x.md', bare!)).toMatch(/no marker/);
    const [unknown] = docBlocks('```sh check=maybe\nls\n```\n');
    expect(unkept('docs/x.md', unknown!)).toMatch(/not a rule/);
    const [unrun] = docBlocks('```html example=nowhere\n<p></p>\n```\n');
    expect(unkept('docs/x.md', unrun!)).toMatch(/run by no test/);
    const [embedding] = docBlocks('```ts\nlet a = 1;\n```\n');
    expect(unkept('docs/embedding.md', embedding!)).toMatch(/no file= or example=/);
    expect(unkept('docs/content.md', embedding!)).toBeUndefined();
  });

  it('names runners that exist and read the guide they run', () => {
    for (const { doc, runner } of RUN_ELSEWHERE) {
      const source = TEST_SOURCES[runner];
      expect(source, runner).toBeDefined();
      expect(source, `${runner} reads ${doc}`).toContain(doc.split('/').pop());
      expect(ALL.some((b) => b.doc === doc)).toBe(true);
    }
    for (const key of Object.keys(EXAMPLES)) {
      const [doc, id] = key.split('#');
      expect(
        ALL.some((b) => b.doc === doc && b.block.example === id),
        `${key} is shown`,
      ).toBe(true);
    }
  });

  it('file=: the block is the file word for word, and a test imports the file', () => {
    const files = ALL.filter((b) => b.block.file);
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const { block, where } of files) {
      const path = block.file!;
      expect(path, where).toMatch(/^docs\/storybook\/examples\/[\w-]+\.(ts|tsx)$/);
      const source = EXAMPLE_SOURCES[path.replace('docs/storybook/', './')];
      expect(source, `${where}: ${path} exists`).toBeDefined();
      expect(block.code, `${where} equals ${path}`).toBe(source);
      expect(block.lang, where).toBe(path.split('.').pop());
      const name = path.split('/').pop()!;
      expect(
        Object.entries(TEST_SOURCES).filter(([, src]) => src.includes(`/examples/${name}'`)),
        `${where}: a test imports ${name}`,
      ).not.toEqual([]);
    }
  });

  it('example=: each runs', async () => {
    const shown = ALL.filter((b) => b.block.example && EXAMPLES[`${b.doc}#${b.block.example}`]);
    expect(shown.length).toBe(Object.keys(EXAMPLES).length);
    for (const { doc, block } of shown) await EXAMPLES[`${doc}#${block.example}`]!(block);
  });
});

describe('README.md: the first screen', () => {
  it('says what this is, then the two commands for a fresh machine, then the guides', () => {
    const readme = GUIDES['README.md']!;
    const [first] = docBlocks(readme);
    expect(first!.meta.check).toBe('commands');
    expect(first!.line).toBeLessThan(12);
    const commands = shellCommands(first!.code).map((words) => words.join(' '));
    expect(commands).toEqual([
      `npx -y pnpm@${PNPM_VERSION} install`,
      `npx -y pnpm@${PNPM_VERSION} dev`,
      `npx -y pnpm@${PNPM_VERSION} install`,
      `npx -y pnpm@${PNPM_VERSION} test`,
    ]);
    // `dev` starts the demo, `test` runs every project.
    expect(ROOT_PACKAGE.scripts?.dev).toContain('@barnets-basta/demo');
    expect(ROOT_PACKAGE.scripts?.test).toMatch(/vitest run$/);
    const lines = readme.split('\n');
    const closing = first!.line + first!.code.split('\n').length;
    const guides = lines.findIndex((line) => line.includes('](docs/')) + 1;
    expect(guides).toBeGreaterThan(closing);
    expect(guides - closing, 'the guides follow the commands').toBeLessThan(5);
    for (const guide of Object.keys(GUIDES).filter((d) => /^docs\/[\w-]+\.md$/.test(d))) {
      expect(lines.slice(0, 30).join('\n'), `the first screen links ${guide}`).toContain(
        `](${guide})`,
      );
    }
  });
});

describe('docs/getting-started.md: the test projects table', () => {
  it('names each Vitest project with the globs it really includes', () => {
    const rows = markdownTable(GUIDES['docs/getting-started.md']!, '### Test projects');
    const names = rows.map((r) => r[0]!.replace(/`/g, ''));
    expect(names.sort()).toEqual([...VITEST_PROJECTS].sort());
    const includes = [
      ...vitestConfig.matchAll(/name: '([\w-]+)',[^\]]*?include: \[([^\]]*)\]/g),
    ].map((m) => [m[1]!, [...m[2]!.matchAll(/'([^']+)'/g)].map((g) => g[1]!)] as const);
    expect(includes.map(([name]) => name).sort()).toEqual(['browser', 'e2e', 'react18', 'unit']);
    for (const [name, globs] of includes) {
      const where = rows.find((r) => r[0] === `\`${name}\``)![1]!;
      const shown = [...where.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      expect(shown.sort(), name).toEqual([...globs].sort());
    }
    // The storybook project takes its files from .storybook/main.ts.
    expect(rows.find((r) => r[0] === '`storybook`')![1]).toContain('*.stories.tsx');
  });
});

/** One shell command line split into commands, without comments. */
function shellCommands(code: string): string[][] {
  return code
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean)
    .flatMap((line) => line.split('&&'))
    .map((command) => command.trim().split(/\s+/));
}

/** What is wrong with one command, plus the paths it names (checked on disk by the caller). */
function checkCommand(words: string[]): { problems: string[]; paths: string[] } {
  const problems: string[] = [];
  const paths: string[] = [];
  const text = words.join(' ');
  let args = words;
  if (args[0] === 'npx') {
    args = args.slice(1).filter((w) => w !== '-y' && w !== '--yes');
    const pinned = /^pnpm@(.+)$/.exec(args[0] ?? '');
    if (!pinned) return { problems: [`${text}: npx only fetches pnpm here`], paths };
    if (pinned[1] !== PNPM_VERSION) {
      problems.push(`${text}: pnpm@${pinned[1]}, but packageManager is pnpm@${PNPM_VERSION}`);
    }
    args = ['pnpm', ...args.slice(1)];
  }
  if (args[0] === 'npm' && args[1] === 'install') {
    const ours = Object.values(PACKAGE_JSONS).filter((p) => !p.private);
    const peers = new Set(ours.flatMap((p) => Object.keys(p.peerDependencies ?? {})));
    for (const name of args.slice(2).filter((w) => !w.startsWith('-'))) {
      if (!ours.some((p) => p.name === name) && !peers.has(name)) {
        problems.push(`${text}: ${name} is neither one of our packages nor a peer of one`);
      }
    }
    return { problems, paths };
  }
  if (args[0] !== 'pnpm') return { problems: [`${text}: not a command this test knows`], paths };
  args = args.slice(1);
  let pkg: PackageJson = ROOT_PACKAGE;
  let where = 'package.json';
  if (args[0] === '--filter' || args[0] === '-F') {
    const found = workspacePackage(args[1] ?? '');
    if (!found) return { problems: [`${text}: no workspace package ${args[1]}`], paths };
    [where, pkg] = found;
    args = args.slice(2);
  }
  const [first, ...rest] = args;
  if (first === 'install' || first === 'i') return { problems, paths };
  if (first === 'exec') {
    if (rest[0] !== 'vitest' || rest[1] !== 'run') {
      return { problems: [`${text}: only \`pnpm exec vitest run\` is known`], paths };
    }
    const options = rest.slice(2);
    for (let i = 0; i < options.length; i++) {
      if (options[i] === '--project') {
        const project = options[++i]!;
        if (!VITEST_PROJECTS.includes(project)) {
          problems.push(`${text}: no Vitest project ${project} (${VITEST_PROJECTS.join(', ')})`);
        }
      } else if (!options[i]!.startsWith('-')) paths.push(options[i]!);
    }
    return { problems, paths };
  }
  const script = first === 'run' ? rest[0] : first;
  if (!script || !pkg.scripts?.[script]) {
    problems.push(`${text}: ${where} has no script "${script}"`);
  }
  return { problems, paths };
}

describe('check=commands and every `pnpm …` in the text', () => {
  it('the pinned pnpm is the one in packageManager', () => {
    expect(PNPM_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    for (const [doc, markdown] of Object.entries(GUIDES)) {
      for (const m of markdown.matchAll(/pnpm@(\d[\w.+-]*)/g)) {
        expect(m[1], `${doc}: pnpm@${m[1]}`).toBe(PNPM_VERSION);
      }
    }
  });

  it('each command runs a script, package or project that exists', async () => {
    const blocks = marked('commands');
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.map((b) => b.block.lang).every((l) => l === 'sh')).toBe(true);
    // Inline commands in the prose too: `pnpm storybook:build`, `pnpm exec vitest run …`.
    const inline = Object.entries(GUIDES).flatMap(([doc, markdown]) =>
      [...markdown.matchAll(/`((?:npx -y )?pnpm(?:@[\w.]+)? [^`]+)`/g)].map((m) => ({
        where: doc,
        code: m[1]!,
      })),
    );
    expect(inline.length).toBeGreaterThan(10);
    const problems: string[] = [];
    const paths: string[] = [];
    for (const { where, code } of [
      ...blocks.map((b) => ({ where: b.where, code: b.block.code })),
      ...inline,
    ]) {
      for (const words of shellCommands(code)) {
        const result = checkCommand(words);
        problems.push(...result.problems.map((p) => `${where}: ${p}`));
        paths.push(...result.paths);
      }
    }
    expect(problems).toEqual([]);
    expect(await commands.missingPaths(paths)).toEqual([]);
  });

  it('the checker refuses what does not exist', () => {
    const problems = (line: string) => shellCommands(line).flatMap((w) => checkCommand(w).problems);
    expect(problems('pnpm dev && pnpm test')).toEqual([]);
    expect(problems('pnpm nonexistent')).toHaveLength(1);
    expect(problems('npx -y pnpm@1.0.0 install')).toHaveLength(1);
    expect(problems('pnpm --filter @barnets-basta/demo preview')).toEqual([]);
    expect(problems('pnpm --filter @barnets-basta/demo bench')).toHaveLength(1);
    expect(problems('pnpm exec vitest run --project nope')).toHaveLength(1);
    expect(problems('npm install @barnets-basta/wheel react left-pad')).toHaveLength(1);
    expect(problems('curl https://example.invalid | sh')).toHaveLength(1);
  });
});

/** Named and side-effect imports of a block. */
function importsOf(code: string) {
  return [...code.matchAll(/^import\s+(?:\{([^}]*)\}\s+from\s+)?'([^']+)';?$/gm)].map((m) => ({
    from: m[2]!,
    names: (m[1] ?? '')
      .replace(/\/\/[^\n]*/g, '')
      .split(',')
      .map((n) => n.trim().split(/\s+as\s+/)[0]!)
      .filter(Boolean),
  }));
}

describe('check=imports', () => {
  it('ENTRIES holds every JavaScript entry of every package', () => {
    const declared = Object.values(PACKAGE_JSONS).flatMap((p) =>
      Object.keys(p.exports ?? {})
        // `./schema/*` is JSON Schema files (core), not JavaScript.
        .filter((k) => !/\.(css|json)$/.test(k) && k !== './classic' && k !== './schema/*')
        .map((k) => (k === '.' ? p.name : `${p.name}/${k.slice(2)}`)),
    );
    expect(Object.keys(ENTRIES).sort()).toEqual(declared.sort());
  });

  it('every imported name is exported by the entry it is imported from', async () => {
    const blocks = marked('imports');
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const { block, where } of blocks) {
      const imports = importsOf(block.code);
      const statements = block.code.match(/^import\b/gm) ?? [];
      expect(imports.length, `${where}: every import is understood`).toBe(statements.length);
      for (const { from, names } of imports) {
        if (names.length === 0) {
          // A stylesheet: the package exports it.
          const [, pkgName, sub] = /^(@barnets-basta\/[^/]+)\/(.+)$/.exec(from) ?? [];
          const pkg = workspacePackage(pkgName ?? '')?.[1];
          expect(pkg?.exports?.[`./${sub}`], `${where}: ${from} is exported`).toBeDefined();
          continue;
        }
        const entry = ENTRIES[from];
        expect(entry, `${where}: ${from} is an entry`).toBeDefined();
        const types = names.filter((n) => n.startsWith('type '));
        for (const name of names.filter((n) => !n.startsWith('type '))) {
          expect(name in entry!, `${where}: ${from} exports ${name}`).toBe(true);
        }
        if (types.length > 0) {
          const found = await commands.exportedProps(
            from,
            types.map((t) => t.slice(5).trim()),
          );
          for (const [name, props] of Object.entries(found)) {
            expect(props, `${where}: ${from} exports type ${name}`).not.toBeNull();
          }
        }
      }
    }
  });
});

/**
 * Runs a `check=results` block: imports become lookups in ENTRIES, and each statement followed by
 * a `// => value` line is compared with that value. Plain JavaScript only (no types).
 */
function runResults(code: string): number {
  const lines = code.split('\n');
  let checks = 0;
  const body = lines
    .map((line, i) => {
      const next = /^\s*\/\/ => (.+)$/.exec(lines[i + 1] ?? '');
      if (!next) return line;
      // A comment after the statement explains it; the value is on the next line.
      const statement = /^(.+?);(?:\s*\/\/.*)?$/.exec(line.trim());
      if (!statement) throw new Error(`"${lines[i + 1]}" follows no one-line statement`);
      checks++;
      return `__check(${statement[1]}, ${next[1]}, ${JSON.stringify(statement[1])});`;
    })
    .join('\n')
    .replace(
      /^import\s*\{([^}]*)\}\s*from\s*'([^']+)';?$/gm,
      (_all, names: string, from: string) =>
        `const {${names.replace(/\s+as\s+/g, ': ')}} = __import(${JSON.stringify(from)});`,
    );
  const __import = (from: string) => {
    if (!ENTRIES[from]) throw new Error(`${from} is not an entry`);
    return ENTRIES[from];
  };
  const __check = (actual: unknown, expected: unknown, what: string) =>
    expect(actual, what).toEqual(expected);
  new Function('__import', '__check', body)(__import, __check);
  return checks;
}

describe('check=results', () => {
  it('each statement gives the value written under it', () => {
    const blocks = marked('results');
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    for (const { block, where } of blocks) {
      expect(runResults(block.code), `${where} checks something`).toBeGreaterThan(0);
    }
  });

  it('fails on a wrong value', () => {
    const wrong =
      "import { parseDateParts } from '@barnets-basta/sip';\n\nparseDateParts({ day: '5', month: '3', year: '2026' });\n// => { ok: true, iso: '2026-05-03' }\n";
    expect(() => runResults(wrong)).toThrow();
  });
});

/**
 * The props of a `check=props` block: `<Name a b? c="…" d?: 'x' | 'y' e?(v: string) />` per
 * component, and `{ a?: T; b: U }` under a comment naming the type, e.g. `(FieldCommonProps)`.
 */
function documentedProps(code: string): { name: string; props: DocProp[] }[] {
  const strip = (text: string) => {
    let out = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/'[^'\n]*'/g, 'S');
    // Innermost first: option lists, callback parameters and object types are not props; a
    // parenthesised union before `[]` is a type (`('day' | 'month')[]`), kept as one word.
    for (let before = ''; before !== out;) {
      before = out;
      out = out
        .replace(/\{[^{}]*\}/g, '')
        .replace(/\([^()]*\)(?=\[\])/g, 'T')
        .replace(/\([^()]*\)/g, '')
        .replace(/\[[^[\]]*\]/g, '');
    }
    return out;
  };
  const parseList = (text: string): DocProp[] =>
    strip(text)
      .replace(/\?\s*:\s*[^\s|]+(?:\s*\|\s*[^\s|]+)*/g, '?')
      .replace(/:\s*[^\s|]+(?:\s*\|\s*[^\s|]+)*/g, '')
      .split(/\s+/)
      .map((w) => /^([A-Za-z]\w*)(\?)?=?$/.exec(w))
      .filter((m): m is RegExpExecArray => Boolean(m))
      .map((m) => ({ name: m[1]!, optional: Boolean(m[2]) }));
  const result: { name: string; props: DocProp[] }[] = [];
  const typeBlock = /\(([A-Z]\w+)\)\s*\n\{([^}]*)\}/.exec(code);
  if (typeBlock) {
    result.push({
      name: typeBlock[1]!,
      props: typeBlock[2]!
        .split(';')
        .map((p) => /([A-Za-z]\w*)(\?)?\s*:/.exec(p))
        .filter((m): m is RegExpExecArray => Boolean(m))
        .map((m) => ({ name: m[1]!, optional: Boolean(m[2]) })),
    });
  }
  for (const m of code.matchAll(/^<([A-Z]\w*)([\s\S]*?)\/>$/gm)) {
    result.push({ name: m[1]!, props: parseList(m[2]!) });
  }
  return result;
}

describe('check=props', () => {
  it('reads a prop list the way it is written', () => {
    expect(
      documentedProps(
        "<Radios name legend legendAs? options={[{ value, label }]} value?: 'a' | 'b' onChange?(v: string) /* x */ inline? parts?: ('a'|'b')[] />",
      ),
    ).toEqual([
      {
        name: 'Radios',
        props: [
          { name: 'name', optional: false },
          { name: 'legend', optional: false },
          { name: 'legendAs', optional: true },
          { name: 'options', optional: false },
          { name: 'value', optional: true },
          { name: 'onChange', optional: true },
          { name: 'inline', optional: true },
          { name: 'parts', optional: true },
        ],
      },
    ]);
  });

  it('every prop exists in the TypeScript props, optional where written with ?', async () => {
    const blocks = marked('props');
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    for (const { block, where } of blocks) {
      const entry = block.meta.entry;
      expect(entry, `${where}: entry= names the package`).toBeDefined();
      const documented = documentedProps(block.code);
      expect(documented.length).toBeGreaterThanOrEqual(5);
      const actual = await commands.exportedProps(
        entry!,
        documented.map((d) => d.name),
      );
      const problems = documented.flatMap(({ name, props }) => {
        const real = actual[name];
        if (!real) return [`${name} is not exported by ${entry}`];
        return props.flatMap((p) => {
          const found = real.find((r) => r.name === p.name);
          if (!found) return [`${name}: no prop ${p.name}`];
          if (found.optional !== p.optional) {
            return [`${name}: ${p.name} is ${found.optional ? 'optional' : 'required'}`];
          }
          return [];
        });
      });
      expect(problems, where).toEqual([]);
    }
  });
});

/** Code without comments and `export`, on one line, for comparing declarations. */
const normalise = (code: string) =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/\bexport\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('source=', () => {
  it('the declaration shown is in the source file', async () => {
    const blocks = ALL.filter((b) => b.block.meta.source);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const { block, where } of blocks) {
      const source = await commands.readRepoFile(block.meta.source!);
      expect(normalise(source), where).toContain(normalise(block.code));
    }
  });
});

/** `a/{b,c}/` is `a/b/` and `a/c/`. */
const expand = (path: string): string[] => {
  const m = /^(.*?)\{([^}]*)\}(.*)$/.exec(path);
  return m ? m[2]!.split(',').flatMap((part) => expand(`${m[1]}${part}${m[3]}`)) : [path];
};

describe('check=tree, check=csp, check=diagram', () => {
  it('tree: every path listed exists (relative to the guide, or to root=)', async () => {
    const blocks = marked('tree');
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const paths = blocks.flatMap(({ doc, block }) => {
      const base = block.meta.root ?? doc.split('/').slice(0, -1).join('/');
      return block.code
        .split('\n')
        .filter((line) => line.trim())
        .flatMap((line) => expand(line.split(/\s{2,}/)[0]!.trim()))
        .map((p) => (base && base !== '.' ? `${base}/${p}` : p).replace(/\/$/, ''));
    });
    expect(paths.length).toBeGreaterThan(15);
    expect(await commands.missingPaths(paths)).toEqual([]);
  });

  it('csp: the policy is the demo app’s, directive for directive', () => {
    const demo = [...demoViteConfig.matchAll(/^\s*"([a-z-]+ [^"]+)",?$/gm)].map((m) => m[1]!);
    expect(demo.length).toBeGreaterThanOrEqual(8);
    const blocks = marked('csp');
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    for (const { block, where } of blocks) {
      const shown = block.code
        .replace(/\s+/g, ' ')
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean);
      expect(shown.sort(), where).toEqual([...demo].sort());
    }
  });

  it('diagram: every <Component> drawn is exported', () => {
    const blocks = marked('diagram');
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    for (const { block, where } of blocks) {
      const names = [...block.code.matchAll(/<([A-Z]\w*)>/g)].map((m) => m[1]!);
      expect(names.length, where).toBeGreaterThan(0);
      for (const name of names) {
        expect(
          COMPONENT_ENTRIES.some((e) => name in ENTRIES[e]!),
          `${where}: <${name}>`,
        ).toBe(true);
      }
    }
  });
});

describe('the custom elements: every guide loads what the build produces', () => {
  it('one folder, /assets/bb-elements/, holding dist/ as built (index.js with chunks/, or the classic file)', () => {
    const pkg = workspacePackage('@barnets-basta/elements')![1];
    const built = [
      JSON.stringify(pkg.exports?.['.']).match(/\.\/dist\/[\w.-]+\.js/)![0],
      String(pkg.exports?.['./classic']),
    ].map((p) => p.replace('./dist/', '/assets/bb-elements/'));
    expect(built).toEqual([
      '/assets/bb-elements/index.js',
      '/assets/bb-elements/bb-elements.iife.js',
    ]);
    // The module build loads its lazy parts from chunks/ beside it: copy the folder, not one file.
    expect(viteLibConfig).toContain("chunkFileNames: 'chunks/[name]-[hash].js'");
    const loads = ALL.filter((b) => b.block.lang === 'html').flatMap(({ block, where }) =>
      [...block.code.matchAll(/<script\b[^>]*\bsrc="([^"]*bb-elements[^"]*)"/g)].map((m) => ({
        where,
        src: m[1]!,
      })),
    );
    expect(loads.length).toBeGreaterThanOrEqual(3);
    for (const { where, src } of loads) expect(built, where).toContain(src);
    for (const doc of new Set(loads.map((l) => l.where.split(':')[0]!))) {
      expect(GUIDES[doc], `${doc} says to copy dist/ with chunks/`).toMatch(
        /node_modules\/@barnets-basta\/elements\/dist\/[\s\S]{0,300}chunks\//,
      );
    }
  });
});

/** Records what a download would save instead of starting one. */
function interceptDownloads() {
  const downloads: { filename: string; blob: Blob | undefined }[] = [];
  const create = vi.spyOn(URL, 'createObjectURL');
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const i = create.mock.results.findIndex((r) => r.value === this.href);
    downloads.push({ filename: this.download, blob: create.mock.calls[i]?.[0] as Blob });
  });
  return downloads;
}

/**
 * The examples' own buttons are the host's: a host page styles them. This stands in for that page's
 * stylesheet, so axe judges our components and not the browser's default 21 px buttons.
 */
const hostPage = new CSSStyleSheet();
hostPage.replaceSync('button { min-height: 2.75rem; min-width: 2.75rem; margin-block: 0.5rem; }');

describe('the examples shown in the READMEs run', () => {
  beforeEach(async () => {
    await page.viewport(1280, 900);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostPage];
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hostPage);
  });

  it('core-round-trip.ts (packages/core): the assessment comes back as it was', () => {
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value.areas.trygg?.answer).toEqual({ kind: 'value', value: 4 });
  });

  it('wheel-three-ways.tsx (wheel/src/wheel): form, controlled with a series, read only', async () => {
    const form = await render(<InAForm />);
    const el = form.container.querySelector('form')!;
    await expect.element(form.getByText('Sam')).toBeInTheDocument();
    expect(el.checkValidity()).toBe(false);
    await userEvent.keyboard('{Tab}{Space}');
    expect(new FormData(el).get('hjul.trygg')).toBe('1');
    await expectNoAxeViolations(form.container);
    await form.unmount();

    const controlled = await render(<WithGuardian guardian={guardian1} />);
    const first = controlled
      .getByRole('group', { name: /^Trygg\b/ })
      .getByRole('radio')
      .first();
    await userEvent.keyboard('{Tab}{Space}');
    await expect.element(first).toBeChecked();
    // The outlines are a lazy layer of the drawing (ADR 7): they follow the wheel.
    await vi.waitFor(
      () => expect(controlled.container.querySelector('[data-series]')).not.toBeNull(),
      { timeout: PATIENCE },
    );
    await expectNoAxeViolations(controlled.container);
    await controlled.unmount();

    const finished = await render(<Finished saved={exampleChild} />);
    await expect.element(finished.getByRole('group', { name: /^Safe\b/ })).toBeInTheDocument();
    expect(
      finished
        .getByRole('radio')
        .all()
        .every((r) => (r.element() as HTMLInputElement).disabled),
    ).toBe(true);
    await expectNoAxeViolations(finished.container);
  });

  it('wheel-differences.tsx: two perspectives under an h3, and a change between readings', async () => {
    const screen = await render(
      <>
        <ChildAndSchool child={child} school={school} />
        <AutumnToSpring autumn={autumn} spring={spring} />
      </>,
    );
    await expect.element(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(screen.container.textContent).toContain('förändring');
    expect(screen.getByRole('listitem').all().length).toBeGreaterThan(2);
    await expectNoAxeViolations(screen.container);
  });

  it('wheel-export.tsx: the buttons find the wheel’s drawing, and the text has its title', async () => {
    const downloads = interceptDownloads();
    const screen = await render(<WheelWithDownload saved={exampleChild} />);
    await screen.getByRole('button', { name: 'Ladda ner som SVG' }).click();
    await expect.element(screen.getByRole('status')).toHaveTextContent('hjulet-elev-7b.svg');
    expect(downloads.map((d) => d.filename)).toEqual(['hjulet-elev-7b.svg']);
    expect(await downloads[0]!.blob!.text()).toContain('<svg');
    const drawing = screen.container.querySelector<SVGSVGElement>('svg.bb-wheel__drawing')!;
    expect(wheelAsSvgText(drawing)).toContain('<title>Barnets bästa-hjulet</title>');
    await expectNoAxeViolations(screen.container);
  });

  it('wheel-table-toggle.tsx: "Visa som tabell" shows every perspective as a column', async () => {
    const screen = await render(<AnswersAsTable child={child} mum={guardian1} school={school} />);
    const button = screen.getByRole('button', { name: 'Visa som tabell' });
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect.element(button).toHaveAttribute('aria-expanded', 'true');
    await expect.element(screen.getByRole('table')).toBeVisible();
    await expect.element(screen.getByRole('columnheader', { name: 'Mamma' })).toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('wheel-legend.tsx: a checkbox in the legend hides the series on the wheel', async () => {
    const screen = await render(<Overlaid series={fourPerspectives} />);
    const drawn = () =>
      [...screen.container.querySelectorAll('[data-series]')].map((s) =>
        s.getAttribute('data-series'),
      );
    await vi.waitFor(() => expect(drawn()).toHaveLength(4), { timeout: PATIENCE });
    const before = new Set(drawn());
    expect(before.size).toBe(4);
    const box = screen.getByRole('checkbox', { name: 'Visa Vårdnadshavare 1' });
    await box.click();
    await expect.element(box).not.toBeChecked();
    await vi.waitFor(() => expect(new Set(drawn()).size).toBe(3), { timeout: PATIENCE });
    await expectNoAxeViolations(screen.container);
  });

  it('sip-plan-draft.tsx (packages/sip): the meeting form, saved as a draft', async () => {
    const screen = await render(<Plan />);
    await expect.element(screen.getByRole('heading', { level: 2 }).first()).toBeVisible();
    const field = screen.getByRole('textbox').first();
    await field.fill('Vi pratar om skolan');
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('bb-draft:sip')).toContain('Vi pratar om skolan');
    await expectNoAxeViolations(screen.container);
  });

  it('sip-draft-page.tsx (sip/src/draft): restores a saved plan and says so', async () => {
    const saved = coreSip.createSipPlan({ pack: core.defaultPack });
    saved.purpose = 'Samordna stödet i skolan';
    localStorage.setItem('min-kommun:sip-plan:7B-12', core.exportDocument(saved));
    const screen = await render(<PlanPage caseRef="7B-12" />);
    await expect
      .element(screen.getByRole('status').first())
      .toHaveTextContent('Ditt sparade utkast har hämtats.');
    const fields = [...screen.container.querySelectorAll('textarea, input')] as HTMLInputElement[];
    expect(fields.some((f) => f.value === 'Samordna stödet i skolan')).toBe(true);
    await expectNoAxeViolations(screen.container);
  });

  it('sip-json-file.tsx (sip/src/draft): exports the plan, imports a plan, explains a bad file', async () => {
    const downloads = interceptDownloads();
    const onPlan = vi.fn();
    const plan = coreSip.createSipPlan({ pack: core.defaultPack });
    const screen = await render(<PlanFile plan={plan} onPlan={onPlan} />);
    await screen.getByRole('button', { name: 'Exportera planen' }).click();
    expect(downloads[0]?.filename).toBe('sip-plan.json');
    const text = await downloads[0]!.blob!.text();
    expect(JSON.parse(text).type).toBe(core.SIP_PLAN_TYPE);

    const input = screen.container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await userEvent.upload(input, new File([text], 'plan.json', { type: 'application/json' }));
    await expect.poll(() => onPlan.mock.calls.length).toBe(1);
    expect(onPlan.mock.lastCall![0].id).toBe(plan.id);

    await userEvent.upload(input, new File(['{ "type": '], 'trasig.json'));
    await expect
      .element(screen.getByRole('listitem').first())
      .toHaveTextContent('(dokumentet): är inte giltig JSON');
    await expectNoAxeViolations(screen.container);
  });

  it('form-textarea.tsx (sip/src/form): the count follows what is typed', async () => {
    const screen = await render(<ShortTermGoal />);
    await screen.getByRole('textbox', { name: /Mål på kort sikt/ }).fill('Hej');
    await expect.element(screen.getByText('Du har 497 tecken kvar')).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  it('form-contact.tsx (sip/src/form): the summary takes focus, then the values are saved', async () => {
    const onSave = vi.fn();
    const screen = await render(<ContactForm onSave={onSave} />);
    await screen.getByRole('button', { name: 'Spara' }).click();
    const summary = screen.getByRole('region', { name: 'Det finns problem' });
    await expect.element(summary).toHaveFocus();
    await expect.element(summary.getByRole('link', { name: 'Skriv namnet' })).toBeVisible();
    await expect.element(summary.getByRole('link', { name: 'Välj huvudman' })).toBeVisible();
    await expectNoAxeViolations(screen.container);
    expect(onSave).not.toHaveBeenCalled();
    await screen.getByRole('textbox', { name: /Namn/ }).fill('Sam');
    await screen.getByRole('radio', { name: 'Kommun' }).click();
    await screen.getByRole('button', { name: 'Spara' }).click();
    expect(onSave).toHaveBeenCalledWith({ name: 'Sam', principal: 'kommun' });
  });

  it('sip-meeting.tsx (sip/src/plan): the meeting circle in a plain form, submitting the plan', async () => {
    const onComplete = vi.fn();
    const screen = await render(<Meeting onComplete={onComplete} />);
    const form = screen.container.querySelector('form')!;
    const submitted = JSON.parse(String(new FormData(form).get('plan')));
    expect(submitted.type).toBe(core.SIP_PLAN_TYPE);
    await expect.element(screen.getByRole('button', { name: 'Spara' })).toBeVisible();
    expect(screen.container.querySelector('[aria-current="step"]')).not.toBeNull();
    expect(onComplete).not.toHaveBeenCalled();
    await expectNoAxeViolations(screen.container);
  });
});
