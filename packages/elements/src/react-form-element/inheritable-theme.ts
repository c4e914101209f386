/**
 * Makes the packages' theme defaults inheritable inside a shadow root.
 *
 * The React packages declare their `--bb-*` defaults on `:where(:root, :host)`. Inside an
 * element's shadow root that rule sets every default on the host itself, which beats any value the
 * host inherits from its page: `.e-tjanst { --bb-accent: … }` or `:root { --bb-accent: … }` would
 * never reach the element. This rewrites the CSS an element adopts so that the defaults become
 * fallbacks: each default moves to `--bb-<name>-default` on `:host`, and every `var(--bb-<name>…)`
 * becomes `var(--bb-<name>, var(--bb-<name>-default))`. A `--bb-*` value set on any ancestor, on
 * `:root` or on the element itself now wins by ordinary inheritance, as in the React packages.
 *
 * The fallback an author wrote in the component CSS (`var(--bb-accent, #1a5fb4)`) is replaced by
 * the token's default: in the React packages that fallback is never used either, because the
 * tokens are always declared, so the element looks exactly like the React component.
 *
 * @example
 * ```ts
 * inheritableTheme(':where(:root, :host) { --bb-accent: #1a5fb4; } a { color: var(--bb-accent); }');
 * // ':host{--bb-accent-default:#1a5fb4} a { color: var(--bb-accent,var(--bb-accent-default)); }'
 * ```
 */
export function inheritableTheme(css: string): string {
  const source = withoutComments(css);
  const tokens = new Map<string, string>();
  const blocks: { start: number; end: number }[] = [];
  for (const match of source.matchAll(DEFAULTS_RULE)) {
    const open = match.index + match[0].length;
    const close = source.indexOf('}', open);
    if (close < 0) break;
    for (const declaration of splitTopLevel(source.slice(open, close), ';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const name = declaration.slice(0, colon).trim();
      if (name.startsWith('--bb-')) tokens.set(name, declaration.slice(colon + 1).trim());
    }
    blocks.push({ start: match.index, end: close + 1 });
  }
  if (tokens.size === 0) return css;
  for (const name of tokens.keys()) {
    // A token already named like a default would be shadowed by ours: refuse rather than guess.
    if (tokens.has(`${name}${SUFFIX}`)) {
      throw new Error(`inheritableTheme: ${name}${SUFFIX} is both a token and a default's name.`);
    }
  }

  const defaults = `:host{${[...tokens]
    .map(([name, value]) => `${name}${SUFFIX}:${withFallbacks(value, tokens)}`)
    .join(';')}}`;
  let out = '';
  let at = 0;
  blocks.forEach((block, i) => {
    out += withFallbacks(source.slice(at, block.start), tokens);
    // Every default in the first block's place keeps the cascade order of the original file.
    if (i === 0) out += defaults;
    at = block.end;
  });
  return out + withFallbacks(source.slice(at), tokens);
}

/** Appended to a token's name for the property that holds its default inside the shadow root. */
const SUFFIX = '-default';

/** The tokens rule of packages/wheel/src/theme/tokens.css, minified or not. */
const DEFAULTS_RULE = /:where\(\s*:root\s*,\s*:host\s*\)\s*\{/g;

/** Rewrites every `var(--bb-token…)` in `text` (also nested in fallbacks) to fall back to the default. */
function withFallbacks(text: string, tokens: ReadonlyMap<string, string>): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf('var(', at);
    if (start < 0) return out + text.slice(at);
    const end = closingParen(text, start + 3);
    if (end < 0) return out + text.slice(at);
    const [name = '', ...rest] = splitTopLevel(text.slice(start + 4, end), ',');
    const id = name.trim();
    const fallback = rest.length > 0 ? rest.join(',') : undefined;
    out += text.slice(at, start);
    if (tokens.has(id)) out += `var(${id},var(${id}${SUFFIX}))`;
    else
      out += `var(${name}${fallback === undefined ? '' : `,${withFallbacks(fallback, tokens)}`})`;
    at = end + 1;
  }
}

/** Index of the `)` matching the `(` at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits on `separator` outside parentheses and strings. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** Drops comments (outside strings), so a `;` or `}` in a comment cannot confuse the parsing. */
function withoutComments(css: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (quote) {
      out += c;
      if (c === '\\') out += css[++i] ?? '';
      else if (c === quote) quote = '';
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
    } else {
      if (c === '"' || c === "'") quote = c;
      out += c;
    }
  }
  return out;
}
