/**
 * The theme page's tables, read from the packages' CSS source at build time: every `--bb-*`
 * custom property, its default and where it is used. Nothing here is typed in by hand, so a new
 * property shows up on the page the day it is added.
 */
import type { CSSProperties } from 'react';
import './docs.css';

/** Every CSS file of the React packages, as text (Vite's `?raw`). */
const SOURCES = import.meta.glob<string>(
  ['../../../packages/wheel/src/**/*.css', '../../../packages/sip/src/**/*.css'],
  { query: '?raw', import: 'default', eager: true },
);

/** One `--bb-*` property declared in the theme tokens file. */
export interface ThemeToken {
  name: string;
  /** The default value as written in the source. */
  value: string;
  /** The comment after the declaration in the source, if any. */
  comment?: string;
  /** The section comment above it ("Type", "Colours", ...). */
  group: string;
  /** Files (relative to `packages/`) whose rules read it with `var(...)`. */
  usedIn: string[];
}

/** A `--bb-*` property declared outside the tokens file, or set by a component itself. */
export interface OtherProperty {
  name: string;
  /** `derived`: declared in a component's CSS from the tokens; `component`: set per element by the component. */
  kind: 'derived' | 'component';
  /** For `derived`: the declaration's value. */
  value?: string;
  /** Files (relative to `packages/`) that declare it (derived) or read it (component). */
  files: string[];
}

export interface ThemeInventory {
  tokens: ThemeToken[];
  others: OtherProperty[];
}

const shortPath = (path: string) => path.replace(/^.*?packages\//, '');
const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * Reads the theme's properties from CSS sources: the declarations in `tokens.css` (with their
 * section and trailing comments), the `--bb-*` properties other files declare, and those that are
 * only read (set by a component through its `style`).
 *
 * @example
 * const { tokens, others } = themeInventory(import.meta.glob('./src/**\/*.css', { query: '?raw', import: 'default', eager: true }));
 * tokens[0]; // { name: '--bb-font-family', value: 'system-ui, …', group: 'Type', usedIn: ['wheel/src/wheel/wheel.css', …] }
 */
export function themeInventory(sources: Record<string, string>): ThemeInventory {
  const entries = Object.entries(sources).map(([path, css]) => [shortPath(path), css] as const);
  const tokensEntry = entries.find(([path]) => path.endsWith('theme/tokens.css'));
  const tokens: ThemeToken[] = [];
  const declaredInTokens = new Set<string>();
  if (tokensEntry) {
    // Line by line: a comment alone after a blank line names a group; a comment alone right
    // after a declaration describes the next one; a declaration may wrap over several lines.
    // The first `{` outside a comment opens the tokens block (the file's header comment has one).
    const css = tokensEntry[1];
    const masked = css.replace(/\/\*[\s\S]*?\*\//g, (c) => ' '.repeat(c.length));
    const body = css.slice(masked.indexOf('{') + 1, masked.lastIndexOf('}'));

    let group = '';
    let afterBlank = true;
    let pendingComment: string | undefined;
    let pending = '';
    const finish = (text: string) => {
      const decl = /^(--bb-[a-z0-9-]+)\s*:\s*([\s\S]+?);\s*(?:\/\*\s*([\s\S]+?)\s*\*\/)?\s*$/.exec(
        text,
      );
      if (!decl) return;
      const comment = decl[3] ?? pendingComment;
      declaredInTokens.add(decl[1]!);
      tokens.push({
        name: decl[1]!,
        value: decl[2]!.replace(/\s+/g, ' ').trim(),
        ...(comment ? { comment } : {}),
        group,
        usedIn: [],
      });
      pendingComment = undefined;
    };
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      if (pending) {
        pending += ` ${line}`;
        if (line.includes(';')) {
          finish(pending);
          pending = '';
        }
        continue;
      }
      if (line === '') {
        afterBlank = true;
        continue;
      }
      const alone = /^\/\*\s*([\s\S]+?)\s*\*\/$/.exec(line);
      if (alone) {
        if (afterBlank) {
          group = alone[1]!;
          pendingComment = undefined;
        } else pendingComment = alone[1]!;
      } else if (line.startsWith('--bb-')) {
        if (line.includes(';')) finish(line);
        else pending = line;
      }
      afterBlank = false;
    }
  }

  const readers = new Map<string, Set<string>>();
  const declarers = new Map<string, { value: string; files: Set<string> }>();
  for (const [path, raw] of entries) {
    const css = stripComments(raw);
    for (const m of css.matchAll(/var\(\s*(--bb-[a-z0-9-]+)/g)) {
      const set = readers.get(m[1]!) ?? new Set<string>();
      set.add(path);
      readers.set(m[1]!, set);
    }
    if (path === tokensEntry?.[0]) continue;
    for (const m of css.matchAll(/(?:^|[;{\s])(--bb-[a-z0-9-]+)\s*:\s*([^;}]+)/g)) {
      const entry = declarers.get(m[1]!) ?? { value: m[2]!.trim(), files: new Set<string>() };
      entry.files.add(path);
      declarers.set(m[1]!, entry);
    }
  }
  for (const token of tokens) token.usedIn = [...(readers.get(token.name) ?? [])].sort();

  const others: OtherProperty[] = [];
  for (const [name, { value, files }] of declarers) {
    if (!declaredInTokens.has(name))
      others.push({ name, kind: 'derived', value, files: [...files].sort() });
  }
  for (const [name, files] of readers) {
    if (!declaredInTokens.has(name) && !declarers.has(name)) {
      others.push({ name, kind: 'component', files: [...files].sort() });
    }
  }
  others.sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'component' ? -1 : 1,
  );
  return { tokens, others };
}

