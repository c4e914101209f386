import axe from 'axe-core';

/** WCAG 2.2 AA and best-practice rules: what the project promises (EN 301 549 + WCAG 2.2). */
const RUN_ONLY = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe in the real browser page and returns the violations (empty when clean). */
export async function axeViolations(context: Element | Document = document) {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: RUN_ONLY },
    // A single component rendered in a test has no page-level landmarks or h1; stories and the
    // demo app are checked for those in their own runs.
    rules: {
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  return results.violations;
}

/** Fails with a readable list when axe finds anything. */
export async function expectNoAxeViolations(context: Element | Document = document) {
  const violations = await axeViolations(context);
  if (violations.length > 0) {
    const lines = violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    );
    throw new Error(`axe found ${violations.length} violation(s):\n${lines.join('\n')}`);
  }
}
