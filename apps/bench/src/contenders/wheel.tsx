import {
  createAssessment,
  defaultPack,
  setAnswer,
  type Assessment,
  type PerspectiveKind,
} from '@barnets-basta/core';
import { Wheel, type WheelProps } from '@barnets-basta/wheel';
import { useLayoutEffect, useState } from 'react';
import { PERSPECTIVES, ratings, type InstanceProps } from '../data.ts';

// Fixed, so every run builds identical assessments.
const NOW = new Date('2026-03-01T08:00:00.000Z');
const KINDS: PerspectiveKind[] = ['child', 'guardian', 'school'];

/** The three perspectives of instance `index` as assessments, the way a host builds them. */
function assessments(index: number): Assessment[] {
  return ratings(index).map((values, p) => {
    let a = createAssessment({
      pack: defaultPack,
      scale: 'agree-5',
      perspective: { kind: KINDS[p]!, label: PERSPECTIVES[p]!.label },
      id: `${PERSPECTIVES[p]!.id}-${index}`,
      now: NOW,
    });
    defaultPack.areas.forEach((area, i) => {
      a = setAnswer(a, area.id, { kind: 'value', value: values[i]! }, NOW);
    });
    return a;
  });
}

/**
 * Our wheel with three perspectives: the child's answers are the (controlled) value, the
 * guardian's and the school's are drawn over them as series.
 */
export function WheelInstance({ index, animate = false, onCommit }: InstanceProps) {
  const [initial] = useState(() => assessments(index));
  const [value, setValue] = useState(initial[0]!);
  const [series] = useState<WheelProps['series']>(() =>
    initial.slice(1).map((assessment, i) => ({
      id: PERSPECTIVES[i + 1]!.id,
      label: PERSPECTIVES[i + 1]!.label,
      assessment,
    })),
  );
  useLayoutEffect(() => onCommit?.(), [value, onCommit]);
  return (
    <form className="bench-instance" aria-label="Skattning">
      <Wheel value={value} onChange={setValue} series={series} locale="sv" animate={animate} />
    </form>
  );
}
