/**
 * Browser commands for the guide tests (docs/storybook/code-blocks.test.tsx). They run in Node,
 * beside Vitest, because a page cannot see the file system or the TypeScript types. Registered in
 * vitest.config.ts; the browser side calls them through `commands` from `vitest/browser`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Type } from 'typescript';
import type { BrowserCommand } from 'vitest/node';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One property of a component's props or of an exported object type. */
export interface DocProp {
  name: string;
  optional: boolean;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** The given repository-relative paths (files or folders) that do not exist. */
    missingPaths: (paths: string[]) => Promise<string[]>;
    /** The text of a repository file (a source file a guide quotes). */
    readRepoFile: (path: string) => Promise<string>;
    /**
     * The props of each named export of a workspace entry (`@barnets-basta/sip`): a component's
     * first parameter, or an exported interface or type (`[]` for other values). `null` for a name
     * the entry does not export.
     */
    exportedProps: (
      specifier: string,
      names: string[],
    ) => Promise<Record<string, DocProp[] | null>>;
  }
}

const missingPaths: BrowserCommand<[paths: string[]], string[]> = (_ctx, paths) =>
  paths.filter((p) => !existsSync(join(ROOT, p)));

const readRepoFile: BrowserCommand<[path: string], string> = (_ctx, path) => {
  const file = resolve(ROOT, path);
  // Only the repository: a guide names files inside it.
  if (!file.startsWith(`${ROOT}/`)) throw new Error(`${path} is outside the repository`);
  return readFileSync(file, 'utf8');
};

/** The source file of a workspace entry, through the `@barnets-basta/source` export condition. */
function sourceOf(specifier: string): string {
  const match = /^@barnets-basta\/([^/]+)(\/.*)?$/.exec(specifier);
  if (!match) throw new Error(`${specifier} is not a workspace entry`);
  const dir = join(ROOT, 'packages', match[1]!);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    exports: Record<string, string | Record<string, string>>;
  };
  const entry = pkg.exports[`.${match[2] ?? ''}`];
  const source = typeof entry === 'object' ? entry['@barnets-basta/source'] : undefined;
  if (!source) throw new Error(`${specifier} has no source entry`);
  return join(dir, source);
}

// One program per entry: building it takes seconds, the questions after that are cheap.
const programs = new Map<string, Promise<(names: string[]) => Record<string, DocProp[] | null>>>();

async function propsReader(specifier: string) {
  const ts = (await import('typescript')).default;
  const file = sourceOf(specifier);
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  const program = ts.createProgram([file], { ...config!.options, noEmit: true });
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(file)!;
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(sourceFile)!);
  const list = (type: Type): DocProp[] =>
    checker.getPropertiesOfType(type).map((p) => ({
      name: p.name,
      optional: (p.flags & ts.SymbolFlags.Optional) !== 0,
    }));
  return (names: string[]) =>
    Object.fromEntries(
      names.map((name) => {
        let symbol = exports.find((s) => s.name === name);
        if (!symbol) return [name, null];
        if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
          return [name, list(checker.getDeclaredTypeOfSymbol(symbol))];
        }
        const type = checker.getTypeOfSymbolAtLocation(symbol, sourceFile);
        const param = type.getCallSignatures()[0]?.getParameters()[0];
        // A value that takes no props (a constant, a function without parameters) has none.
        return [name, param ? list(checker.getTypeOfSymbolAtLocation(param, sourceFile)) : []];
      }),
    );
}

const exportedProps: BrowserCommand<
  [specifier: string, names: string[]],
  Record<string, DocProp[] | null>
> = async (_ctx, specifier, names) => {
  if (!programs.has(specifier)) programs.set(specifier, propsReader(specifier));
  return (await programs.get(specifier)!)(names);
};

export const docCommands = { missingPaths, readRepoFile, exportedProps };
