// Issue 14's bench case: 290 municipalities, one area, seven segments each (five steps, "Vet
// inte", "Vill inte svara"). Plain numbers, the same for both contenders.

export const KEYS = ['1', '2', '3', '4', '5', 'dont-know', 'declined'] as const;
export const UNITS = 290;

/** Deterministic counts per unit (no randomness between runs). */
export function unitCounts(): { name: string; counts: number[] }[] {
  return Array.from({ length: UNITS }, (_, i) => ({
    name: `Kommun ${i + 1}`,
    counts: KEYS.map((_, k) => 5 + ((i * 31 + k * 17) % 40)),
  }));
}
