import { defaultPack, formatMessage } from '@barnets-basta/core';
import {
  closeCases,
  publish,
  SUPPRESSION_MESSAGES,
  type SuppressionReason,
  toPartial,
  type ChangeRow,
  type DistributionRow,
  type FidelityRecord,
  type FidelityRow,
  type FollowUpStatus,
  type FollowUpTables,
  type PublishedCount,
  type StatisticsRecord,
} from '@barnets-basta/core/follow-up';

/**
 * A fictional county for the demo: 9 municipalities, their schools, several hundred cases with
 * two or three readings each over four terms, and a few SIP plans per school. Generated from a
 * fixed seed, so every visitor (and every test) sees the same figures. Some schools are so small
 * that disclosure control must hide them.
 */

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COUNTY = { id: 'sjobacka', name: 'Sjöbacka län' };

/** Municipalities and their schools: [id, name, [school id, name, cases]]. */
const MUNICIPALITIES: [string, string, [string, string, number][]][] = [
  [
    'alby',
    'Alby kommun',
    [
      ['alby-centralskola', 'Centralskolan', 38],
      ['ekbacken', 'Ekbackens skola', 24],
      ['norrgarden', 'Norrgårdens skola', 3],
    ],
  ],
  [
    'bergsjo',
    'Bergsjö kommun',
    [
      ['bergsjo-skola', 'Bergsjö skola', 31],
      ['tallmon', 'Tallmoskolan', 19],
    ],
  ],
  [
    'dalby',
    'Dalby kommun',
    [
      ['dalby-skola', 'Dalbyskolan', 27],
      ['lilla-dal', 'Lilla Dals skola', 4],
    ],
  ],
  [
    'forsa',
    'Forsa kommun',
    [
      ['forsa-skola', 'Forsaskolan', 44],
      ['kvarnen', 'Kvarnskolan', 22],
      ['strand', 'Strandskolan', 17],
    ],
  ],
  [
    'hamra',
    'Hamra kommun',
    [
      ['hamra-skola', 'Hamraskolan', 29],
      ['byskolan', 'Byskolan Hamra', 2],
    ],
  ],
  [
    'lunda',
    'Lunda kommun',
    [
      ['lunda-skola', 'Lundaskolan', 36],
      ['bjorken', 'Björkenskolan', 21],
    ],
  ],
  [
    'mora-by',
    'Moraby kommun',
    [
      ['moraby-skola', 'Moraby skola', 25],
      ['granen', 'Granskolan', 16],
    ],
  ],
  [
    'solvik',
    'Solviks kommun',
    [
      ['solvik-skola', 'Solviksskolan', 33],
      ['hagen', 'Hagaskolan', 20],
      ['udden', 'Uddens skola', 4],
    ],
  ],
  [
    'vasta',
    'Västa kommun',
    [
      ['vasta-skola', 'Västaskolan', 28],
      ['lingon', 'Lingonskolan', 18],
    ],
  ],
];

/** The four terms the demo covers, oldest first. */
export const PERIODS = ['2025-H1', '2025-H2', '2026-H1', '2026-H2'] as const;

/** Display names of every unit by path key (`sjobacka/alby/ekbacken`). */
export const UNIT_NAMES: Record<string, string> = (() => {
  const names: Record<string, string> = { [COUNTY.id]: COUNTY.name };
  for (const [m, name, schools] of MUNICIPALITIES) {
    names[`${COUNTY.id}/${m}`] = name;
    for (const [s, school] of schools) names[`${COUNTY.id}/${m}/${s}`] = school;
  }
  return names;
})();

/** The schools that are too small to show (fewer cases than the threshold). */
export const SMALL_SCHOOLS = MUNICIPALITIES.flatMap(([m, , schools]) =>
  schools
    .filter(([, , cases]) => cases < 5)
    .map(([s, name]) => ({ path: [COUNTY.id, m, s], name })),
);

const clamp = (v: number) => Math.max(1, Math.min(5, v));

