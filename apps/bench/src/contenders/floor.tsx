import { useLayoutEffect, useState } from 'react';
import { ratings, type ChoiceValue, type InstanceProps } from '../data.ts';
import { RatingForm } from './rating-form.tsx';

/** The floor: the child's ratings as eight native radio fieldsets, nothing drawn. */
export function FloorInstance({ index, onCommit }: InstanceProps) {
  const [values, setValues] = useState<ChoiceValue[]>(() =>
    ratings(index)[0]!.map((v) => String(v) as ChoiceValue),
  );
  useLayoutEffect(() => onCommit?.(), [values, onCommit]);
  return (
    <form className="bench-instance" aria-label="Skattning">
      <RatingForm
        values={values}
        onChange={(area, value) => setValues((prev) => prev.with(area, value))}
      />
    </form>
  );
}
