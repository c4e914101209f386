import type { ReactNode } from 'react';
import { formatMessage } from '@barnets-basta/core';
import { ErrorMessage, Fieldset } from '../../form/index.ts';
import { usePendingFocus } from './plan-context.tsx';
import { removeAt, type PlanSectionApi } from './plan-section-api.ts';
import { Heading } from './section-shell.tsx';

/** How {@link useRowList} adds and removes rows of one list of the plan. */
interface RowListOptions<T> {
  s: PlanSectionApi;
  /** The list's key in the plan: the first part of every row's field ids. */
  path: string;
  /** The rows as rendered: the new row's number and the focus targets follow them. */
  rows: readonly T[];
  /** Applies a change to the list (from the latest plan or the rendered rows, as the editor needs). */
  setRows: (change: (rows: readonly T[]) => T[]) => void;
  /** A new, empty row. */
  create: () => T;
  /** Id of the field to focus in the new row at `index`. */
  firstField: (index: number) => string;
  /** Announcements, with `{n}` for the row's number. */
  added: string;
  removed: string;
}

/**
 * Add and remove for a list of rows: adding focuses the new row's first field, removing focuses
 * the previous row's remove button (or the add button), and both are announced.
 */
export function useRowList<T>({
  s,
  path,
  rows,
  setRows,
  create,
  firstField,
  added,
  removed,
}: RowListOptions<T>) {
  const { id, announce } = s;
  const focus = usePendingFocus();
  const add = () => {
    const index = rows.length;
    setRows((list) => [...list, create()]);
    focus(firstField(index));
    announce(formatMessage(added, { n: index + 1 }));
  };
  const remove = (index: number) => {
    setRows((list) => removeAt(list, index));
    focus(index > 0 ? id(path, index - 1, 'remove') : id(path, 'add'));
    announce(formatMessage(removed, { n: index + 1 }));
  };
  return { add, remove, focus };
}

/**
 * The frame of a list editor: heading, hint, an optional list error, the empty note, the rows
 * (`<li>`s) and the add button, with the ids {@link useRowList} moves focus to.
 */
export function RowListGroup({
  s,
  path,
  heading,
  hint,
  hintId,
  error,
  empty,
  addLabel,
  onAdd,
  children,
}: {
  s: PlanSectionApi;
  path: string;
  heading: ReactNode;
  hint: ReactNode;
  hintId?: string;
  error?: string;
  /** The note shown when there are no rows, or `null` when there are. */
  empty: ReactNode;
  addLabel: ReactNode;
  onAdd: () => void;
  children: ReactNode;
}) {
  const { id, headingLevel } = s;
  return (
    <div className="bb-plan-group" id={id(path)} data-invalid={error ? true : undefined}>
      <Heading level={headingLevel + 1} className="bb-plan-group__heading">
        {heading}
      </Heading>
      <p className="bb-hint" id={hintId}>
        {hint}
      </p>
      {error ? <ErrorMessage id={id(path, 'error')}>{error}</ErrorMessage> : null}
      {empty != null ? <p className="bb-plan-empty">{empty}</p> : null}
      <ol className="bb-plan-rows">{children}</ol>
      <button
        type="button"
        id={id(path, 'add')}
        className="bb-plan-button bb-plan-button--add"
        aria-describedby={error ? id(path, 'error') : undefined}
        onClick={onAdd}
      >
        {addLabel}
      </button>
    </div>
  );
}

/** One row of a list editor: a numbered fieldset ending in the row's remove button. */
export function RowFieldset({
  s,
  path,
  index,
  legend,
  removeLabel,
  onRemove,
  children,
}: {
  s: PlanSectionApi;
  path: string;
  index: number;
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  const { id } = s;
  return (
    <li className="bb-plan-row">
      <Fieldset id={id(path, index)} legend={legend} className="bb-plan-row__fieldset">
        {children}
        <button
          type="button"
          id={id(path, index, 'remove')}
          className="bb-plan-button bb-plan-button--remove"
          onClick={onRemove}
        >
          {removeLabel}
        </button>
      </Fieldset>
    </li>
  );
}
