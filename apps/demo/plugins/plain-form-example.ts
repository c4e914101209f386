import { cpSync, createReadStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves the copy-paste examples for non-React hosts under `/exempel/`, next to the built custom
 * elements (`@barnets-basta/elements` dist), exactly as a municipality would put the files on its
 * own server. No build step touches the examples:
 * - `plain-form.html` loads the ES module (`bb-elements.js` = dist/index.js, with its chunks);
 * - `plain-form-classic.html` loads the classic script (`bb-elements.iife.js`), for platforms that
 *   cannot load modules.
 */
export function plainFormExample(root: string): Plugin {
  const examples = resolve(root, '../../docs/examples');
  const elements = resolve(root, '../../packages/elements/dist');
  const files = (): Record<string, string> => ({
    'plain-form.html': join(examples, 'plain-form.html'),
    'plain-form-classic.html': join(examples, 'plain-form-classic.html'),
    'plain-form.js': join(examples, 'plain-form.js'),
    'plain-form.css': join(examples, 'plain-form.css'),
    'bb-elements.js': join(elements, 'index.js'),
    'bb-elements.iife.js': join(elements, 'bb-elements.iife.js'),
  });
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  return {
    name: 'barnets-basta:plain-form-example',
    configureServer(server) {
      // Dev: serve the same files (the elements module needs `pnpm build` of the packages first).
      server.middlewares.use('/exempel', (req, res, next) => {
        const name = (req.url ?? '/').replace(/^\//, '').split('?')[0] ?? '';
        const file = name.startsWith('chunks/') ? join(elements, name) : files()[name];
        if (!file || !existsSync(file)) return next();
        res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    writeBundle(options) {
      const out = join(options.dir ?? resolve(root, 'dist'), 'exempel');
      if (!existsSync(join(elements, 'index.js'))) {
        this.warn('packages/elements is not built: /exempel/ is left out (run `pnpm build`).');
        return;
      }
      mkdirSync(out, { recursive: true });
      for (const [name, file] of Object.entries(files())) {
        if (existsSync(file)) cpSync(file, join(out, name));
        // An older dist may predate the classic build: leave its page out rather than serve a
        // page whose script is missing.
        else if (name === 'bb-elements.iife.js') {
          this.warn('packages/elements has no classic build: /exempel/ has no classic page.');
          rmSync(join(out, 'plain-form-classic.html'), { force: true });
        } else this.error(`${file} is missing.`);
      }
      cpSync(join(elements, 'chunks'), join(out, 'chunks'), { recursive: true });
    },
  };
}