/** The inventory of this repository's packages. */
export const inventory: ThemeInventory = themeInventory(SOURCES);

const COLOUR = /^#[0-9a-f]{3,8}$/i;

function Value({ value }: { value: string }) {
  return (
    <span className="bb-docs-value">
      {COLOUR.test(value) ? (
        <span
          className="bb-docs-chip"
          aria-hidden="true"
          style={{ '--bb-docs-swatch': value } as CSSProperties}
        />
      ) : null}
      <code>{value}</code>
    </span>
  );
}

/** Files grouped by package, by their names: "wheel: views, wheel · sip: draft, field". */
function Files({ files }: { files: string[] }) {
  if (files.length === 0) return <span className="bb-docs-muted">–</span>;
  const byPackage = new Map<string, string[]>();
  for (const file of files) {
    const [pkg = '', ...rest] = file.split('/');
    const name = (rest.at(-1) ?? file).replace(/\.css$/, '');
    byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), name]);
  }
  return (
    <span className="bb-docs-files">
      {[...byPackage].map(([pkg, names]) => `${pkg}: ${names.join(', ')}`).join(' · ')}
    </span>
  );
}

/**
 * Every theme property from `packages/wheel/src/theme/tokens.css`, grouped as in the source, with
 * its default, the source comment and the files that use it.
 *
 * @example
 * <ThemeTokensTable />
 */
export function ThemeTokensTable({ data = inventory }: { data?: ThemeInventory }) {
  const groups = [...new Set(data.tokens.map((t) => t.group))];
  return (
    <table className="bb-docs-table bb-docs-table--tokens">
      <caption>
        Temaegenskaper i packages/wheel/src/theme/tokens.css ({data.tokens.length} st.)
      </caption>
      <thead>
        <tr>
          <th scope="col">Egenskap</th>
          <th scope="col">Standardvärde</th>
          <th scope="col">Kommentar i källkoden</th>
          <th scope="col">Används i (paket: CSS-fil)</th>
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group}>
          <tr>
            <th scope="rowgroup" colSpan={4} className="bb-docs-group" lang="en">
              {group || '–'}
            </th>
          </tr>
          {data.tokens
            .filter((t) => t.group === group)
            .map((t) => (
              <tr key={t.name} data-token={t.name}>
                <th scope="row">
                  <code>{t.name}</code>
                </th>
                <td>
                  <Value value={t.value} />
                </td>
                <td lang="en">{t.comment ?? ''}</td>
                <td>
                  <Files files={t.usedIn} />
                </td>
              </tr>
            ))}
        </tbody>
      ))}
    </table>
  );
}

/**
 * The other `--bb-*` names in the packages' CSS: those a component sets on each element (such as
 * the area's colour) and those derived from the tokens inside one component's CSS. Hosts should
 * not set these; they are listed so that no name in the source is unexplained.
 *
 * @example
 * <OtherPropertiesTable />
 */
export function OtherPropertiesTable({ data = inventory }: { data?: ThemeInventory }) {
  return (
    <table className="bb-docs-table">
      <caption>Övriga --bb-*-namn i komponenternas CSS ({data.others.length} st.)</caption>
      <thead>
        <tr>
          <th scope="col">Namn</th>
          <th scope="col">Vad det är</th>
          <th scope="col">Filer</th>
        </tr>
      </thead>
      <tbody>
        {data.others.map((p) => (
          <tr key={p.name} data-property={p.name} data-kind={p.kind}>
            <th scope="row">
              <code>{p.name}</code>
            </th>
            <td>
              {p.kind === 'component' ? (
                'Sätts av komponenten på varje element (t.ex. områdets färg från innehållspaketet).'
              ) : (
                <>
                  Härledd i komponentens CSS: <code>{p.value}</code>
                </>
              )}
            </td>
            <td>
              <Files files={p.files} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
