import { useEffect, useRef, useState } from 'react';
import {
  formatMessage,
  type IsoDate,
  type IssuePath,
  type UnfinishedDate,
} from '@barnets-basta/core';
import { DateInput, isoToDateParts, parseDateParts, type DateParts } from '../../form/index.ts';
import { dateProblem } from './plan-dates.ts';
import type { PlanSectionApi } from './plan-section-api.ts';

/**
 * A date of the plan as three fields. What is typed is never thrown away: parts that do not make a
 * real date are reported through `onParts` (the caller stores them with `withTypedDate`, so they
 * survive a reload) while the plan keeps its last real date. The field then says what is wrong and
 * that the earlier date is kept; the message waits until focus leaves the date, so it does not
 * nag while someone is still typing, and shows at once for a date restored from a draft. Leaving
 * the date also says it in the live region: focus has already moved on from the message.
 */
export function PlanDateInput({
  s,
  path,
  legend,
  value,
  unfinished,
  onParts,
}: {
  s: PlanSectionApi;
  path: IssuePath;
  /** The question; also names the date in the announcement. */
  legend: string;
  /** The plan's real date for this field. */
  value: IsoDate | undefined;
  /** What was typed and is not a real date yet (from the plan's `unfinishedDates`). */
  unfinished: UnfinishedDate | undefined;
  onParts: (parts: DateParts) => void;
}) {
  const { id, name, errorFor, locale, m, announce } = s;
  // The parts last typed here: kept as typed ("05") while they still spell the plan's date.
  const [typed, setTyped] = useState<DateParts | null>(null);
  const [editing, setEditing] = useState(false);

  const typedResult = typed ? parseDateParts(typed) : null;
  const parts =
    unfinished ??
    (typed && typedResult?.ok && typedResult.iso === value ? typed : isoToDateParts(value));
  const problem = unfinished ? dateProblem(unfinished, value, locale, m) : undefined;
  // The form's message (after "Markera planen som klar", or a problem in the data) comes first.
  const formError = errorFor(...path);
  const ownError = editing ? undefined : problem?.text;
  const error = formError ?? ownError;

  // Focus leaving the three fields (not moving between them) ends the typing.
  const root = useRef<HTMLDivElement>(null);
  const onLeave = useRef(() => {});
  onLeave.current = () => {
    if (!editing) return;
    setEditing(false);
    if (problem) announce(formatMessage(m.dateProblemIn, { field: legend, problem: problem.text }));
  };
  useEffect(() => {
    const node = root.current;
    if (!node) return;
    const handle = (event: FocusEvent) => {
      if (!node.contains(event.relatedTarget as Node | null)) onLeave.current();
    };
    node.addEventListener('focusout', handle);
    return () => node.removeEventListener('focusout', handle);
  }, []);

  return (
    <div className="bb-plan-date" ref={root}>
      <DateInput
        id={id(...path)}
        name={name(...path)}
        legend={legend}
        parts={parts}
        error={error}
        invalidParts={error && problem ? problem.invalidParts : undefined}
        onChange={(_iso, next) => {
          setTyped(next);
          setEditing(true);
          onParts(next);
        }}
      />
    </div>
  );
}
