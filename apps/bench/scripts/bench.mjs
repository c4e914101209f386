// `pnpm bench` (root) → here. Node 20 cannot run TypeScript, so the harness is loaded through
// Vite's module runner; packages in node_modules (playwright-core, lighthouse, the workspace
// packages' dist) load natively. scripts/size.mjs is imported here and handed in, so the size
// budgets and the benchmark measure bytes the same way.
import { runnerImport } from 'vite';
import * as size from '../../../scripts/size.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD ??= '1';
// Loading through the runner sets NODE_ENV=development when it is unset, which would turn every
// later Vite build in this process (the size apps) into a development build: put it back.
const nodeEnv = process.env.NODE_ENV;
const { module } = await runnerImport(new URL('../src/harness/main.ts', import.meta.url).pathname);
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;
process.exit(await module.main(process.argv.slice(2), size));
