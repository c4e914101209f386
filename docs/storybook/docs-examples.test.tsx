/**
 * The guides are tested like code. Every fenced block of docs/embedding.md carries a marker
 * (`file=` or `example=`, see doc-blocks.ts) and is run here in real Chromium; the keyboard table
 * of docs/accessibility.md and of the Storybook page is driven key by key; the helpers of the MDX
 * pages render what they claim, without axe violations.
 */
import {
  defaultPack,
  formatIssues,
  importAssessment,
  parseAssessment,
  type Assessment,
} from '@barnets-basta/core';
import { contrastRatio } from '@barnets-basta/core/content';
import { BbWheel } from '@barnets-basta/elements';
import { Wheel } from '@barnets-basta/wheel';
import '@barnets-basta/wheel/styles.css';
import '@barnets-basta/sip/styles.css';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../testing/axe.ts';
import demoViteConfig from '../../apps/demo/vite.config.ts?raw';
import tokensCss from '../../packages/wheel/src/theme/tokens.css?raw';
import themeExampleCss from './components/theme-example.css?raw';
import accessibilityMd from '../accessibility.md?raw';
import embeddingMd from '../embedding.md?raw';
import { AreaTextsTable, PackTextsTable, formatRatio } from './components/area-texts-table.tsx';
import { exampleChild, exampleGuardian } from './components/example-assessments.ts';
import { IssueList } from './components/issue-list.tsx';
import { KEYBOARD, KeyboardTable } from './components/keyboard-table.tsx';
import { LiveCustomElement, LiveFormData } from './components/live-examples.tsx';
import { GUIDE_PAGES, forStorybook } from './components/guide-text.ts';
import { ThemeExample } from './components/theme-example.tsx';
import {
  OtherPropertiesTable,
  ThemeTokensTable,
  inventory,
  themeInventory,
} from './components/theme-tokens.tsx';
import { docBlocks, exampleBlocks, markdownTable, splitScripts } from './doc-blocks.ts';
import { assessment as protectedAssessment, refused } from './examples/protected-identity.ts';
import { ControlledWheel } from './examples/react-controlled.tsx';
import { WheelWithDraft } from './examples/react-draft.tsx';
import { WheelWithOwnSubmit } from './examples/react-form-data.tsx';
import { AbsenceWheelForm } from './examples/react-form.tsx';
import { assessmentFromFields } from './examples/server-fields.ts';

const EXAMPLE_SOURCES = import.meta.glob<string>('./examples/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const PACKAGE_JSONS = import.meta.glob<{ name: string; exports?: Record<string, unknown> }>(
  '../../packages/*/package.json',
  { import: 'default', eager: true },
);
const MDX_PAGES = import.meta.glob<string>('./*.mdx', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const ALL_CSS = import.meta.glob<string>(
  ['../../packages/wheel/src/**/*.css', '../../packages/sip/src/**/*.css'],
  { query: '?raw', import: 'default', eager: true },
);
const TEST_FILES = Object.keys(
  import.meta.glob(
    [
      '../../packages/*/src/**/*.test.{ts,tsx}',
      '../../apps/demo/e2e/*.e2e.test.ts',
      '../../testing/*.test.tsx',
      './*.test.tsx',
    ],
    { query: '?url', import: 'default' },
  ),
)
  .map((path) => path.replace(/^(\.\.\/)+/, '').replace(/^\.\//, 'docs/storybook/'))
  // A glob never lists the file that holds it.
  .concat('docs/storybook/docs-examples.test.tsx');

const blocks = docBlocks(embeddingMd);

const STEP = [
  '1 – Stämmer inte alls',
  '2 – Stämmer lite',
  '3 – Stämmer ganska bra',
  '4 – Stämmer bra',
  '5 – Stämmer helt',
];

type Screen = Awaited<ReturnType<typeof render>>;
const area = (screen: Screen, name: string) =>
  screen.getByRole('group', { name: new RegExp(`^${name}\\b`) });
const active = () => document.activeElement;

/** Markup of an HTML example in the page, as a host page would have it. */
let hosts: HTMLElement[] = [];
function mount(markup: string, width?: number): HTMLElement {
  const host = document.createElement('div');
  if (width) host.style.width = `${width}px`;
  host.append(document.createRange().createContextualFragment(markup));
  document.body.append(host);
  hosts.push(host);
  return host;
}
/**
 * The examples' own buttons are the host's: a host page styles them. This stands in for that page's
 * stylesheet, so axe judges our components and not the browser's default 21 px buttons.
 */
const hostPage = new CSSStyleSheet();
hostPage.replaceSync('button { min-height: 2.75rem; min-width: 2.75rem; margin-block: 0.5rem; }');
beforeEach(async () => {
  await page.viewport(1280, 900);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostPage];
});
afterEach(() => {
  for (const host of hosts) host.remove();
  hosts = [];
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hostPage);
});

/** Runs a script example as the host page's own script file would run. */
function runScript(code: string) {
  expect(code, 'examples use no imports (a plain script file)').not.toMatch(/^\s*import\s/m);
  new Function(code)();
}

/** Waits for a `<bb-wheel>` to render its areas, and returns its shadow root. */
async function renderedWheel(el: Element | null, areas = 8): Promise<ShadowRoot> {
  expect(el).toBeInstanceOf(BbWheel);
  await expect.poll(() => areaLegends(el!.shadowRoot).length).toBe(areas);
  return el!.shadowRoot!;
}

/** The legend text of each area: the innermost fieldsets that hold a "Vet inte" radio. */
function areaLegends(root: ParentNode | null): string[] {
  if (!root) return [];
  return [...root.querySelectorAll('fieldset')]
    .filter(
      (f) => f.querySelector(':scope > legend') && f.querySelector('input[value="dont-know"]'),
    )
    .filter((f) => !f.querySelector(':scope fieldset input[value="dont-know"]'))
    .filter((f) => !f.closest('[role="dialog"]'))
    .map((f) => f.querySelector(':scope > legend')!.textContent ?? '');
}

/** The button whose text is `text`, inside a shadow root or any element. */
function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  expect(found, `button "${text}"`).toBeDefined();
  return found!;
}

