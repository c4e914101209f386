/**
 * Runs the examples in docs/content.md so the guide cannot drift from the API: every `ts` block
 * is executed with `// =>` comments checked as expected values, every whole pack in a `json`
 * block must validate, and the palette table must match the default pack.
 */
import { readFileSync } from 'node:fs';
import { transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import * as core from '../index.ts';
import { contrastRatio } from './contrast.ts';
import * as content from './index.ts';
import { parsePack } from './parse-pack.ts';
import { defaultPack } from './packs/barnets-basta.ts';
import { sexOmradenPack } from './packs/sex-omraden.ts';
import { shanarriPack } from './packs/shanarri.ts';

const DOC = new URL('../../../../docs/content.md', import.meta.url);
const doc = readFileSync(DOC, 'utf8');

const MODULES: Record<string, object> = {
  '@barnets-basta/core': core,
  '@barnets-basta/core/content': content,
  '@barnets-basta/core/packs/shanarri': { shanarriPack },
  '@barnets-basta/core/packs/sex-omraden': { sexOmradenPack },
};

interface Block {
  lang: 'ts' | 'json';
  code: string;
  line: number;
}

const blocks: Block[] = [...doc.matchAll(/^```(ts|json)\n([\s\S]*?)^```$/gm)].map((m) => ({
  lang: m[1] as Block['lang'],
  code: m[2]!,
  line: doc.slice(0, m.index).split('\n').length,
}));

/** `expr; // => expected` becomes an assertion; everything else is left as written. */
function withAssertions(ts: string): { code: string; count: number } {
  let count = 0;
  const code = ts
    .split('\n')
    .map((line) => {
      const m = /^(\s*)(.+?);\s*\/\/ => (.+)$/.exec(line);
      if (!m) return line;
      count++;
      return `${m[1]}__expect(${m[2]}, ${JSON.stringify(m[2])}).toEqual(${m[3]});`;
    })
    .join('\n');
  return { code, count };
}

/** Static imports become lookups in MODULES, so a block runs as a function body. */
function withoutImports(js: string): string {
  return js.replace(
    /^import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["'];?$/gm,
    (_all, names: string, from: string) =>
      `const {${names.replace(/\s+as\s+/g, ': ')}} = __import(${JSON.stringify(from)});`,
  );
}

async function run(block: Block): Promise<void> {
  const { code, count } = withAssertions(block.code);
  expect(count, 'every example checks at least one result with // =>').toBeGreaterThan(0);
  const js = (await transformWithOxc(code, 'example.ts', { lang: 'ts' })).code;
  const body = withoutImports(js);
  expect(body, 'imports are rewritten').not.toMatch(/^\s*import\s/m);
  const __import = (name: string) => {
    const module = MODULES[name];
    if (!module) throw new Error(`docs/content.md imports ${name}, which is not a public entry`);
    return module;
  };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...args: unknown[]) => Promise<void>;
  await new AsyncFunction('__import', '__expect', body)(__import, expect);
}

describe('docs/content.md', () => {
  it('has runnable examples and a whole pack', () => {
    expect(blocks.filter((b) => b.lang === 'ts').length).toBeGreaterThanOrEqual(6);
    expect(blocks.filter((b) => b.lang === 'json').length).toBeGreaterThanOrEqual(1);
  });

  for (const block of blocks) {
    if (block.lang === 'ts') {
      it(`runs the example at line ${block.line}`, async () => {
        await run(block);
      });
    } else {
      it(`validates the JSON at line ${block.line}`, () => {
        const data: unknown = JSON.parse(block.code);
        const result = parsePack(data);
        expect(result.ok ? [] : result.issues).toEqual([]);
      });
    }
  }

  it('shows the default palette as shipped', () => {
    const rows = [
      ...doc.matchAll(/^\|\s*([^|]+?)\s*\|\s*`(#[0-9a-f]{6})`[^|]*\|\s*([\d.]+):1\s*\|$/gm),
    ];
    expect(rows.map((r) => [r[1], r[2]])).toEqual(
      defaultPack.areas.map((a) => [a.texts.sv?.name, a.color]),
    );
    for (const row of rows) {
      expect(contrastRatio(row[2]!, '#ffffff').toFixed(1)).toBe(Number(row[3]).toFixed(1));
    }
  });

  it('names every shipped pack and its areas', () => {
    for (const pack of [defaultPack, shanarriPack, sexOmradenPack]) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${pack.id}\``));
      expect(row, pack.id).toBeDefined();
      for (const area of pack.areas) {
        const name = area.texts[pack.languages[0]!]?.name;
        expect(row, `${pack.id}: ${name}`).toContain(name);
      }
    }
  });
});
