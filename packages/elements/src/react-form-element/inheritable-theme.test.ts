import sipCss from '@barnets-basta/sip/styles.css?inline';
import wheelCss from '@barnets-basta/wheel/styles.css?inline';
import { describe, expect, it } from 'vitest';
import tokensCss from '../../../wheel/src/theme/tokens.css?raw';
import hostCss from './host.css?inline';
import { inheritableTheme } from './inheritable-theme.ts';

/** The token names declared in packages/wheel/src/theme/tokens.css. */
const TOKENS = [...tokensCss.matchAll(/^\s*(--bb-[a-z0-9-]+)\s*:/gm)].map((m) => m[1]!);

describe('inheritableTheme', () => {
  it('moves the defaults to -default names on :host and makes them fallbacks', () => {
    const out = inheritableTheme(`
      /* Defaults; a comment with ; and } in it */
      :where(:root, :host) {
        --bb-surface: #ffffff;
        --bb-centre: var(--bb-surface);
        --bb-font-family: 'Segoe UI', system-ui;
      }
      .a { color: var(--bb-accent-unknown, var(--bb-surface, #fff)); background: var(--bb-surface); }
      .b { fill: var(--bb-centre, #eee); font-family: var(--bb-font-family); }`);
    expect(out).not.toMatch(/:root|:where/);
    expect(out).toContain(
      ":host{--bb-surface-default:#ffffff;--bb-centre-default:var(--bb-surface,var(--bb-surface-default));--bb-font-family-default:'Segoe UI', system-ui}",
    );
    // An unknown property keeps its name; a token inside its fallback gets the default.
    expect(out).toContain(
      'color: var(--bb-accent-unknown, var(--bb-surface,var(--bb-surface-default)))',
    );
    expect(out).toContain('background: var(--bb-surface,var(--bb-surface-default))');
    // The author's fallback is replaced by the token's default, as the React packages resolve it.
    expect(out).toContain('fill: var(--bb-centre,var(--bb-centre-default))');
    expect(out).toContain('font-family: var(--bb-font-family,var(--bb-font-family-default))');
    expect(out).not.toContain('comment');
  });

  it('reads a minified rule too', () => {
    expect(
      inheritableTheme(':where(:root,:host){--bb-accent:#1a5fb4}a{color:var(--bb-accent)}'),
    ).toBe(':host{--bb-accent-default:#1a5fb4}a{color:var(--bb-accent,var(--bb-accent-default))}');
  });

  it('leaves CSS without theme defaults alone, and refuses a name it would shadow', () => {
    expect(inheritableTheme('a { color: var(--bb-accent); }')).toBe(
      'a { color: var(--bb-accent); }',
    );
    expect(() =>
      inheritableTheme(':where(:root, :host) { --bb-x: 1px; --bb-x-default: 2px; }'),
    ).toThrow(/--bb-x-default/);
  });

  it('rewrites every use of every token in the CSS the elements adopt', () => {
    expect(TOKENS.length).toBeGreaterThan(30);
    const out = inheritableTheme(wheelCss + sipCss + hostCss);
    expect(out).not.toMatch(/:where\(\s*:root/);
    for (const token of TOKENS) {
      // A use is `var(--bb-x` followed by `,`, `)` or space (not `--bb-x-muted`, `--bb-x-default`).
      const uses = out.match(new RegExp(`var\\(${token}(?=[\\s,)])`, 'g')) ?? [];
      const rewritten = out.split(`var(${token},var(${token}-default))`).length - 1;
      expect(uses.length, token).toBe(rewritten);
    }
  });

  it('gives a real stylesheet every default on :host, with the element’s own text size', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(inheritableTheme(wheelCss + hostCss));
    const host = [...sheet.cssRules].filter(
      (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === ':host',
    );
    // Chromium's CSSOM reports `initial` for every custom property of a rule with `all: initial`
    // (host.css), although the cascade leaves custom properties alone; skip those.
    const value = (name: string) =>
      host
        .map((r) => r.style.getPropertyValue(name).trim())
        .filter((v) => v && v !== 'initial')
        .at(-1);
    for (const token of TOKENS) expect(value(`${token}-default`), token).toBeTruthy();
    expect(value('--bb-accent-default')).toBe('#1a5fb4');
    // host.css comes later and replaces the 1rem default: the reader's size, not the page's root.
    expect(value('--bb-font-size-default')).toBe('medium');
  });
});
