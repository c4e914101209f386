import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_PHASES } from '../follow-up/follow-up-labels.ts';
import { PHASES } from '../shared/plan-paths.ts';
import { isPhase, phaseStep, stepState } from './phase-steps.ts';

describe('phaseStep', () => {
  it('gives the neighbours of a phase in the meeting circle, none past the ends', () => {
    expect(phaseStep(PHASES, 'inledning')).toEqual({
      index: 0,
      previous: undefined,
      next: 'aktuell-situation',
      total: 5,
    });
    expect(phaseStep(PHASES, 'behov')).toEqual({
      index: 2,
      previous: 'aktuell-situation',
      next: 'sammanfattning',
      total: 5,
    });
    expect(phaseStep(FOLLOW_UP_PHASES, 'next')).toEqual({
      index: 5,
      previous: 'changes',
      next: undefined,
      total: 6,
    });
  });

  it('counts a phase that is not in the list as the first (a host passed something else)', () => {
    expect(phaseStep<string>(PHASES, 'nope').index).toBe(0);
  });
});

describe('stepState', () => {
  it('marks the steps before, at and after the current one', () => {
    expect([0, 1, 2, 3].map((i) => stepState(i, 2))).toEqual(['past', 'past', 'current', 'future']);
  });
});

describe('isPhase', () => {
  it('accepts only the listed phases', () => {
    expect(isPhase(PHASES, 'behov')).toBe(true);
    expect(isPhase(PHASES, 'present')).toBe(false);
    expect(isPhase(PHASES, null)).toBe(false);
  });
});
