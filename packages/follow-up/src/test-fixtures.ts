import { areaTexts, defaultPack } from '@barnets-basta/core';
import type {
  ChangeRow,
  CompareGroup,
  DistributionRow,
  FidelityRow,
  Figure,
} from './model/types.ts';
import { count, suppressed } from './shared/figures.ts';

/** A deterministic pseudo-random sequence (mulberry32), so stories and tests draw the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['1', '2', '3', '4', '5', 'dont-know', 'declined'] as const;

/** One bar's counts for `n` answers, spread by the seed. */
export function spread(n: number, seed: number): DistributionRow['counts'] {
  const rnd = random(seed);
  const weights = KEYS.map((k, i) =>
    k === 'declined' ? 0.3 : k === 'dont-know' ? 0.6 : 1 + i * rnd(),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  const counts: Record<string, Figure> = {};
  let left = n;
  KEYS.forEach((k, i) => {
    const c = i === KEYS.length - 1 ? left : Math.min(left, Math.round((weights[i]! / total) * n));
    left -= c;
    counts[k] = count(c);
  });
  return counts;
}

/** The default pack's areas in its order, with names in a language. */
export function areas(lang: 'sv' | 'en' = 'sv') {
  return defaultPack.areas.map((a) => ({
    id: a.id,
    label: areaTexts(defaultPack, a, lang).name,
    color: a.color,
  }));
}

/** A unit's distribution per area. */
export function distributionRows(lang: 'sv' | 'en' = 'sv', n = 48): DistributionRow[] {
  return areas(lang).map((a, i) => ({
    ...a,
    n: count(n - (i % 3)),
    counts: spread(n - (i % 3), i + 1),
  }));
}

/** Rows with a hidden bar and hidden cells inside a shown bar. */
export function suppressedRows(lang: 'sv' | 'en' = 'sv'): DistributionRow[] {
  const rows = distributionRows(lang, 20);
  rows[1] = { ...rows[1]!, n: suppressed('small-group'), counts: {} };
  rows[2] = {
    ...rows[2]!,
    counts: {
      ...rows[2]!.counts,
      declined: suppressed('small-group'),
      'dont-know': suppressed('complementary-row'),
    },
  };
  return rows;
}

/** Change per area. */
export function changeRows(lang: 'sv' | 'en' = 'sv'): ChangeRow[] {
  return areas(lang).map((a, i) => {
    const rnd = random(100 + i);
    const n = 30 + i;
    const up = Math.round(n * (0.2 + 0.3 * rnd()));
    const down = Math.round(n * 0.15 * rnd());
    return { ...a, n: count(n), up: count(up), same: count(n - up - down), down: count(down) };
  });
}

/** The fidelity indicators. */
export function fidelityRows(lang: 'sv' | 'en' = 'sv'): FidelityRow[] {
  const sv = lang === 'sv';
  return [
    {
      id: 'child-wheel',
      label: sv
        ? 'Barnets eget hjul gjort i utredningen'
        : "The child's own wheel done in the investigation",
      numerator: count(36),
      denominator: count(50),
    },
    {
      id: 'sip-from-wheel',
      label: sv ? 'SIP startad från hjulet' : 'SIP started from the wheel',
      numerator: count(9),
      denominator: count(14),
    },
    {
      id: 'child-took-part',
      label: sv ? 'Barnet deltog i SIP-mötet' : 'The child took part in the SIP meeting',
      numerator: suppressed('small-group'),
      denominator: count(14),
    },
    {
      id: 'follow-up-on-time',
      label: sv ? 'Uppföljningen hölls i tid' : 'The follow-up was held on time',
      numerator: count(11),
      denominator: count(14),
    },
    {
      id: 'actions-owner-date',
      label: sv ? 'Insatser med ansvarig och datum' : 'Actions with an owner and a date',
      numerator: count(61),
      denominator: count(70),
    },
  ];
}

/** `count` municipalities (for the "many units" case): one area's bar each. */
export function manyUnits(howMany = 290): DistributionRow[] {
  return Array.from({ length: howMany }, (_, i) => {
    const n = 5 + Math.floor(random(i + 7)() * 200);
    return n < 12
      ? { id: `k${i}`, label: `Kommun ${i + 1}`, n: suppressed('small-group'), counts: {} }
      : { id: `k${i}`, label: `Kommun ${i + 1}`, n: count(n), counts: spread(n, i + 3) };
  });
}

/** `howMany` municipalities' change for one area (the "many units" case). */
export function manyChangeRows(howMany = 290): ChangeRow[] {
  return Array.from({ length: howMany }, (_, i) => {
    const n = 10 + ((i * 37) % 90);
    const up = Math.round(n * (0.2 + ((i * 13) % 30) / 100));
    const down = Math.round(n * (((i * 7) % 15) / 100));
    return {
      id: `k${i}`,
      label: `Kommun ${i + 1}`,
      n: count(n),
      up: count(up),
      same: count(n - up - down),
      down: count(down),
    };
  });
}

/** One fidelity indicator for `howMany` municipalities, every 17th numerator hidden. */
export function manyFidelityRows(howMany = 290): FidelityRow[] {
  return Array.from({ length: howMany }, (_, i) => ({
    id: `k${i}`,
    label: `Kommun ${i + 1}`,
    numerator: i % 17 === 0 ? suppressed() : count(10 + (i % 40)),
    denominator: count(60 + (i % 20)),
  }));
}

/** Schools side by side over three terms for one area. */
export function compareGroups(): CompareGroup[] {
  const terms = ['HT 2025', 'VT 2026', 'HT 2026'];
  const schools = ['Ekskolan', 'Björkskolan', 'Lindskolan', 'Lilla byskolan'];
  return terms.map((t, ti) => ({
    id: t,
    label: t,
    rows: schools.map((s, si) => {
      const n = si === 3 ? 3 : 20 + ti * 4 + si * 7;
      return n < 5
        ? { id: s, label: s, n: suppressed('small-group'), counts: {} }
        : { id: s, label: s, n: count(n), counts: spread(n, ti * 10 + si) };
    }),
  }));
}
