import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production build of the demo is served (vite preview, with the CSP header). */
    demoUrl: string;
  }
}

const demoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The e2e build has its own folder, so a `pnpm build` running at the same time (which empties
 * `dist/`) cannot pull the files from under the preview server.
 */
const outDir = 'test-results/e2e-dist';
const viteBin = join(
  dirname(createRequire(join(demoRoot, 'package.json')).resolve('vite/package.json')),
  'bin',
  'vite.js',
);

function run(args: string[], cwd = demoRoot, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, ...args], {
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production', ...env },
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`vite ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether the local preview server answers 200 (the test runner asking its own server). */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2_000, () => request.destroy());
  });
}

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited (${child.exitCode}):\n${log()}`);
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer at ${url} within 30 s:\n${log()}`);
}

/**
 * Builds the demo for production and serves it with `vite preview` (which sends the strict
 * Content-Security-Policy header) on a free port. The server runs in its own process group so the
 * teardown can stop it and anything it started (TOOLCHAIN.md trap 12).
 * Set `E2E_SKIP_BUILD=1` to reuse the last e2e build while iterating on tests.
 */
export default async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD) {
    // The demo serves the plain-form examples next to the built custom elements (the ES module and
    // the classic script); a fresh clone running `pnpm test` has not built the packages, so build
    // those two files (from source). The ES build empties dist/, so the classic one comes second.
    const elementsRoot = join(demoRoot, '../../packages/elements');
    const noModule = !existsSync(join(elementsRoot, 'dist/index.js'));
    if (noModule) await run(['build', '--logLevel', 'warn'], elementsRoot);
    if (noModule || !existsSync(join(elementsRoot, 'dist/bb-elements.iife.js')))
      await run(['build', '--logLevel', 'warn'], elementsRoot, { BB_FORMAT: 'iife' });
    await run(['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir']);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(
    process.execPath,
    [
      viteBin,
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      cwd: demoRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

  const stop = async () => {
    if (server.exitCode !== null || server.pid === undefined) return;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-server.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitForServer(url, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('demoUrl', url);
  return stop;
}
