import type { FollowUpResult } from './follow-up-bench.ts';
import { CATEGORIES, type Category } from './lighthouse.ts';
import { MOUNT_ONE_PER_ROUND, type ContenderResult, type Metric } from './speed.ts';
import { ms, ratio } from './stats.ts';
import { failed, type BenchResults, type Goal, type SizeModule } from './types.ts';

type Table = (head: string[], rows: (string | number)[][]) => string;

const CATEGORY_NAMES: Record<Category, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
};

/** The 25th–75th percentile of a contender's metric, to show how much the median can move. */
function middleHalf(c: ContenderResult | undefined, m: Metric): string {
  return c ? `${ms(c.metrics[m].p25)}–${ms(c.metrics[m].p75)}` : 'n/a';
}

/** The goals of issue 9, evaluated against the results. Reported, never enforced. */
export function evaluateGoals(r: Omit<BenchResults, 'goals'>): Goal[] {
  const goals: Goal[] = [];
  const notMeasured = (goal: string, target: string, why: string): Goal => ({
    goal,
    target,
    measured: `not measured: ${why}`,
    verdict: 'NOT MEASURED',
  });

  const speed = failed(r.speed) ? undefined : r.speed;
  const pick = (id: string) => speed?.contenders.find((c) => c.id === id);
  const wheel = pick('wheel');
  const floor = pick('floor');
  const recharts = pick('recharts');
  const speedWhy = failed(r.speed) ? r.speed.error : 'a contender has no samples';
  const mounts = [
    ['mountOne', 'mount one wheel'],
    ['mountMany', `mount ${speed?.many ?? 100} wheels (class overview)`],
  ] as const;
  for (const [key, what] of mounts) {
    const w = wheel?.metrics[key].median ?? Number.NaN;
    const f = floor?.metrics[key].median ?? Number.NaN;
    const c = recharts?.metrics[key].median ?? Number.NaN;
    const ok = [w, f, c].every(Number.isFinite);
    const first = `Wheel: ${what}, no slower than recharts`;
    const second = `Wheel: ${what}, within 3× of the floor`;
    if (!ok) {
      goals.push(notMeasured(first, '≤ 1× recharts', speedWhy));
      goals.push(notMeasured(second, '≤ 3× floor', speedWhy));
      continue;
    }
    const iqr = (c: ContenderResult | undefined) => middleHalf(c, key);
    goals.push({
      goal: first,
      target: '≤ 1× recharts',
      measured: `${ms(w)} vs ${ms(c)} = ${ratio(w, c)} (middle half ${iqr(wheel)} vs ${iqr(recharts)})`,
      verdict: w <= c ? 'PASS' : 'MISS',
    });
    goals.push({
      goal: second,
      target: '≤ 3× floor',
      measured: `${ms(w)} vs ${ms(f)} = ${ratio(w, f)} (middle half ${iqr(wheel)} vs ${iqr(floor)})`,
      verdict: w <= 3 * f ? 'PASS' : 'MISS',
    });
  }
  {
    const w = wheel?.metrics.keyFrame.median ?? Number.NaN;
    const f = floor?.metrics.keyFrame.median ?? Number.NaN;
    const goal = 'Wheel: keyboard rating change to next frame, within 2× of the floor';
    if ([w, f].every(Number.isFinite)) {
      goals.push({
        goal,
        target: '≤ 2× floor',
        measured:
          `${ms(w)} vs ${ms(f)} = ${ratio(w, f)} ` +
          `(middle half ${middleHalf(wheel, 'keyFrame')} vs ${middleHalf(floor, 'keyFrame')})`,
        verdict: w <= 2 * f ? 'PASS' : 'MISS',
      });
    } else goals.push(notMeasured(goal, '≤ 2× floor', speedWhy));
  }

  goals.push(followUpViewGoal(r.followUpView, notMeasured));

  const targets: Record<Category, number> = {
    performance: 95,
    accessibility: 100,
    'best-practices': 95,
  };
  for (const category of CATEGORIES) {
    const target = targets[category];
    const goal = `Demo: Lighthouse ${CATEGORY_NAMES[category]} (mobile), every page`;
    const targetText = target === 100 ? '100' : `≥ ${target}`;
    if (failed(r.lighthouse)) {
      goals.push(notMeasured(goal, targetText, r.lighthouse.error));
      continue;
    }
    const scores = r.lighthouse.pages.map((p) => [p.name, p.scores[category]] as const);
    const missing = scores.filter(([, s]) => s === null);
    if (missing.length || scores.length === 0) {
      goals.push(
        notMeasured(
          goal,
          targetText,
          `no score for ${missing.map(([n]) => n).join(', ') || 'any page'}`,
        ),
      );
      continue;
    }
    const values = scores.map(([, s]) => s!);
    goals.push({
      goal,
      target: targetText,
      measured: `lowest ${Math.min(...values)} (${scores.map(([n, s]) => `${n} ${s}`).join(', ')})`,
      verdict: Math.min(...values) >= target ? 'PASS' : 'MISS',
    });
  }

  {
    const goal = 'core: aggregate 100 000 assessments, under 0.5× of JSON.parse of the same data';
    if (failed(r.core)) goals.push(notMeasured(goal, '< 0.5× JSON.parse', r.core.error));
    else {
      const a = r.core.aggregate.median;
      const j = r.core.jsonParse.median;
      goals.push({
        goal,
        target: '< 0.5× JSON.parse',
        measured: `${ms(a)} vs ${ms(j)} = ${ratio(a, j)}`,
        verdict: a < 0.5 * j ? 'PASS' : 'MISS',
      });
    }
  }
  return goals;
}

