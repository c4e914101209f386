import {
  formatMessage,
  type Disagreement,
  type Principal,
  type SipPlan,
} from '@barnets-basta/core';
import { Fieldset, Radios, Textarea, TextInput } from '../../../form/index.ts';
import { principalLabel } from '../../shared/labels.ts';
import { usePlanSection, type PlanSectionProps } from '../../shared/plan-context.tsx';
import {
  memoEditor,
  replaceAt,
  withOptional,
  type PlanSectionApi,
} from '../../shared/plan-section-api.ts';
import { newId } from '../../shared/plan-utils.ts';
import { RowFieldset, RowListGroup, useRowList } from '../../shared/row-list.tsx';
import { SectionShell } from '../../shared/section-shell.tsx';
import { SingleCheckbox } from '../../shared/single-checkbox.tsx';
import { WhoDoesWhat } from '../../who-does-what/who-does-what.tsx';

/** Props of {@link SipSammanfattning}. */
export type SipSammanfattningProps = PlanSectionProps;

type Overall = NonNullable<SipPlan['overallResponsibility']>;

/**
 * Phase 4 of the meeting circle, Sammanfattning: the generated "Vem gör vad och när" table from
 * the actions, what the participants do not agree on, the explicit statement when no one besides
 * the principals takes actions, and, last, the overall responsibility (huvudansvar): the child's
 * and family's wish first, then the principal, organisation and person.
 *
 * @example
 * ```tsx
 * <SipSammanfattning value={plan} onChange={setPlan} />
 * ```
 */
export function SipSammanfattning(props: SipSammanfattningProps) {
  const s = usePlanSection(props);
  const { plan, m, id, name, update, headingLevel, pack, locale, errorFor } = s;
  const overall = plan.overallResponsibility ?? {};
  const setOverall = <K extends keyof Overall>(key: K, value: Overall[K] | '') =>
    update((p) => {
      const next = withOptional({ ...p.overallResponsibility }, key, value);
      return Object.keys(next).length === 0
        ? withOptional(p, 'overallResponsibility', undefined)
        : { ...p, overallResponsibility: next };
    });

  return (
    <SectionShell phase="sammanfattning" section={s}>
      <div className="bb-plan-group">
        <WhoDoesWhat
          value={plan}
          pack={pack}
          locale={locale}
          messages={props.messages}
          headingLevel={Math.min(headingLevel + 1, 5) as 3}
          headingId={id('whoDoesWhat')}
        />
        <SingleCheckbox
          id={id('noOtherActors')}
          name={name('noOtherActors')}
          label={m.noOtherActorsLabel}
          hint={m.noOtherActorsHint}
          checked={plan.noOtherActors === true}
          error={errorFor('noOtherActors')}
          onChange={(checked) =>
            update((p) => withOptional(p, 'noOtherActors', checked ? true : undefined))
          }
        />
      </div>

      <DisagreementsEditor s={s} />

      <Fieldset
        id={id('overallResponsibility')}
        legend={m.overallHeading}
        legendAs={`h${Math.min(headingLevel + 1, 6)}` as 'h3'}
        hint={m.overallHint}
        className="bb-plan-group"
      >
        <Textarea
          id={id('overallResponsibility', 'childWish')}
          name={name('overallResponsibility', 'childWish')}
          label={m.overallChildWish}
          rows={2}
          value={overall.childWish ?? ''}
          onChange={(v) => setOverall('childWish', v)}
        />
        <Radios
          id={id('overallResponsibility', 'principal')}
          name={name('overallResponsibility', 'principal')}
          legend={m.overallPrincipal}
          error={errorFor('overallResponsibility', 'principal')}
          inline
          // The law names the municipality or the region as the one with overall responsibility.
          options={(['kommun', 'region'] as Principal[]).map((p) => ({
            value: p,
            label: principalLabel(p, m),
          }))}
          value={overall.principal ?? ''}
          onChange={(v) => setOverall('principal', v as Principal)}
        />
        <TextInput
          id={id('overallResponsibility', 'organisation')}
          name={name('overallResponsibility', 'organisation')}
          label={m.overallOrganisation}
          error={errorFor('overallResponsibility', 'organisation')}
          autoComplete="off"
          value={overall.organisation ?? ''}
          onChange={(v) => setOverall('organisation', v)}
        />
        <TextInput
          id={id('overallResponsibility', 'person')}
          name={name('overallResponsibility', 'person')}
          label={m.overallPerson}
          error={errorFor('overallResponsibility', 'person')}
          autoComplete="off"
          value={overall.person ?? ''}
          onChange={(v) => setOverall('person', v)}
        />
      </Fieldset>
    </SectionShell>
  );
}

const DisagreementsEditor = memoEditor(
  function DisagreementsEditor({ s }: { s: PlanSectionApi }) {
    const { plan, m, id, name, update } = s;
    const list = plan.disagreements;
    const edit = (index: number, patch: Partial<Disagreement>) =>
      update((p) => {
        let next: Disagreement = { ...p.disagreements[index]!, ...patch };
        if (patch.positions === '') next = withOptional(next, 'positions', undefined);
        return { ...p, disagreements: replaceAt(p.disagreements, index, next) };
      });
    const { add, remove } = useRowList({
      s,
      path: 'disagreements',
      rows: list,
      setRows: (change) => update((p) => ({ ...p, disagreements: change(p.disagreements) })),
      create: () => ({ id: newId('disagreement'), text: '' }),
      firstField: (index) => id('disagreements', index, 'text'),
      added: m.disagreementAdded,
      removed: m.disagreementRemoved,
    });
    return (
      <RowListGroup
        s={s}
        path="disagreements"
        heading={m.disagreementsHeading}
        hint={m.disagreementsHint}
        empty={list.length === 0 ? m.disagreementsEmpty : null}
        addLabel={m.disagreementAdd}
        onAdd={add}
      >
        {list.map((d, index) => {
          const n = index + 1;
          return (
            <RowFieldset
              key={d.id}
              s={s}
              path="disagreements"
              index={index}
              legend={formatMessage(m.disagreementLegend, { n })}
              removeLabel={formatMessage(m.disagreementRemove, { n })}
              onRemove={() => remove(index)}
            >
              <Textarea
                id={id('disagreements', index, 'text')}
                name={name('disagreements', index, 'text')}
                label={m.disagreementText}
                rows={2}
                value={d.text ?? ''}
                onChange={(text) => edit(index, { text })}
              />
              <Textarea
                id={id('disagreements', index, 'positions')}
                name={name('disagreements', index, 'positions')}
                label={m.disagreementPositions}
                rows={2}
                value={d.positions ?? ''}
                onChange={(positions) => edit(index, { positions })}
              />
            </RowFieldset>
          );
        })}
      </RowListGroup>
    );
  },
  ['disagreements'],
);
