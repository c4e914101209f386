import sipCss from '@barnets-basta/sip/styles.css?inline';
import { describe, expect, it } from 'vitest';
import tokensCss from '../../wheel/src/theme/tokens.css?raw';
import manifest from '../custom-elements.json';
import { BbFamilyPlan } from './bb-family-plan/bb-family-plan.tsx';
import { BbPrintPlan } from './bb-print-plan/bb-print-plan.tsx';
import { BbSipPlan } from './bb-sip-plan/bb-sip-plan.tsx';
import { BbWheelDifferences } from './bb-wheel-differences/bb-wheel-differences.tsx';
import { BbWheelOverlay } from './bb-wheel-overlay/bb-wheel-overlay.tsx';
import { BbWheel } from './bb-wheel/bb-wheel.tsx';
import hostCss from './react-form-element/host.css?inline';

// custom-elements.json is generated from the JSDoc tags (`cem analyze` in the build) and committed.
// IDEs, Storybook and e-service platforms read it, so it must list everything the elements accept:
// these tests fail when an attribute or theme property is added without its tag, or when the
// committed file was not regenerated.

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  cssProperties?: { name: string; description?: string }[];
  events?: { name: string }[];
}

function declaration(tag: string): Declaration {
  const found = manifest.modules
    .flatMap((m) => (m.declarations ?? []) as Declaration[])
    .find((d) => d.tagName === tag);
  expect(found, `${tag} in custom-elements.json`).toBeDefined();
  return found!;
}

const TOKENS = [...tokensCss.matchAll(/^\s*(--bb-[a-z0-9-]+)\s*:/gm)].map((m) => m[1]!);

describe('custom-elements.json', () => {
  it.each([
    ['bb-wheel', BbWheel],
    ['bb-sip-plan', BbSipPlan],
    ['bb-wheel-overlay', BbWheelOverlay],
    ['bb-wheel-differences', BbWheelDifferences],
    ['bb-family-plan', BbFamilyPlan],
    ['bb-print-plan', BbPrintPlan],
  ] as const)('lists every attribute <%s> observes, and no other', (tag, element) => {
    const listed = (declaration(tag).attributes ?? []).map((a) => a.name).sort();
    expect(listed).toEqual([...element.observedAttributes].sort());
  });

  it.each(['bb-wheel', 'bb-sip-plan'])('lists the input and change events of <%s>', (tag) => {
    const events = (declaration(tag).events ?? []).map((e) => e.name).sort();
    expect(events).toEqual(['change', 'input']);
  });

  it('lists every theme property for <bb-wheel>, each with a description', () => {
    const props = declaration('bb-wheel').cssProperties ?? [];
    expect(props.map((p) => p.name).sort()).toEqual([...TOKENS].sort());
    for (const p of props) expect(p.description, p.name).toBeTruthy();
  });

  it('lists for <bb-sip-plan> only theme properties that its styles use', () => {
    const props = declaration('bb-sip-plan').cssProperties ?? [];
    expect(props.length).toBeGreaterThanOrEqual(10);
    for (const p of props) {
      expect(TOKENS, p.name).toContain(p.name);
      expect(sipCss + hostCss, p.name).toContain(`var(${p.name}`);
      expect(p.description, p.name).toBeTruthy();
    }
  });

  it.each(['bb-wheel-overlay', 'bb-wheel-differences', 'bb-family-plan', 'bb-print-plan'])(
    'lists for <%s> the viewer and messages attributes, each with a description',
    (tag) => {
      const attributes = (declaration(tag).attributes ?? []) as {
        name: string;
        description?: string;
      }[];
      for (const name of ['viewer', 'messages', 'locale', 'content'])
        expect(attributes.find((a) => a.name === name)?.description, `${tag} ${name}`).toBeTruthy();
      for (const p of declaration(tag).cssProperties ?? [])
        expect(TOKENS, p.name).toContain(p.name);
    },
  );
});