function formEntries(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form)].map(([k, v]) => [k, String(v)]);
}

describe('docs/embedding.md: every code block is run', () => {
  const RUN = [
    'install',
    'form-fields',
    'element-form',
    'element-properties',
    'element-json',
    'element-form-association',
    'element-classic',
    'csp',
    'theme',
  ];

  it('marks every block, and runs every mark', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(15);
    for (const block of blocks) {
      expect(
        block.file ?? block.example,
        `block at line ${block.line} has no marker`,
      ).toBeDefined();
    }
    const ids = new Set(blocks.flatMap((b) => (b.example ? [b.example] : [])));
    expect([...ids].sort()).toEqual([...RUN].sort());
  });

  it('shows each example file word for word', () => {
    const files = blocks.filter((b) => b.file);
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const block of files) {
      const source = EXAMPLE_SOURCES[block.file!.replace('docs/storybook/', './')];
      expect(source, `${block.file} exists`).toBeDefined();
      expect(block.code, `line ${block.line}: the block equals ${block.file}`).toBe(source);
      expect(block.lang).toBe(block.file!.split('.').pop());
    }
  });

  it('install: names real packages and the peers they need', () => {
    const [block] = exampleBlocks(blocks, 'install');
    const names = block!.code.trim().split(/\s+/).slice(2);
    const ours = Object.values(PACKAGE_JSONS).map((p) => p.name);
    const wheel = Object.values(PACKAGE_JSONS).find((p) => p.name === '@barnets-basta/wheel') as {
      peerDependencies?: Record<string, string>;
    };
    for (const name of names) {
      expect(ours.includes(name) || name in (wheel.peerDependencies ?? {}), name).toBe(true);
    }
    expect(names).toEqual(expect.arrayContaining(['@barnets-basta/wheel', 'react', 'react-dom']));
  });

  it('react-form.tsx: the wheel submits with a plain form', async () => {
    const screen = await render(<AbsenceWheelForm />);
    const form = screen.container.querySelector('form')!;
    expect(form.method).toBe('post');
    expect(new URL(form.action).pathname).toBe('/franvaroutredning/hjul');
    expect(formEntries(form).filter(([k]) => k.startsWith('hjul.') && k !== 'hjul.hopes')).toEqual(
      [],
    );
    await userEvent.keyboard('{Tab}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(new FormData(form).get('hjul.trygg')).toBe('4');
    await expectNoAxeViolations(screen.container);
  });

  it('react-form-data.tsx: onSend receives exactly the fields shown on the page', async () => {
    const onSend = vi.fn<(fields: Record<string, string>) => void>();
    const screen = await render(
      <div style={{ width: 500 }}>
        <WheelWithOwnSubmit onSend={onSend} />
      </div>,
    );
    // Trygg: "4 – Stämmer bra"; Må bra: "Vet inte"; Aktiv: "Vill inte svara" (arrows choose as they move).
    await userEvent.keyboard('{Tab}{ArrowRight}{ArrowRight}{ArrowRight}{Tab}{Tab}');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}{Tab}{Tab}');
    await userEvent.keyboard('{ArrowLeft}');
    await expect
      .element(area(screen, 'Aktiv').getByRole('radio', { name: 'Vill inte svara' }))
      .toBeChecked();
    await screen.getByRole('button', { name: 'Om Trygg' }).click();
    await screen
      .getByRole('dialog')
      .getByRole('textbox', { name: 'Anteckning' })
      .fill('Vi har pratat om rasterna.');
    await userEvent.keyboard('{Escape}');
    await screen.getByRole('button', { name: 'Skicka' }).click();
    const [shown] = exampleBlocks(blocks, 'form-fields');
    const expected = shown!.code
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
    expect(Object.entries(onSend.mock.lastCall![0])).toEqual(expected);
    await expectNoAxeViolations(screen.container);
  });

  it('react-controlled.tsx: the host state follows every change and saves valid JSON', async () => {
    const onSave = vi.fn<(json: string) => void>();
    const screen = await render(<ControlledWheel onSave={onSave} />);
    await expect.element(screen.getByRole('status')).toHaveTextContent('0 av 8 områden besvarade');
    await userEvent.keyboard('{Tab}{Space}');
    await expect.element(screen.getByRole('status')).toHaveTextContent('1 av 8 områden besvarade');
    await screen.getByRole('button', { name: 'Spara' }).click();
    const saved = importAssessment(onSave.mock.lastCall![0], { pack: defaultPack });
    expect(saved.ok && saved.value.areas.trygg?.answer).toEqual({ kind: 'value', value: 1 });
    await expectNoAxeViolations(screen.container);
  });

  it('server-fields.ts: turns the posted fields back into an assessment, guessing nothing', async () => {
    const [shown] = exampleBlocks(blocks, 'form-fields');
    const fields = new URLSearchParams(shown!.code.trim().split('\n').join('&'));
    fields.set('hjul.utvecklas', '7');
    fields.set('hjul.omvardad', 'abc');
    const result = assessmentFromFields(fields);
    expect(parseAssessment(result, { pack: defaultPack }).ok).toBe(true);
    expect(result.areas).toEqual({
      trygg: { answer: { kind: 'value', value: 4 } },
      'ma-bra': { answer: { kind: 'dont-know' } },
      aktiv: { answer: { kind: 'declined' } },
    });

    // And from what the React wheel really submits.
    const screen = await render(<AbsenceWheelForm />);
    await userEvent.keyboard('{Tab}{ArrowRight}{ArrowRight}');
    const form = screen.container.querySelector('form')!;
    const posted = new URLSearchParams(formEntries(form));
    expect(assessmentFromFields(posted).areas.trygg?.answer).toEqual({ kind: 'value', value: 3 });
  });

  it('react-draft.tsx: saves to the device and restores after a reload', async () => {
    const first = await render(<WheelWithDraft caseRef="7b-12" />);
    await userEvent.keyboard('{Tab}{ArrowRight}');
    await first.unmount();
    const saved = localStorage.getItem('min-kommun:hjul:7b-12');
    expect(saved).not.toBeNull();
    expect(importAssessment(saved!).ok).toBe(true);

    const again = await render(<WheelWithDraft caseRef="7b-12" />);
    await expect.element(again.getByText('Ditt sparade utkast har hämtats.')).toBeInTheDocument();
    await expect
      .element(area(again, 'Trygg').getByRole('radio', { name: STEP[1], exact: true }))
      .toBeChecked();
    await expectNoAxeViolations(again.container);
  });

  it('protected-identity.ts: does what its comments say', () => {
    expect(protectedAssessment.child).toEqual({ reference: 'Elev 7B-12', protectedIdentity: true });
    expect(parseAssessment(protectedAssessment).ok).toBe(true);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.issues[0]!.path).toEqual(['child', 'name']);
      expect(refused.issues[0]!.code).toBe('protected-identity');
    }
  });

  it('element-form: the module script and the markup give a working form control', async () => {
    const [block] = exampleBlocks(blocks, 'element-form');
    const { markup, scripts } = splitScripts(block!.code);
    expect(scripts).toEqual([{ src: '/assets/bb-elements/index.js', module: true, defer: false }]);
    expect(embeddingMd).toContain('node_modules/@barnets-basta/elements/dist/`');
    const elements = Object.values(PACKAGE_JSONS).find(
      (p) => p.name === '@barnets-basta/elements',
    )!;
    expect(JSON.stringify(elements.exports?.['.'])).toContain('./dist/index.js');

    const host = mount(markup);
    const form = host.querySelector('form')!;
    const root = await renderedWheel(host.querySelector('bb-wheel'));
    expect(root.querySelector('[lang="sv"]')).not.toBeNull();
    // The 8–12 register: "Jag känner mig trygg hemma, i skolan och på fritiden. …"
    expect(areaLegends(root)[0]).toBe(`Trygg${defaultPack.areas[0]!.texts.sv!.child.middle}`);
    expect(formEntries(form)).toEqual([]);
    (host.querySelector('bb-wheel') as HTMLElement).focus();
    await userEvent.keyboard('{Space}{ArrowRight}');
    await expect.poll(() => new FormData(form).get('hjul.trygg')).toBe('2');
    const json = importAssessment(String(new FormData(form).get('hjul')));
    expect(json.ok && json.value.areas.trygg?.answer).toEqual({ kind: 'value', value: 2 });
    await expectNoAxeViolations(host);
  });

  it('element-properties: content and value as properties, change events with the assessment', async () => {
    const [html] = exampleBlocks(blocks, 'element-properties', 'html');
    const [js] = exampleBlocks(blocks, 'element-properties', 'js');
    const host = mount(html!.code);
    const el = host.querySelector('bb-wheel') as BbWheel;
    const root = await renderedWheel(el);
    runScript(js!.code);
    const events: Assessment[] = [];
    el.addEventListener('change', (e) => events.push((e as CustomEvent<Assessment>).detail));

    el.focus();
    await userEvent.keyboard('{Space}');
    await expect.poll(() => host.querySelector('#antal')!.textContent).toBe('1');
    expect(events.at(-1)!.areas.trygg?.answer).toEqual({ kind: 'value', value: 1 });
    expect(el.value?.areas.trygg?.answer).toEqual({ kind: 'value', value: 1 });

    // The overridden questions are in the area's box.
    button(root, 'Om Trygg').click();
    await expect
      .poll(() => [...root.querySelectorAll('[role="dialog"] li')].map((li) => li.textContent))
      .toEqual(['Var på skolan känner du dig trygg?', 'Vem pratar du med?']);
    await expectNoAxeViolations(host);
  });

  it('element-json: objects in attributes, and bad JSON is reported and ignored', async () => {
    const [block] = exampleBlocks(blocks, 'element-json');
    const host = mount(block!.code);
    const el = host.querySelector('bb-wheel')!;
    const root = await renderedWheel(el, 6);
    // In the order given; audience="guardian": each area's name, then the guardians' statement.
    const ids = ['trygg', 'ma-bra', 'utvecklas', 'omvardad', 'aktiv', 'delaktig'];
    expect(areaLegends(root)).toEqual(
      ids.map((id) => {
        const t = defaultPack.areas.find((a) => a.id === id)!.texts.sv!;
        return `${t.name}${t.guardian}`;
      }),
    );

    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      el.setAttribute('content', "{'order': ['trygg']}");
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('"content" attribute is not valid JSON'),
      );
      await renderedWheel(el, 8);
    } finally {
      error.mockRestore();
    }
  });

  it('element-form-association: submit, reset, disabled fieldset and required work as for inputs', async () => {
    const [block] = exampleBlocks(blocks, 'element-form-association');
    const host = mount(block!.code);
    const form = host.querySelector('form')!;
    const el = host.querySelector('bb-wheel') as BbWheel;
    await renderedWheel(el);

    // Required: the message the page quotes, until one area is answered.
    expect(form.checkValidity()).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    const quoted = /the browser shows the element's message \("([^"…]+)/
      .exec(embeddingMd)![1]!
      .trim();
    expect(el.validationMessage.startsWith(quoted)).toBe(true);
    el.focus();
    await userEvent.keyboard('{Space}');
    await expect.poll(() => form.checkValidity()).toBe(true);
    expect(new FormData(form).get('hjul.trygg')).toBe('1');
    expect(JSON.parse(String(new FormData(form).get('hjul'))).type).toBe('bb.assessment');

    // Reset: back to empty.
    await page.getByRole('button', { name: 'Börja om' }).click();
    await expect.poll(() => formEntries(form)).toEqual([]);
    await expect
      .poll(() => el.shadowRoot!.querySelector('input[type="radio"][name^="hjul"]:checked'))
      .toBeNull();

    // A disabled fieldset disables every control, and nothing is submitted.
    // (exampleChild keeps Trygg for the contact person: by default the meeting's post leaves it out.)
    el.value = JSON.stringify(exampleChild);
    await expect.poll(() => new FormData(form).get('hjul.utvecklas')).toBe('3');
    expect(new FormData(form).get('hjul.trygg')).toBeNull();
    host.querySelector('fieldset')!.disabled = true;
    expect(formEntries(form)).toEqual([]);
    await expect
      .poll(() =>
        [...el.shadowRoot!.querySelectorAll('input')].every((i) => i.matches(':disabled')),
      )
      .toBe(true);
    await expectNoAxeViolations(host);
  });

  it('element-classic: the classic build the page names is the one the package exports', async () => {
    const [block] = exampleBlocks(blocks, 'element-classic');
    const { markup, scripts } = splitScripts(block!.code);
    expect(scripts).toEqual([
      { src: '/assets/bb-elements/bb-elements.iife.js', module: false, defer: true },
    ]);
    const elements = Object.values(PACKAGE_JSONS).find(
      (p) => p.name === '@barnets-basta/elements',
    )!;
    const classic = String(elements.exports?.['./classic']);
    expect(classic).toBe('./dist/bb-elements.iife.js');
    expect(embeddingMd).toContain(`\`${classic.slice(2)}\` in the same folder`);
    // The markup is the same element; here the module build stands in for the classic one.
    const host = mount(markup);
    const root = await renderedWheel(host.querySelector('bb-wheel'));
    expect(areaLegends(root)[0]).toBe(`Trygg${defaultPack.areas[0]!.texts.sv!.child.teen}`);
  });

  it('csp: the policy shown is the demo app’s, directive by directive', () => {
    const [block] = exampleBlocks(blocks, 'csp');
    const policy = block!.code.trim().replace(/^Content-Security-Policy:\s*/, '');
    const demo = [...demoViteConfig.matchAll(/^\s*"([a-z-]+ [^"]+)",?$/gm)].map((m) => m[1]!);
    expect(demo.length).toBeGreaterThanOrEqual(8);
    for (const directive of policy.split(/;\s*/)) expect(demo, directive).toContain(directive);
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('theme: the properties exist, and they reach the React wheel and the custom element', async () => {
    const [block] = exampleBlocks(blocks, 'theme');
    const names = [...block!.code.matchAll(/(--bb-[a-z0-9-]+)\s*:/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(3);
    const declared = inventory.tokens.map((t) => t.name);
    for (const name of names) expect(declared, name).toContain(name);

    const sheet = new CSSStyleSheet();
    sheet.replaceSync(block!.code);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const screen = await render(
        <div className="min-e-tjanst">
          <Wheel />
        </div>,
      );
      await expect.element(screen.getByRole('button', { name: 'Om Trygg' })).toBeInTheDocument();
      const about = screen.getByRole('button', { name: 'Om Trygg' }).element();
      expect(getComputedStyle(about).color).toBe('rgb(0, 82, 138)');
      expect(getComputedStyle(about).borderTopLeftRadius).toBe('4px');

      const host = mount('<div class="min-e-tjanst"><bb-wheel name="hjul"></bb-wheel></div>');
      const root = await renderedWheel(host.querySelector('bb-wheel'));
      expect(getComputedStyle(button(root, 'Om Trygg')).color).toBe('rgb(0, 82, 138)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('links only to files that exist', () => {
    const files = Object.keys(
      import.meta.glob(['../*.md', '../examples/*', '../../packages/*/src/**/README.md'], {
        query: '?url',
        import: 'default',
      }),
    );
    const links = [...embeddingMd.matchAll(/\]\(([\w./-]+\.\w+)(#[^)]*)?\)/g)].map((m) => m[1]!);
    expect(links).toContain('examples/plain-form.html');
    for (const link of links) expect(files, link).toContain(`../${link}`);
  });
});

describe('keyboard table: the same in both places, and true', () => {
  it('docs/accessibility.md has the rows of the Storybook table, in English', () => {
    const rows = markdownTable(accessibilityMd, '## Keyboard');
    expect(rows).toEqual(KEYBOARD.map((r) => [r.keys.en, r.where.en, r.does.en]));
  });

  it('renders in Swedish and English without axe violations', async () => {
    const screen = await render(
      <>
        <KeyboardTable lang="sv" />
        <KeyboardTable lang="en" />
      </>,
    );
    await expect
      .element(screen.getByRole('table', { name: 'Tangentbord i hjulet' }))
      .toBeInTheDocument();
    expect(screen.getByRole('row').all()).toHaveLength(2 * (KEYBOARD.length + 1));
    await expectNoAxeViolations(screen.container);
  });

  it('tab, space: one tab stop per area, first step without choosing it, then the "Om …" button', async () => {
    const screen = await render(<Wheel name="hjul" animate={false} />);
    const trygg = area(screen, 'Trygg');
    await userEvent.keyboard('{Tab}');
    await expect.element(trygg.getByRole('radio', { name: STEP[0], exact: true })).toHaveFocus();
    await expect
      .element(trygg.getByRole('radio', { name: STEP[0], exact: true }))
      .not.toBeChecked();
    await userEvent.keyboard('{Space}');
    await expect.element(trygg.getByRole('radio', { name: STEP[0], exact: true })).toBeChecked();
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Om Trygg' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect
      .element(area(screen, 'Må bra').getByRole('radio', { name: STEP[0], exact: true }))
      .toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(screen.getByRole('button', { name: 'Om Trygg' })).toHaveFocus();
    // Back into an answered area: on the chosen answer.
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(trygg.getByRole('radio', { name: STEP[0], exact: true })).toHaveFocus();
  });

  it('arrows: choose as they move, extras after the steps, wrap, and swap in right to left', async () => {
    const onChange = vi.fn<(a: Assessment) => void>();
    const ltr = await render(<Wheel name="hjul" animate={false} onChange={onChange} />);
    const trygg = area(ltr, 'Trygg');
    await userEvent.keyboard('{Tab}{ArrowRight}');
    await expect.element(trygg.getByRole('radio', { name: STEP[1], exact: true })).toBeChecked();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    await expect.element(trygg.getByRole('radio', { name: 'Vet inte' })).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(trygg.getByRole('radio', { name: 'Vill inte svara' })).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(trygg.getByRole('radio', { name: STEP[0], exact: true })).toBeChecked();
    await userEvent.keyboard('{ArrowLeft}{ArrowUp}');
    await expect.element(trygg.getByRole('radio', { name: 'Vet inte' })).toBeChecked();
    expect(onChange.mock.lastCall![0].areas.trygg?.answer).toEqual({ kind: 'dont-know' });
    await ltr.unmount();

    const rtl = await render(
      <div dir="rtl">
        <Wheel name="hjul" animate={false} />
      </div>,
    );
    await userEvent.keyboard('{Tab}{ArrowLeft}');
    await expect
      .element(area(rtl, 'Trygg').getByRole('radio', { name: STEP[1], exact: true }))
      .toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    await expect
      .element(area(rtl, 'Trygg').getByRole('radio', { name: STEP[0], exact: true }))
      .toBeChecked();
  });

  it('range: arrows, Home/End, Space on an unanswered slider, then the two extra choices', async () => {
    const onChange = vi.fn<(a: Assessment) => void>();
    const screen = await render(
      <Wheel name="hjul" scale="steps-10" animate={false} onChange={onChange} />,
    );
    const slider = area(screen, 'Trygg').getByRole('slider');
    await userEvent.keyboard('{Tab}');
    await expect.element(slider).toHaveFocus();
    await expect.element(slider).toHaveAttribute('aria-valuetext', 'Inte besvarat');
    await userEvent.keyboard('{Space}');
    expect(onChange.mock.lastCall![0].areas.trygg?.answer).toEqual({ kind: 'value', value: 5 });
    const answer = () => onChange.mock.lastCall![0].areas.trygg?.answer;
    await userEvent.keyboard('{End}');
    expect(answer()).toEqual({ kind: 'value', value: 10 });
    await userEvent.keyboard('{Home}');
    expect(answer()).toEqual({ kind: 'value', value: 1 });
    await userEvent.keyboard('{ArrowRight}');
    expect(answer()).toEqual({ kind: 'value', value: 2 });
    await expect.element(slider).toHaveAttribute('aria-valuetext', '2 av 10');
    await userEvent.keyboard('{Tab}');
    await expect
      .element(area(screen, 'Trygg').getByRole('radio', { name: 'Vet inte' }))
      .toHaveFocus();
  });

  it('open, popover-tab, close: Enter or Space opens, focus stays in the box, Esc or Stäng returns it', async () => {
    const onChange = vi.fn<(a: Assessment) => void>();
    const screen = await render(<Wheel name="hjul" animate={false} onChange={onChange} />);
    const about = screen.getByRole('button', { name: 'Om Trygg' });
    await userEvent.keyboard('{Tab}{Tab}');
    await expect.element(about).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Trygg' });
    await expect.element(dialog.getByRole('heading', { name: 'Trygg' })).toHaveFocus();
    await expectNoAxeViolations(screen.container);
    const dialogEl = dialog.element();
    const visited = new Set<Element>();
    for (let i = 0; i < 12; i++) {
      await userEvent.keyboard('{Tab}');
      expect(dialogEl.contains(active()), `Tab ${i + 1} stays in the box`).toBe(true);
      visited.add(active()!);
    }
    const stang = dialog.getByRole('button', { name: 'Stäng' }).element();
    expect(visited.has(stang)).toBe(true);
    expect(visited.has(dialog.getByRole('textbox', { name: 'Anteckning' }).element())).toBe(true);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(dialogEl.contains(active())).toBe(true);

    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(about).toHaveFocus();

    // Space opens too; what is written is kept after "Stäng".
    await userEvent.keyboard('{Space}');
    await expect.element(screen.getByRole('dialog', { name: 'Trygg' })).toBeVisible();
    await screen.getByRole('dialog').getByRole('textbox', { name: 'Anteckning' }).fill('Rasterna');
    screen.getByRole('dialog').getByRole('button', { name: 'Stäng' }).element().focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(about).toHaveFocus();
    expect(onChange.mock.lastCall![0].areas.trygg?.note).toBe('Rasterna');
  });

  it('talked-about: Space checks "Vi har pratat om det här", Tab goes on to the note', async () => {
    const screen = await render(<Wheel name="hjul" scale="none" animate={false} />);
    const trygg = area(screen, 'Trygg');
    const box = trygg.getByRole('checkbox', { name: 'Vi har pratat om det här' });
    await userEvent.keyboard('{Tab}');
    await expect.element(box).toHaveFocus();
    await userEvent.keyboard('{Space}');
    await expect.element(box).toBeChecked();
    await userEvent.keyboard('{Tab}');
    await expect.element(trygg.getByRole('textbox', { name: 'Anteckning' })).toHaveFocus();
    await userEvent.keyboard('{Space}');
    await expect.element(box).toBeChecked();
  });
});

describe('docs/accessibility.md', () => {
  it('names test files that exist', () => {
    const named = [...accessibilityMd.matchAll(/^\| `([^`]+\.test\.[^`]+)`\s*\|/gm)].map(
      (m) => m[1]!,
    );
    expect(named.length).toBeGreaterThanOrEqual(6);
    for (const pattern of named) {
      const re = new RegExp(
        `^${pattern
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*\*\//g, '(?:.*/)?')
          .replace(/\*/g, '[^/]*')}$`,
      );
      expect(
        TEST_FILES.some((file) => re.test(file)),
        pattern,
      ).toBe(true);
    }
  });

  it('states the tool versions that are installed', async () => {
    const versions: Record<string, string> = {
      vitest: (await import('vitest/package.json')).version,
      'axe-core': (await import('axe-core/package.json')).version,
    };
    expect(accessibilityMd).toContain(`Vitest ${versions.vitest}`);
    expect(accessibilityMd).toContain(`axe-core ${versions['axe-core']}`);
  });
});

describe('Storybook pages: the helpers render what they claim', () => {
  it('AreaTextsTable: every text of the default pack, in its cell, with the contrast ratio', async () => {
    const screen = await render(<AreaTextsTable />);
    const sections = screen.container.querySelectorAll('section[data-area]');
    expect([...sections].map((s) => s.getAttribute('data-area'))).toEqual(
      defaultPack.areas.map((a) => a.id),
    );
    for (const [i, def] of defaultPack.areas.entries()) {
      const section = sections[i]!;
      const ratio = contrastRatio(def.color, '#ffffff');
      expect(section.textContent).toContain(`${formatRatio(ratio)}, klarar AA`);
      expect(section.querySelector('[data-contrast]')!.getAttribute('data-contrast')).toBe(
        ratio.toFixed(2),
      );
      for (const [col, lang] of ['sv', 'en'].entries()) {
        const t = def.texts[lang]!;
        const cellText = (row: string) =>
          section.querySelector(`tr[data-row="${row}"]`)!.querySelectorAll('td')[col]!;
        expect(cellText('name').textContent).toBe(t.name);
        expect(cellText('description').textContent).toBe(t.description);
        expect(cellText('young').textContent).toBe(t.child.young);
        expect(cellText('middle').textContent).toBe(t.child.middle);
        expect(cellText('teen').textContent).toBe(t.child.teen);
        expect(cellText('guardian').textContent).toBe(t.guardian);
        expect(
          [...cellText('questions').querySelectorAll('li')].map((li) => li.textContent),
        ).toEqual(t.questions);
        expect(cellText('name').getAttribute('lang')).toBe(lang);
      }
    }
    await expectNoAxeViolations(screen.container);
  });

  it('PackTextsTable: the title, centre, closing question and arenas', async () => {
    const screen = await render(<PackTextsTable />);
    for (const lang of ['sv', 'en']) {
      const texts = defaultPack.texts[lang]!;
      for (const text of [texts.title, texts.centre, texts.closingQuestion]) {
        await expect
          .element(screen.getByRole('cell', { name: text, exact: true }))
          .toBeInTheDocument();
      }
    }
    await expect
      .element(screen.getByRole('cell', { name: 'hemma, i skolan, på fritiden' }))
      .toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('ThemeTokensTable: every --bb-* declared in tokens.css, with its default', async () => {
    // An independent, simpler reading of the source than themeInventory's.
    const declared = [
      ...tokensCss.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--bb-[a-z0-9-]+)\s*:\s*([^;]+);/g),
    ].map((m) => [m[1]!, m[2]!.replace(/\s+/g, ' ').trim()]);
    expect(declared.length).toBeGreaterThanOrEqual(20);
    expect(inventory.tokens.map((t) => [t.name, t.value])).toEqual(declared);
    const screen = await render(<ThemeTokensTable />);
    for (const [name, value] of declared) {
      const row = screen.container.querySelector(`tr[data-token="${name}"]`);
      expect(row, name).not.toBeNull();
      expect(row!.textContent).toContain(value);
    }
    // Groups and comments as written in the source.
    const token = (name: string) => inventory.tokens.find((t) => t.name === name)!;
    expect(token('--bb-font-family').group).toBe('Type');
    expect(token('--bb-font-family').comment).toBeUndefined();
    expect(token('--bb-text')).toMatchObject({ group: 'Colours', comment: '16.9:1 on white' });
    expect(inventory.tokens.find((t) => t.name === '--bb-accent')!.usedIn).toContain(
      'wheel/src/wheel/wheel.css',
    );
    await expectNoAxeViolations(screen.container);
  });

  it('OtherPropertiesTable: every other --bb-* name in the CSS is explained', async () => {
    const everyName = new Set(
      Object.values(ALL_CSS).flatMap((css) =>
        [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/--bb-[a-z0-9-]+/g)].map((m) => m[0]),
      ),
    );
    const listed = new Set([
      ...inventory.tokens.map((t) => t.name),
      ...inventory.others.map((o) => o.name),
    ]);
    expect([...everyName].filter((n) => !listed.has(n))).toEqual([]);
    expect(inventory.others.find((o) => o.name === '--bb-area-color')?.kind).toBe('component');
    const screen = await render(<OtherPropertiesTable />);
    await expect
      .element(screen.getByRole('rowheader', { name: '--bb-area-color' }))
      .toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('themeInventory reads groups, comments and derived names', () => {
    const data = themeInventory({
      'x/packages/wheel/src/theme/tokens.css':
        ':where(:root) {\n  /* Colours */\n  --bb-text: #111; /* ink */\n  --bb-gap: 1rem;\n}\n',
      'x/packages/wheel/src/a.css':
        '.a { --bb-a-text: var(--bb-text); color: var(--bb-self-set); }',
    });
    expect(data.tokens).toEqual([
      {
        name: '--bb-text',
        value: '#111',
        comment: 'ink',
        group: 'Colours',
        usedIn: ['wheel/src/a.css'],
      },
      { name: '--bb-gap', value: '1rem', group: 'Colours', usedIn: [] },
    ]);
    expect(data.others).toEqual([
      { name: '--bb-self-set', kind: 'component', files: ['wheel/src/a.css'] },
      { name: '--bb-a-text', kind: 'derived', value: 'var(--bb-text)', files: ['wheel/src/a.css'] },
    ]);
  });

  it('ThemeExample: the overrides reach the wheel and the SIP field', async () => {
    // The example's CSS (shown on the page) sets nothing but theme properties that exist.
    const declarations = [...themeExampleCss.matchAll(/^\s*([a-z-]+)\s*:/gm)].map((m) => m[1]!);
    expect(declarations.length).toBeGreaterThanOrEqual(5);
    for (const name of declarations)
      expect(
        inventory.tokens.map((t) => t.name),
        name,
      ).toContain(name);
    const screen = await render(<ThemeExample />);
    await expect.element(screen.getByRole('button', { name: 'Om Trygg' })).toBeInTheDocument();
    const about = screen.getByRole('button', { name: 'Om Trygg' }).element();
    expect(getComputedStyle(about).color).toBe('rgb(106, 44, 112)');
    expect(getComputedStyle(about).fontFamily).toContain('Georgia');
    const input = screen.getByRole('textbox', { name: 'Kontaktperson i skolan' }).element();
    expect(getComputedStyle(input).borderTopColor).toBe('rgb(106, 44, 112)');
    await expectNoAxeViolations(screen.container);
  });

  it('IssueList: the broken example on the data format page, in Swedish and English', async () => {
    const broken = { ...exampleChild, scale: 'agree-7' };
    const screen = await render(<IssueList input={broken} />);
    const result = parseAssessment(broken);
    expect(result.ok).toBe(false);
    const shown = (lang: string) =>
      [...screen.container.querySelectorAll(`div[lang="${lang}"] li`)].map((li) => li.textContent);
    if (!result.ok) {
      expect(shown('sv')).toEqual(formatIssues(result.issues, 'sv'));
      expect(shown('en')).toEqual(formatIssues(result.issues, 'en'));
    }
    expect(shown('sv')[0]).toMatch(/^scale: /);
    await expectNoAxeViolations(screen.container);
  });

  it('the example assessments are valid documents, kept apart', () => {
    for (const a of [exampleChild, exampleGuardian]) {
      const result = parseAssessment(a, { pack: defaultPack });
      expect(result.ok ? [] : result.issues).toEqual([]);
    }
    expect(exampleChild.perspective.kind).toBe('child');
    expect(exampleGuardian.perspective.kind).toBe('guardian');
  });

  it('LiveFormData shows what was sent', async () => {
    const screen = await render(
      <div style={{ width: 500 }}>
        <LiveFormData />
      </div>,
    );
    await userEvent.keyboard('{Tab}{ArrowLeft}{ArrowLeft}');
    await screen.getByRole('button', { name: 'Skicka' }).click();
    await expect.element(screen.getByText('hjul.trygg=dont-know')).toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('LiveCustomElement submits the element with its form, and resets it', async () => {
    const screen = await render(<LiveCustomElement />);
    const submit = screen.getByRole('button', { name: 'Skicka' });
    await expect.element(submit).toBeEnabled();
    const el = screen.container.querySelector('bb-wheel')!;
    await renderedWheel(el);
    (el as HTMLElement).focus();
    await userEvent.keyboard('{Space}');
    await submit.click();
    await expect.element(screen.getByText(/hjul\.trygg=1/)).toBeInTheDocument();
    await expect.element(screen.getByText(/^hjul=\{/m)).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Börja om' }).click();
    await submit.click();
    await expect.element(screen.getByText('(inga fält)')).toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('forStorybook: headings one level down outside code, links to pages or paths', () => {
    const md =
      '# Title\n\n```sh example=x\n# a shell comment\n```\n\nSee [data](data-format.md#errors) and [privacy](privacy.md).\n';
    expect(forStorybook(md)).toBe(
      `## Title\n\n\`\`\`sh\n# a shell comment\n\`\`\`\n\nSee [data](${GUIDE_PAGES['data-format.md']}) and privacy (\`docs/privacy.md\`).\n`,
    );
  });

  it('every ?path=/docs/ link on the pages leads to one of the pages', () => {
    const ids = Object.values(MDX_PAGES).flatMap((mdx) =>
      [...mdx.matchAll(/<Meta title="([^"]+)"/g)].map(
        (m) => `${m[1]!.toLowerCase().replace(/[\s/]+/g, '-')}--docs`,
      ),
    );
    expect(ids).toHaveLength(6);
    const links = [
      ...Object.values(MDX_PAGES).flatMap((mdx) =>
        [...mdx.matchAll(/\?path=\/docs\/([^)\s"]+)/g)].map((m) => m[1]!),
      ),
      ...Object.values(GUIDE_PAGES).map((p) => p.replace('?path=/docs/', '')),
    ];
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(ids, link).toContain(link);
  });
});
