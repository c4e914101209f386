import { formatMessage, type Goal } from '@barnets-basta/core';
import type { PlanMessages } from '../../../i18n/plan-messages.ts';
import { Textarea } from '../../../form/index.ts';
import { usePendingFocus } from '../../shared/plan-context.tsx';
import {
  removeAt,
  replaceAt,
  type PlanSectionApi,
  memoEditor,
} from '../../shared/plan-section-api.ts';
import { newId } from '../../shared/plan-utils.ts';
import { Heading } from '../../shared/section-shell.tsx';

type Term = Goal['term'];

const KEYS: Record<
  Term,
  Record<'heading' | 'label' | 'add' | 'remove' | 'added' | 'removed', keyof PlanMessages>
> = {
  short: {
    heading: 'goalsShortHeading',
    label: 'goalShortLabel',
    add: 'goalAddShort',
    remove: 'goalShortRemove',
    added: 'goalShortAdded',
    removed: 'goalShortRemoved',
  },
  long: {
    heading: 'goalsLongHeading',
    label: 'goalLongLabel',
    add: 'goalAddLong',
    remove: 'goalLongRemove',
    added: 'goalLongAdded',
    removed: 'goalLongRemoved',
  },
};

/** The child's goals, short and long term, in the child's own words. */
export const GoalsEditor = memoEditor(
  function GoalsEditor({ s }: { s: PlanSectionApi }) {
    const { plan, m, id, headingLevel } = s;
    return (
      <div className="bb-plan-group" id={id('goals')}>
        <Heading level={headingLevel + 1} className="bb-plan-group__heading">
          {m.goalsHeading}
        </Heading>
        <p className="bb-hint">{m.goalsHint}</p>
        {plan.goals.length === 0 ? <p className="bb-plan-empty">{m.goalsEmpty}</p> : null}
        <TermGoals s={s} term="short" />
        <TermGoals s={s} term="long" />
      </div>
    );
  },
  ['goals'],
);

function TermGoals({ s, term }: { s: PlanSectionApi; term: Term }) {
  const { plan, m, id, name, update, announce, headingLevel } = s;
  const focus = usePendingFocus();
  const keys = KEYS[term];
  // Ids follow the goal's place in `plan.goals` (the data path); numbers count within the term.
  const rows = plan.goals
    .map((goal, index) => ({ goal, index }))
    .filter(({ goal }) => (goal.term ?? 'long') === term);
  const addId = id('goals', 'add', term);

  const add = () => {
    const index = plan.goals.length;
    update((p) => ({ ...p, goals: [...p.goals, { id: newId('goal'), text: '', term }] }));
    focus(id('goals', index, 'text'));
    announce(formatMessage(m[keys.added], { n: rows.length + 1 }));
  };
  const remove = (row: number) => {
    const index = rows[row]!.index;
    update((p) => ({ ...p, goals: removeAt(p.goals, index) }));
    // The previous goal of the same term keeps its index (it comes earlier in the list).
    focus(row > 0 ? id('goals', rows[row - 1]!.index, 'remove') : addId);
    announce(formatMessage(m[keys.removed], { n: row + 1 }));
  };

  return (
    <div className="bb-plan-subgroup" data-term={term}>
      <Heading level={headingLevel + 2} className="bb-plan-subgroup__heading">
        {m[keys.heading]}
      </Heading>
      <ol className="bb-plan-rows bb-plan-rows--compact">
        {rows.map(({ goal, index }, row) => (
          <li key={goal.id} className="bb-plan-row">
            <Textarea
              id={id('goals', index, 'text')}
              name={name('goals', index, 'text')}
              label={formatMessage(m[keys.label], { n: row + 1 })}
              rows={2}
              value={goal.text ?? ''}
              onChange={(text) =>
                update((p) => ({ ...p, goals: replaceAt(p.goals, index, { ...goal, text }) }))
              }
            />
            <button
              type="button"
              id={id('goals', index, 'remove')}
              className="bb-plan-button bb-plan-button--remove"
              onClick={() => remove(row)}
            >
              {formatMessage(m[keys.remove], { n: row + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" id={addId} className="bb-plan-button bb-plan-button--add" onClick={add}>
        {m[keys.add]}
      </button>
    </div>
  );
}
