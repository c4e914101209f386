import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** Everything to stop before the process exits, however it exits. */
const cleanups = new Set<() => void>();

/** Registers `stop` to run on exit and on SIGINT/SIGTERM; returns a function that unregisters it. */
export function onExit(stop: () => void): () => void {
  cleanups.add(stop);
  return () => cleanups.delete(stop);
}

let installed = false;
/** Installs the exit handlers once. */
export function installExitHandlers() {
  if (installed) return;
  installed = true;
  const runAll = () => {
    for (const stop of [...cleanups]) {
      try {
        stop();
      } catch {
        // Best effort: the process is going away.
      }
    }
    cleanups.clear();
  };
  process.on('exit', runAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      runAll();
      process.exit(130);
    });
  }
}

/** Runs a command to completion; rejects with its output when it fails or outlives `timeoutMs`. */
export function run(
  command: string,
  args: string[],
  { cwd, timeoutMs = 300_000, env }: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const kill = () => killGroup(child);
    const unregister = onExit(kill);
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`${command} ${args.join(' ')} did not finish within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      unregister();
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      unregister();
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${gist(output)}`));
    });
  });
}

const ANSI = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g');

/** The lines of a failed command's output that say why: its error lines, else its last lines. */
function gist(output: string): string {
  const lines = output.replace(ANSI, '').split('\n');
  const errors = lines.filter((l) => /error|ERR_|failed/i.test(l));
  return (errors.length ? errors : lines).slice(-15).join('\n');
}

/** Stops a child started with `detached: true` together with everything it started. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
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

export interface Served {
  /** Base URL with a trailing slash. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves a Vite app's production build (`dist/`) with `vite preview` on a free port, in its own
 * process group so stopping it stops everything it started (TOOLCHAIN.md trap 12).
 */
export async function preview(appRoot: string, probePath = ''): Promise<Served> {
  const viteBin = join(
    dirname(createRequire(join(appRoot, 'package.json')).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: appRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const unregister = onExit(() => killGroup(child, 'SIGKILL'));
  const stop = async () => {
    unregister();
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child);
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 30_000;
  while (!(await answers(url + probePath))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview in ${appRoot} did not answer at ${url}${probePath}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, stop };
}