/** The Markdown tables `pnpm bench` prints and docs/performance.md carries. */
export function renderTables(
  r: BenchResults,
  size: Pick<SizeModule, 'formatKb'>,
  table: Table,
): string {
  const kb = size.formatKb;
  const out: string[] = [];

  out.push('### 1. Size (min+gz, production builds)', '');
  if (failed(r.size)) out.push(`Not measured: ${r.size.error}`, '');
  else {
    out.push(
      table(
        [
          'package entry (React external unless said)',
          'up front',
          'with lazy chunks',
          'budget',
          'result',
        ],
        r.size.budgets.map((b) => [
          b.name,
          b.upFront === undefined ? 'not built' : kb(b.upFront),
          b.total === undefined ? 'not built' : kb(b.total),
          b.onTop === undefined ? b.budget : `${b.budget} (${kb(b.onTop)} on top)`,
          b.missing ? 'missing' : !b.ok ? 'OVER' : 'ok',
        ]),
      ),
      '',
    );
    const floor = r.size.apps.find((a) => a.id === 'floor');
    const recharts = r.size.apps.find((a) => a.id === 'recharts');
    const reactAlone = r.size.apps.find((a) => a.id === 'react');
    out.push(
      table(
        [
          'minimal app (React included)',
          'JS up front',
          'JS with lazy',
          'CSS',
          'total',
          'on top of React',
          '× floor',
          '× recharts',
        ],
        r.size.apps.map((a) => [
          a.label,
          kb(a.jsUpFront),
          kb(a.jsTotal),
          kb(a.css),
          kb(a.total),
          reactAlone && a.id !== 'react' ? kb(a.total - reactAlone.total) : '',
          ratio(a.total, floor?.total ?? Number.NaN),
          ratio(a.total, recharts?.total ?? Number.NaN),
        ]),
      ),
      '',
    );
  }

  out.push('### 2. Speed in Chromium (production builds, medians)', '');
  if (failed(r.speed)) out.push(`Not measured: ${r.speed.error}`, '');
  else {
    const s = r.speed;
    const by = (id: string) => s.contenders.find((c) => c.id === id);
    const floor = by('floor');
    const recharts = by('recharts');
    const wheel = by('wheel');
    const animated = by('wheel-animate');
    const v = (c: ContenderResult | undefined, m: Metric) => c?.metrics[m].median ?? Number.NaN;
    const t = (value: number) => (Number.isFinite(value) ? ms(value) : 'not measured');
    const rows: [Metric, string][] = [
      ['mountOne', 'mount 1 → painted'],
      ['mountMany', `mount ${s.many} (class overview) → painted`],
      ['keyFrame', 'key → next frame (rAF)'],
      ['keyPainted', 'key → that frame painted'],
      ['mountOneFirst', 'mount 1 → first frame painted (info)'],
      ['keyFirstFrame', 'key → first rAF after commit (info)'],
      ['keyCommit', 'key → React commit (info)'],
    ];
    out.push(
      table(
        [
          'median',
          'floor',
          'recharts',
          'recharts × floor',
          'wheel',
          'wheel × floor',
          'wheel × recharts',
          'wheel animated',
        ],
        rows.map(([m, label]) => [
          label,
          t(v(floor, m)),
          t(v(recharts, m)),
          ratio(v(recharts, m), v(floor, m)),
          t(v(wheel, m)),
          ratio(v(wheel, m), v(floor, m)),
          ratio(v(wheel, m), v(recharts, m)),
          t(v(animated, m)),
        ]),
      ),
      '',
      ...s.contenders.map((c) => `- ${c.id}: ${c.label}${c.note ? ` (${c.note})` : ''}.`),
      '',
      `${s.browser}, viewport ${s.viewport.width}×${s.viewport.height}, ${s.rounds} rounds with ` +
        `the contenders in rotating order. Mounts: from \`render()\` to the painted frame that ` +
        `shows the final DOM (the page follows later render passes and attribute animations to ` +
        `the last change), one fresh page per sample (n = ${s.rounds * MOUNT_ONE_PER_ROUND}; class overview: ` +
        `n = ${s.manyRounds}). Keys: ${s.keys} ArrowRight presses on a focused radio per round ` +
        `(n = ${s.rounds * s.keys}), timed in the page from keydown to the requestAnimationFrame ` +
        `callback of the frame that shows the change.`,
      ...s.contenders
        .filter((c) => c.unsettled)
        .map((c) => `${c.id}: ${c.unsettled} sample(s) still changing 3 s after the commit.`),
      ...s.contenders
        .filter((c) => c.errors.length)
        .map((c) => `${c.id}: ${c.errors.length} failed sample(s): ${c.errors[0]}`),
      '',
    );
  }

  out.push(...followUpViewSection(r.followUpView, table));

  out.push('### 3. Demo quality: Lighthouse (mobile preset)', '');
  if (failed(r.lighthouse)) out.push(`Not measured: ${r.lighthouse.error}`, '');
  else {
    const l = r.lighthouse;
    out.push(
      table(
        ['demo page', ...CATEGORIES.map((c) => CATEGORY_NAMES[c])],
        l.pages.map((p) => [
          `${p.name} (${p.path || '/'})`,
          ...CATEGORIES.map((c) => (p.scores[c] === null ? 'not measured' : String(p.scores[c]))),
        ]),
      ),
      '',
      `Lighthouse ${l.version}, ${l.preset}, median of ${l.runsPerPage} run(s) per page.`,
      ...l.pages.filter((p) => p.error).map((p) => `${p.name}: ${p.error}`),
      '',
    );
  }

  out.push('### 4. core: 100 000 assessments (Node, median)', '');
  if (failed(r.core)) out.push(`Not measured: ${r.core.error}`, '');
  else {
    const c = r.core;
    out.push(
      table(
        ['operation', 'median', '× JSON.parse'],
        [
          [
            `JSON.parse of the array (${(c.jsonBytes / 1e6).toFixed(1)} MB)`,
            ms(c.jsonParse.median),
            '1.00×',
          ],
          [
            'aggregate() of the parsed array',
            ms(c.aggregate.median),
            ratio(c.aggregate.median, c.jsonParse.median),
          ],
          [
            'parseAssessment() of every item',
            ms(c.parse.median),
            ratio(c.parse.median, c.jsonParse.median),
          ],
        ],
      ),
      '',
      `${c.rounds} rounds in rotating order after one warm-up, GC before each sample; ` +
        `${c.parsedOk} of ${c.count} items parsed ok.`,
      '',
    );
    if (c.followUp) out.push(...followUpSection(c.followUp, table), '');
  }

  out.push('### Goals (reported, not enforced; only the size budgets fail CI)', '');
  out.push(
    table(
      ['goal', 'target', 'measured (median)', 'result'],
      r.goals.map((g) => [g.goal, g.target, g.measured, g.verdict]),
    ),
  );
  return out.join('\n');
}