/** Every statistics and fidelity record of the county. */
export function countyRecords(): (StatisticsRecord | FidelityRecord)[] {
  const rnd = random(20_260_301);
  const areas = defaultPack.areas.map((a) => a.id);
  const records: (StatisticsRecord | FidelityRecord)[] = [];
  let caseNo = 0;
  for (const [m, , schools] of MUNICIPALITIES) {
    for (const [s, , cases] of schools) {
      const unit = [COUNTY.id, m, s];
      for (let c = 0; c < cases; c++) {
        caseNo++;
        const id = `fall-${caseNo.toString(36)}`;
        const readings = rnd() < 0.6 ? 2 : 3;
        const startTerm = Math.floor(rnd() * (PERIODS.length - readings + 1));
        // Each area starts somewhere and drifts a little between readings; most cases move up.
        const base = areas.map(() => 1 + Math.floor(rnd() * 4));
        const drift = areas.map(() => (rnd() < 0.55 ? 1 : rnd() < 0.6 ? 0 : -1));
        for (const perspective of ['child', 'guardian'] as const) {
          if (perspective === 'guardian' && rnd() < 0.35) continue;
          for (let r = 0; r < readings; r++) {
            const levels: StatisticsRecord['areas'] = {};
            areas.forEach((area, i) => {
              const x = rnd();
              levels[area] =
                x < 0.05
                  ? 'dont-know'
                  : x < 0.08
                    ? 'declined'
                    : x < 0.1
                      ? 'unanswered'
                      : clamp(
                          base[i]! +
                            drift[i]! * r +
                            (perspective === 'guardian' ? (rnd() < 0.3 ? -1 : 0) : 0),
                        );
            });
            records.push({
              type: 'bb.statistics-record',
              version: 1,
              case: id,
              unit,
              period: PERIODS[startTerm + r]!,
              perspective,
              pack: defaultPack.id,
              scale: 'agree-5',
              reading: r + 1,
              areas: levels,
            });
          }
        }
      }
      // A few SIP plans per school and term.
      for (const period of PERIODS) {
        const plans = Math.max(1, Math.round(cases / 8 + rnd() * 2));
        for (let p = 0; p < plans; p++) {
          const actions = 2 + Math.floor(rnd() * 4);
          const followUp: FollowUpStatus =
            rnd() < 0.7 ? 'on-time' : rnd() < 0.5 ? 'late' : 'not-held';
          records.push({
            type: 'bb.fidelity-record',
            version: 1,
            unit,
            period,
            startedFromWheel: rnd() < 0.65,
            childTookPart: rnd() < 0.75,
            followUp,
            actions,
            actionsWithOwnerAndDate: actions - (rnd() < 0.3 ? 1 : 0),
          });
        }
      }
    }
  }
  return records;
}

/** The county's published tables (threshold 5), as a county would publish them. */
export function countyTables(threshold = 5): FollowUpTables {
  const partial = toPartial(countyRecords());
  if (!partial.ok)
    throw new Error('The demo data is invalid: ' + JSON.stringify(partial.issues[0]));
  const tables = publish(closeCases(partial.value), { threshold });
  if (!tables.ok)
    throw new Error('The demo data could not be published: ' + JSON.stringify(tables.issues[0]));
  return tables.value;
}

/** A published count as the page stores it: the value, or the reason it is hidden. */
type StoredCount = number | SuppressionReason;

/** The published tables with each count in the form `C`. */
type TablesWith<C> = Omit<FollowUpTables, 'distribution' | 'change' | 'fidelity'> & {
  distribution: (Omit<DistributionRow, 'n' | 'cells'> & { n: C; cells: C[] })[];
  change: (Omit<ChangeRow, 'n' | 'up' | 'same' | 'down'> & { n: C; up: C; same: C; down: C })[];
  fidelity: (Omit<FidelityRow, 'numerator' | 'denominator'> & { numerator: C; denominator: C })[];
};

/** The same tables with every count passed through `c`: the one place that knows where counts are. */
function mapCounts<A, B>(t: TablesWith<A>, c: (count: A) => B): TablesWith<B> {
  return {
    ...t,
    distribution: t.distribution.map((r) => ({ ...r, n: c(r.n), cells: r.cells.map(c) })),
    change: t.change.map((r) => ({
      ...r,
      n: c(r.n),
      up: c(r.up),
      same: c(r.same),
      down: c(r.down),
    })),
    fidelity: t.fidelity.map((r) => ({
      ...r,
      numerator: c(r.numerator),
      denominator: c(r.denominator),
    })),
  };
}

/**
 * The published tables as stored for the page: each count as its value or, when hidden, its
 * reason (the texts are the same for every hidden cell and are put back by
 * {@link storedTables}). That keeps the file well under half of `publish`'s JSON and lets the page
 * rebuild the tables with plain loops instead of a reviver over every value. Publishing the whole
 * county with complementary suppression takes seconds, too long for a page load, so the demo ships
 * what `countyTables()` returned (a test checks the file is still exactly that).
 *
 * @example
 * writeFileSync('county-tables.json', JSON.stringify(compactTables(countyTables())));
 */
export function compactTables(tables: FollowUpTables): unknown {
  return mapCounts<PublishedCount, StoredCount>(tables, (f) => (f.suppressed ? f.reason : f.value));
}

/**
 * The stored tables as `publish` returned them: every count as core's published count, a hidden
 * one with core's default texts for its reason (formatted once per reason).
 *
 * @example
 * const tables = storedTables(stored); // stored: the imported county-tables.json
 */
export function storedTables(stored: unknown): FollowUpTables {
  const s = stored as TablesWith<StoredCount>;
  const texts = new Map<SuppressionReason, { sv: string; en: string }>();
  const message = (reason: SuppressionReason) => {
    let text = texts.get(reason);
    if (!text) {
      const t = SUPPRESSION_MESSAGES[reason];
      text = {
        sv: formatMessage(t.sv, { threshold: s.threshold }),
        en: formatMessage(t.en, { threshold: s.threshold }),
      };
      texts.set(reason, text);
    }
    return text;
  };
  return mapCounts<StoredCount, PublishedCount>(s, (f) =>
    typeof f === 'number'
      ? { suppressed: false, value: f }
      : { suppressed: true, reason: f, message: message(f) },
  );
}
