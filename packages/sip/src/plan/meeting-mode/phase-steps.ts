// Where a meeting stands in its phases, as plain functions: the first SIP meeting (the meeting
// circle's five phases) and the follow-up meeting (six) step the same way. No React, no DOM.

/**
 * Where `phase` stands among `phases`: its index, the phases before and after it (undefined at
 * the ends) and how many there are. A phase that is not in the list counts as the first.
 *
 * @example
 * ```ts
 * phaseStep(['a', 'b', 'c'], 'b'); // { index: 1, previous: 'a', next: 'c', total: 3 }
 * ```
 */
export function phaseStep<P>(
  phases: readonly P[],
  phase: P,
): { index: number; previous: P | undefined; next: P | undefined; total: number } {
  const index = Math.max(phases.indexOf(phase), 0);
  return {
    index,
    previous: index > 0 ? phases[index - 1] : undefined,
    next: index < phases.length - 1 ? phases[index + 1] : undefined,
    total: phases.length,
  };
}

/**
 * A step of the progress indicator as it is drawn: done, the current one, or still to come.
 *
 * @example
 * ```ts
 * stepState(0, 2); // 'past'
 * ```
 */
export function stepState(index: number, current: number): 'past' | 'current' | 'future' {
  if (index === current) return 'current';
  return index < current ? 'past' : 'future';
}

/**
 * True when `value` is one of `phases` (an attribute read back from the DOM, a host's string).
 *
 * @example
 * ```ts
 * isPhase(PHASES, 'behov'); // true
 * ```
 */
export function isPhase<P extends string>(phases: readonly P[], value: unknown): value is P {
  return typeof value === 'string' && (phases as readonly string[]).includes(value);
}