/** One line about where and when the numbers were taken. */
export function machineLine(r: BenchResults): string {
  return (
    `${r.date.slice(0, 10)}: ${r.machine.nproc} × ${r.machine.cpu}, ${r.machine.memoryGb} GB, ` +
    `${r.machine.os}, load average ${r.machine.loadAverage.join(' / ')} (at start / end); ` +
    `Node ${r.node}; ${r.browser}; whole run ${Math.round(r.durationSeconds)} s.`
  );
}

/** Follow-up (issue 13): its rows, reported only. */
function followUpSection(f: FollowUpResult, table: Table): string[] {
  return [
    '#### core/follow-up (Node, median)',
    '',
    table(
      ['operation', 'median', 'beside'],
      [
        [
          `JSON.parse of ${f.assessments} assessments (${f.passes} × 100 000)`,
          ms(f.jsonParse.median),
          '1.00×',
        ],
        [
          'records → partial for the same assessments (goal ≤ 0.25× JSON.parse)',
          ms(f.recordsToPartial.median),
          ratio(f.recordsToPartial.median, f.jsonParse.median),
        ],
        [
          'the same, cases closed (builder.closed(): what a municipality sends upward)',
          ms(f.recordsToClosedPartial.median),
          ratio(f.recordsToClosedPartial.median, f.jsonParse.median),
        ],
        [
          'the same through one record object per assessment (toStatisticsRecord + toPartial)',
          ms(f.recordsViaObjects.median),
          ratio(f.recordsViaObjects.median, f.jsonParse.median),
        ],
        [
          'merge 290 municipality partials + publish the county (goal ≤ 50 ms)',
          ms(f.mergePublish290.median),
          '',
        ],
        [
          `SQL on PGlite, ${f.sqlRecords} records`,
          f.sqlPglite ? ms(f.sqlPglite.median) : 'not measured',
          f.sqlPglite ? '' : (f.sqlError ?? ''),
        ],
        [`the same in JavaScript`, ms(f.sqlJs.median), ''],
      ],
    ),
  ];
}

