// In-page side of the speed benchmark. The harness (playwright-core) loads a contender's page and
// calls `window.__bench`; every time is taken here with performance.now(), so the numbers are the
// page's own and do not include the DevTools protocol round trips.
import { useLayoutEffect, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { InstanceProps } from '../data.ts';
import './page.css';

/** Milliseconds from the start (mount call or keydown) to each point. */
export interface Timing {
  /** React committed (the list's layout effect for a mount, the instance's for a change). */
  commit: number;
  /** The first requestAnimationFrame callback after that commit. */
  firstFrame: number;
  /** A task posted from that callback: runs once that frame's style, layout and paint are done. */
  firstPainted: number;
  /**
   * The requestAnimationFrame callback of the frame that shows the final DOM: the first frame
   * after the last mutation, so a library that renders again after its first commit (or
   * animates attributes) is followed to the end. Equals `firstFrame` for a single render pass.
   */
  frame: number;
  /** That frame painted. */
  painted: number;
  /** False when the DOM was still changing when the watch gave up (3 s after the commit). */
  settled: boolean;
}

export interface BenchApi {
  /** Mounts `n` instances into the empty root; resolves once the frame showing them is painted. */
  mount(n: number): Promise<Timing>;
  /** Focuses the checked radio of the first area of the first instance; returns its value. */
  focusFirstRadio(): string;
  /** Starts listening for the next keydown; `keyResult` resolves once its change is on screen. */
  armKey(): void;
  /** The timing of the armed key, and the value of the radio checked (and focused) after it. */
  keyResult(): Promise<Timing & { after: string }>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

const QUIET_FRAMES = 3;
const GIVE_UP_MS = 3000;
const GIVE_UP_FRAMES = 20;

/** Resolves in the task after the current frame's rendering (the "after next paint" trick). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Watches `container` from `t0`: every mutation except inline `style` changes (animations write
 * those every frame) counts as rendering. `settle()` is called right after the commit.
 */
function watch(container: HTMLElement, t0: number) {
  let lastMutation = -1;
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.type !== 'attributes' || r.attributeName !== 'style')) {
      lastMutation = performance.now();
    }
  });
  observer.observe(container, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  return {
    /** Follows frames until QUIET_FRAMES pass without a mutation; times the last changed frame. */
    async settle(): Promise<Timing> {
      const commit = performance.now() - t0;
      let firstFrame = Number.NaN;
      let firstPainted: Promise<number> = Promise.resolve(Number.NaN);
      let frame = Number.NaN;
      let painted: Promise<number> = Promise.resolve(Number.NaN);
      let previous = -Infinity;
      let quiet = 0;
      let frames = 0;
      let settled = true;
      for (let first = true; quiet < QUIET_FRAMES; first = false) {
        const now = await nextFrame().then(() => performance.now());
        if (first || lastMutation > previous) {
          frame = now - t0;
          painted = afterPaint().then(() => performance.now() - t0);
          if (first) [firstFrame, firstPainted] = [frame, painted];
          quiet = 0;
        } else quiet++;
        previous = now;
        frames++;
        // Still changing after a while (an endless animation): stop, and say so. Counting frames
        // too keeps one long frame (100 wheels laid out at once) from ending the watch early.
        if (quiet === 0 && frames >= GIVE_UP_FRAMES && now - t0 - commit > GIVE_UP_MS) {
          settled = false;
          break;
        }
      }
      observer.disconnect();
      return {
        commit,
        firstFrame,
        firstPainted: await firstPainted,
        frame,
        painted: await painted,
        settled,
      };
    },
  };
}

function List({
  n,
  Instance,
  animate,
  onMounted,
  onCommit,
}: {
  n: number;
  Instance: ComponentType<InstanceProps>;
  animate: boolean;
  onMounted: () => void;
  onCommit: () => void;
}) {
  // Children's layout effects run before the parent's: this one fires when all n are committed.
  useLayoutEffect(() => onMounted(), [onMounted]);
  return (
    <>
      {Array.from({ length: n }, (_, i) => (
        <Instance key={i} index={i} animate={animate} onCommit={i === 0 ? onCommit : undefined} />
      ))}
    </>
  );
}

/**
 * Installs `window.__bench` for one contender. `?animate=1` turns the libraries' animations on
 * (off by default, for fair timing); `?inputs=1` mounts `WithInputs` instead, for a contender
 * that cannot take a rating by itself (the keyboard measurement).
 */
export function installBench(
  Display: ComponentType<InstanceProps>,
  WithInputs: ComponentType<InstanceProps> = Display,
) {
  const params = new URLSearchParams(location.search);
  const animate = params.get('animate') === '1';
  const Instance = params.get('inputs') === '1' ? WithInputs : Display;
  const container = document.getElementById('root')!;
  const root = createRoot(container);

  // The armed key: its keydown starts the clock and the watch; the first commit after it settles.
  let key: {
    watcher?: ReturnType<typeof watch>;
    result: Promise<Timing>;
    done: (t: Timing) => void;
    committed: boolean;
  } | null = null;
  const onCommit = () => {
    if (!key?.watcher || key.committed) return;
    key.committed = true;
    key.watcher.settle().then(key.done);
  };
  window.addEventListener(
    'keydown',
    () => {
      if (key && !key.watcher) key.watcher = watch(container, performance.now());
    },
    { capture: true },
  );

  window.__bench = {
    async mount(n) {
      await nextFrame();
      await nextFrame();
      const t0 = performance.now();
      const watcher = watch(container, t0);
      return new Promise<Timing>((resolve) => {
        let once = false;
        root.render(
          <List
            n={n}
            Instance={Instance}
            animate={animate}
            onCommit={onCommit}
            onMounted={() => {
              if (once) return;
              once = true;
              watcher.settle().then(resolve);
            }}
          />,
        );
      });
    },
    focusFirstRadio() {
      const radio = container.querySelector<HTMLInputElement>(
        'fieldset input[type="radio"]:checked',
      );
      if (!radio) throw new Error('No checked radio in the first fieldset');
      radio.focus();
      return radio.value;
    },
    armKey() {
      let done: (t: Timing) => void = () => {};
      const result = new Promise<Timing>((resolve) => (done = resolve));
      key = { result, done, committed: false };
    },
    async keyResult() {
      if (!key) throw new Error('armKey() first');
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('No change was rendered within 5 s')), 5000),
      );
      const timing = await Promise.race([key.result, timeout]);
      key = null;
      const focused = document.activeElement as HTMLInputElement | null;
      if (!focused?.checked) throw new Error('The focused radio is not checked after the key');
      return { ...timing, after: focused.value };
    },
  };
}
