import type { PluginOption } from 'vite';
import type { CoreResult } from './core-bench.ts';
import type { FollowUpViewResult } from './follow-up-view.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { SpeedResult } from './speed.ts';

/** min+gz bytes of one build, as scripts/size.mjs counts them. */
export interface BuildSize {
  upFront: number;
  total: number;
  lazyChunks: number;
  css: number;
  cssBytes: number;
}

export interface BudgetEntry extends Partial<BuildSize> {
  name: string;
  onTop?: number;
  budget: string;
  ok: boolean;
  /** Set (to the bundler's message) when an optional entry's file is not built. */
  missing?: string;
}

/** What main.ts uses of scripts/size.mjs (handed in by scripts/bench.mjs, which imports it). */
export interface SizeModule {
  checkBudgets(): Promise<{
    head: string[];
    rows: string[][];
    entries: BudgetEntry[];
    over: number;
  }>;
  measureApp(options: {
    root: string;
    input: string;
    plugins?: PluginOption[];
  }): Promise<BuildSize>;
  formatTable(head: string[], rows: (string | number)[][]): string;
  formatKb(bytes: number): string;
}

export interface AppSize {
  id: 'react' | 'floor' | 'recharts' | 'wheel';
  label: string;
  jsUpFront: number;
  jsTotal: number;
  css: number;
  /** JS with lazy chunks plus CSS: everything the app can load. */
  total: number;
}

export interface SizeResult {
  budgets: BudgetEntry[];
  budgetsOver: number;
  apps: AppSize[];
}

/** A section that could not be measured says why instead of carrying numbers. */
export type Section<T> = T | { error: string };

export interface Goal {
  goal: string;
  target: string;
  measured: string;
  verdict: 'PASS' | 'MISS' | 'NOT MEASURED';
}

export interface BenchResults {
  date: string;
  machine: {
    nproc: number;
    cpu: string;
    memoryGb: number;
    os: string;
    /** 1-minute load average when the run started and when it ended (others' work skews timings). */
    loadAverage: [number, number];
  };
  node: string;
  browser: string;
  durationSeconds: number;
  phases: Record<string, number>;
  size: Section<SizeResult>;
  speed: Section<SpeedResult>;
  /** Issue 14's distribution view for 290 units beside recharts (absent in older results). */
  followUpView?: Section<FollowUpViewResult>;
  lighthouse: Section<LighthouseResult>;
  core: Section<CoreResult>;
  goals: Goal[];
}

export const failed = <T extends object>(s: Section<T> | undefined): s is { error: string } =>
  !s || 'error' in s;
