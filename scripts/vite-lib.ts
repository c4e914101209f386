import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';

interface LibOptions {
  /** Package folder (pass `import.meta.dirname`). */
  root: string;
  /** Entry name (without extension, relative to dist) → source path relative to the package. */
  entries: Record<string, string>;
  /** React entries get a `'use client'` banner so RSC hosts treat them as client components. */
  client?: boolean;
  /** Bundle every dependency (custom elements ship React inside). */
  bundleAll?: boolean;
  /** Plain CSS file, copied to dist/styles.css untouched (no runtime style injection). */
  css?: string;
  /**
   * Keep one output file per source module, so a host's bundler can drop whole unused modules
   * (`sideEffects: false`); a flattened bundle keeps every top-level call, e.g. schema builders.
   */
  preserveModules?: boolean;
}

/**
 * Inlines relative `@import './x.css';` lines so a package ships exactly one plain CSS file.
 * Source keeps one CSS file per component family (beside its component); hosts get one file.
 */
export function inlineCssImports(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  return readFileSync(file, 'utf8').replace(
    /^@import\s+['"](\.{1,2}\/[^'"]+)['"]\s*;\s*$/gm,
    (_line, rel: string) => inlineCssImports(resolve(dirname(file), rel), seen),
  );
}

/** Writes the package's one plain CSS file next to the JS (no runtime style injection). */
function emitCss(root: string, css: string): Plugin {
  return {
    name: 'bb-emit-css',
    closeBundle() {
      const target = resolve(root, 'dist/styles.css');
      if (!existsSync(dirname(target))) mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, inlineCssImports(resolve(root, css)));
    },
  };
}

/**
 * Shared Vite library-mode config: ESM only, dependencies external (so a host's bundler
 * dedupes React, Radix and Motion), one file per public entry.
 */
export function libConfig(options: LibOptions): UserConfig {
  const {
    root,
    entries,
    client = false,
    bundleAll = false,
    css,
    preserveModules = false,
  } = options;
  return {
    root,
    plugins: css ? [emitCss(root, css)] : [],
    resolve: { conditions: ['@barnets-basta/source'] },
    define: bundleAll ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      target: 'es2022',
      lib: {
        entry: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, resolve(root, v)])),
        formats: ['es'],
      },
      rollupOptions: {
        // framer-motion's "use client" directives mean nothing inside our bundle (TOOLCHAIN trap 6).
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
        external: bundleAll
          ? []
          : (id: string) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
        output: {
          entryFileNames: '[name].js',
          ...(preserveModules
            ? { preserveModules: true, preserveModulesRoot: resolve(root, 'src') }
            : {}),
          chunkFileNames: 'chunks/[name]-[hash].js',
          ...(client ? { banner: "'use client';" } : {}),
        },
      },
    },
  };
}