/** Issue 14's goal: the distribution view for 290 units mounts in at most half recharts' time. */
function followUpViewGoal(
  f: BenchResults['followUpView'],
  notMeasured: (goal: string, target: string, why: string) => Goal,
): Goal {
  const goal = `Follow-up: mount the distribution view for ${f && !failed(f) ? f.units : 290} units, at most half of recharts' BarChart`;
  const target = '≤ 0.5× recharts';
  if (!f || failed(f)) return notMeasured(goal, target, f?.error ?? 'not in this run');
  const ours = f.mount.ours;
  const theirs = f.mount.recharts;
  if (!Number.isFinite(ours.median) || !Number.isFinite(theirs.median)) {
    return notMeasured(goal, target, f.errors[0] ?? 'a contender has no samples');
  }
  return {
    goal,
    target,
    measured:
      `${ms(ours.median)} vs ${ms(theirs.median)} = ${ratio(ours.median, theirs.median)} ` +
      `(middle half ${ms(ours.p25)}–${ms(ours.p75)} vs ${ms(theirs.p25)}–${ms(theirs.p75)})`,
    verdict: ours.median <= 0.5 * theirs.median ? 'PASS' : 'MISS',
  };
}

/** The follow-up view's speed table (issue 14), or why it was not measured. */
function followUpViewSection(f: BenchResults['followUpView'], table: Table): string[] {
  const out = ['### 2b. Speed in Chromium: follow-up distribution view (production builds)', ''];
  if (!f || failed(f)) return [...out, `Not measured: ${f?.error ?? 'not in this run'}`, ''];
  const { ours, recharts } = f.mount;
  const row = (label: string, s: typeof ours) => [
    label,
    ms(s.median),
    `${ms(s.p25)}–${ms(s.p75)}`,
    String(s.n),
    ratio(s.median, recharts.median),
  ];
  return [
    ...out,
    table(
      [
        `mount ${f.units} units → first frame after commit`,
        'median',
        'middle half',
        'n',
        '× recharts',
      ],
      [
        row('our DistributionView (@barnets-basta/follow-up)', ours),
        row('recharts BarChart, vertical, 7 stacked bars, no animation', recharts),
      ],
    ),
    '',
    `${f.browser}, viewport ${f.viewport.width}×${f.viewport.height}, ${f.rounds} rounds in ` +
      `alternating order after one untimed pass, one fresh page per sample (\`follow-up.html\` of ` +
      `the bench build): ${f.units} municipalities, one area, seven segments each (five steps, ` +
      `"Vet inte", "Vill inte svara"), the same counts for both. Timed in the page from just ` +
      `before \`render()\` to the first animation frame after React's commit.`,
    ...(f.errors.length ? [`${f.errors.length} failed sample(s): ${f.errors[0]}`] : []),
    '',
  ];
}
