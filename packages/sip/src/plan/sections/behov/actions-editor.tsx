import { areaTexts, formatMessage, type Principal, type SipAction } from '@barnets-basta/core';
import { Checkboxes, Radios, Textarea, TextInput, type DateParts } from '../../../form/index.ts';
import { PRINCIPALS, principalLabel } from '../../shared/labels.ts';
import {
  memoEditor,
  replaceAt,
  withOptional,
  type PlanSectionApi,
} from '../../shared/plan-section-api.ts';
import { newId } from '../../shared/plan-utils.ts';
import { RowFieldset, RowListGroup, useRowList } from '../../shared/row-list.tsx';
import { PlanDateInput } from '../../shared/plan-date-input.tsx';
import { unfinishedDate, withTypedDate } from '../../shared/plan-dates.ts';

/**
 * Actions (insatser): what, which areas, who (organisation, contact person, principal), how
 * often, start, end and follow-up. Adding focuses the new row's first field; removing focuses the
 * previous row (or the add button) and announces it.
 */
export const ActionsEditor = memoEditor(
  function ActionsEditor({ s }: { s: PlanSectionApi }) {
    const { plan, m, id, name, update, pack, locale, errorFor } = s;
    const actions = plan.actions;
    const listError = errorFor('actions');

    /** Changes one action in place; every field of the row goes through here. */
    const editAction = (index: number, change: (action: SipAction) => SipAction) =>
      update((p) => ({
        ...p,
        actions: replaceAt(p.actions, index, change(p.actions[index]!)),
      }));

    const edit = <K extends keyof SipAction>(
      index: number,
      key: K,
      value: SipAction[K] | '' | undefined,
    ) => editAction(index, (a) => withOptional(a, key, value));

    const editDate = (index: number, key: 'start' | 'end' | 'followUpBy', parts: DateParts) =>
      editAction(index, (a) => withTypedDate(a, key, parts));

    const { add, remove } = useRowList({
      s,
      path: 'actions',
      rows: actions,
      setRows: (change) => update((p) => ({ ...p, actions: change(p.actions) })),
      create: () => ({ id: newId('action'), areas: [], what: '' }),
      firstField: (index) => id('actions', index, 'what'),
      added: m.actionAdded,
      removed: m.actionRemoved,
    });

    const areaOptions = pack.areas.map((area) => ({
      value: area.id,
      label: areaTexts(pack, area, locale).name || area.id,
    }));

    return (
      <RowListGroup
        s={s}
        path="actions"
        heading={m.actionsHeading}
        hint={m.actionsHint}
        hintId={id('actions', 'hint')}
        error={listError}
        empty={actions.length === 0 ? m.actionsEmpty : null}
        addLabel={m.actionAdd}
        onAdd={add}
      >
        {actions.map((action, index) => {
          const n = index + 1;
          return (
            <RowFieldset
              key={action.id}
              s={s}
              path="actions"
              index={index}
              legend={formatMessage(m.actionLegend, { n })}
              removeLabel={formatMessage(m.actionRemove, { n })}
              onRemove={() => remove(index)}
            >
              <Textarea
                id={id('actions', index, 'what')}
                name={name('actions', index, 'what')}
                label={m.actionWhat}
                rows={2}
                error={errorFor('actions', index, 'what')}
                value={action.what ?? ''}
                onChange={(what) =>
                  // `what` is required in the data: an empty row keeps `''` (a blank row to the check).
                  editAction(index, (a) => ({ ...a, what }))
                }
              />
              <Checkboxes
                id={id('actions', index, 'areas')}
                name={name('actions', index, 'areas')}
                legend={m.actionAreas}
                options={areaOptions}
                value={action.areas ?? []}
                onChange={(areas) => editAction(index, (a) => ({ ...a, areas }))}
              />
              <TextInput
                id={id('actions', index, 'organisation')}
                name={name('actions', index, 'organisation')}
                label={m.actionOrganisation}
                hint={m.actionOrganisationHint}
                error={errorFor('actions', index, 'organisation')}
                autoComplete="off"
                value={action.organisation ?? ''}
                onChange={(v) => edit(index, 'organisation', v)}
              />
              <TextInput
                id={id('actions', index, 'contactPerson')}
                name={name('actions', index, 'contactPerson')}
                label={m.actionContactPerson}
                autoComplete="off"
                value={action.contactPerson ?? ''}
                onChange={(v) => edit(index, 'contactPerson', v)}
              />
              <Radios
                id={id('actions', index, 'principal')}
                name={name('actions', index, 'principal')}
                legend={m.actionPrincipal}
                hint={m.actionPrincipalHint}
                error={errorFor('actions', index, 'principal')}
                options={PRINCIPALS.map((p) => ({
                  value: p,
                  label: principalLabel(p, m),
                  hint: p === 'other' ? m.principalOtherHint : undefined,
                }))}
                value={action.principal ?? ''}
                onChange={(v) => edit(index, 'principal', v as Principal)}
              />
              <TextInput
                id={id('actions', index, 'frequency')}
                name={name('actions', index, 'frequency')}
                label={m.actionFrequency}
                hint={m.actionFrequencyHint}
                autoComplete="off"
                width="20"
                value={action.frequency ?? ''}
                onChange={(v) => edit(index, 'frequency', v)}
              />
              <div className="bb-plan-dates">
                {(
                  [
                    ['start', m.actionStart],
                    ['end', m.actionEnd],
                    ['followUpBy', m.actionFollowUpBy],
                  ] as const
                ).map(([key, legend]) => (
                  <PlanDateInput
                    key={key}
                    s={s}
                    path={['actions', index, key]}
                    legend={legend}
                    value={action[key]}
                    unfinished={unfinishedDate(action, key)}
                    onParts={(parts) => editDate(index, key, parts)}
                  />
                ))}
              </div>
            </RowFieldset>
          );
        })}
      </RowListGroup>
    );
  },
  ['actions'],
);
