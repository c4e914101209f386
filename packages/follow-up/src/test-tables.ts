import { defaultPack } from '@barnets-basta/core';
import type {
  AreaLevel,
  FidelityIndicator,
  FollowUpTables,
  PublishedCount,
} from '@barnets-basta/core/follow-up';
import { random } from './test-fixtures.ts';

const LEVELS: AreaLevel[] = [1, 2, 3, 4, 5, 'dont-know', 'declined', 'unanswered'];
const shown = (value: number): PublishedCount => ({ suppressed: false, value });
const hidden: PublishedCount = {
  suppressed: true,
  reason: 'small-group',
  message: { sv: 'Färre än 5: visas inte', en: 'Fewer than 5: not shown' },
};

/** Display names of the test units. */
export const TEST_UNIT_NAMES: Record<string, string> = {
  lan: 'Testlänet',
  'lan/ort': 'Orts kommun',
  'lan/ort/stora': 'Storskolan',
  'lan/ort/lilla': 'Lillskolan',
};

/**
 * Published tables of the shape core's `publish` returns, written by hand for the views' tests: a
 * county, one municipality, a school and a school under the threshold (every figure hidden), two
 * terms, the child's perspective.
 */
export function testTables(): FollowUpTables {
  const rnd = random(42);
  const units = [
    { unit: ['lan'], depth: 1, parent: null, direct: false },
    { unit: ['lan', 'ort'], depth: 2, parent: ['lan'], direct: false },
    { unit: ['lan', 'ort', 'stora'], depth: 3, parent: ['lan', 'ort'], direct: false },
    { unit: ['lan', 'ort', 'lilla'], depth: 3, parent: ['lan', 'ort'], direct: false },
  ];
  const periods = ['2025-H2', '2026-H1'];
  const distribution: FollowUpTables['distribution'] = [];
  const change: FollowUpTables['change'] = [];
  const fidelity: FollowUpTables['fidelity'] = [];
  for (const u of units) {
    const small = u.unit.at(-1) === 'lilla';
    for (const period of periods) {
      for (const area of defaultPack.areas) {
        const cells = LEVELS.map(() => Math.floor(rnd() * 9) + (small ? 0 : 2));
        const n = cells.reduce((a, b) => a + b, 0);
        distribution.push({
          unit: u.unit,
          direct: false,
          period,
          perspective: 'child',
          pack: defaultPack.id,
          scale: 'agree-5',
          area: area.id,
          n: small ? hidden : shown(n),
          levels: LEVELS,
          cells: cells.map((c) => (small ? hidden : shown(c))),
          median: small ? null : 3,
        });
      }
      const indicators: FidelityIndicator[] = [
        'child-wheel-done',
        'started-from-wheel',
        'child-took-part',
        'follow-up-on-time',
        'actions-with-owner-and-date',
      ];
      for (const indicator of indicators) {
        const denominator = small ? 3 : 20 + Math.floor(rnd() * 10);
        const numerator = Math.floor(denominator * (0.5 + rnd() * 0.4));
        fidelity.push({
          unit: u.unit,
          direct: false,
          period,
          indicator,
          numerator: small ? hidden : shown(numerator),
          denominator: small ? hidden : shown(denominator),
          share: small ? null : numerator / denominator,
        });
      }
    }
    for (const area of defaultPack.areas) {
      const up = small ? 1 : 8 + Math.floor(rnd() * 6);
      const same = small ? 1 : 10 + Math.floor(rnd() * 6);
      const down = small ? 0 : 2 + Math.floor(rnd() * 4);
      change.push({
        unit: u.unit,
        direct: false,
        perspective: 'child',
        pack: defaultPack.id,
        scale: 'agree-5',
        area: area.id,
        n: small ? hidden : shown(up + same + down),
        up: small ? hidden : shown(up),
        same: small ? hidden : shown(same),
        down: small ? hidden : shown(down),
      });
    }
  }
  return {
    type: 'bb.follow-up-tables',
    version: 1,
    threshold: 5,
    depth: 3,
    units,
    distribution,
    change,
    fidelity,
  };
}
