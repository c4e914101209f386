import { useState } from 'react';
import { formatMessage, type ConsentPolicy, type ConsentRecord } from '@barnets-basta/core';
import { checkLegalElements } from '@barnets-basta/core/sip';
import { Checkboxes, Fieldset, Radios, Select, Textarea, TextInput } from '../../../form/index.ts';
import { memoEditor, replaceAt, type PlanSectionApi } from '../../shared/plan-section-api.ts';
import { formatDate, newId, participantDisplayName, todayIso } from '../../shared/plan-utils.ts';
import { RowListGroup, useRowList } from '../../shared/row-list.tsx';
import { PlanDateInput } from '../../shared/plan-date-input.tsx';
import { unfinishedDate, withTypedDate } from '../../shared/plan-dates.ts';

const trimmed = (list: readonly string[]) => list.map((s) => s.trim()).filter((s) => s !== '');

/**
 * Consent records: per organisation and kind of information, time-limited, withdrawable. The
 * region's consent policy is stated under the heading, and a consent that does not satisfy it
 * says why at "Vem ger samtycket?" as soon as it is chosen (the same words the completion check
 * lists), so the meeting can ask the guardians while everyone is there.
 */
export const ConsentsEditor = memoEditor(
  function ConsentsEditor({ s, policy }: { s: PlanSectionApi; policy: ConsentPolicy }) {
    const { plan, m, id, update, announce, locale } = s;
    const consents = plan.consents;
    const policyErrors = new Map(
      checkLegalElements(plan, { consentPolicy: policy })
        .filter((item) => item.element === 'consent')
        .map((item) => [item.path[1], item.message[locale] ?? item.message.sv]),
    );

    const setConsents = (next: ConsentRecord[]) => update((p) => ({ ...p, consents: next }));
    const edit = (index: number, patch: Partial<ConsentRecord>) => {
      const next = { ...consents[index]!, ...patch };
      for (const key of Object.keys(patch) as (keyof ConsentRecord)[]) {
        if (next[key] === undefined) delete next[key];
      }
      setConsents(replaceAt(consents, index, next));
    };

    const { add, remove, focus } = useRowList<ConsentRecord>({
      s,
      path: 'consents',
      rows: consents,
      setRows: (change) => setConsents(change(consents)),
      // Oral is the common case at the meeting; the plan itself then documents it.
      create: () => ({
        id: newId('consent'),
        givenBy: '',
        organisations: [],
        information: [],
        form: 'oral',
      }),
      firstField: (index) => id('consents', index, 'givenBy'),
      added: m.consentAdded,
      removed: m.consentRemoved,
    });

    // Organisations to offer: those of the participants, in their order, plus any already chosen.
    const participantOrganisations = trimmed(plan.participants.map((p) => p.organisation ?? ''));

    return (
      <RowListGroup
        s={s}
        path="consents"
        heading={m.consentsHeading}
        hint={`${m.consentsHint} ${
          policy === 'child-may-consent-alone' ? m.consentPolicyChild : m.consentPolicyGuardians
        }`}
        empty={consents.length === 0 ? m.consentsEmpty : null}
        addLabel={m.consentAdd}
        onAdd={add}
      >
        {consents.map((consent, index) => (
          <li
            key={consent.id}
            className="bb-plan-row"
            data-withdrawn={consent.withdrawnOn ? true : undefined}
          >
            <ConsentRow
              s={s}
              consent={consent}
              index={index}
              offered={[
                ...new Set([...participantOrganisations, ...trimmed(consent.organisations)]),
              ]}
              policyError={policyErrors.get(index)}
              onEdit={(patch) => edit(index, patch)}
              onRemove={() => remove(index)}
              onWithdraw={() => {
                edit(index, { withdrawnOn: todayIso() });
                announce(formatMessage(m.consentWithdrawnAnnounce, { n: index + 1 }));
                // The withdraw button is replaced by the undo button: keep focus on the row.
                focus(id('consents', index, 'undoWithdraw'));
              }}
              onUndoWithdraw={() => {
                edit(index, { withdrawnOn: undefined });
                announce(formatMessage(m.consentRestoredAnnounce, { n: index + 1 }));
                focus(id('consents', index, 'withdraw'));
              }}
            />
          </li>
        ))}
      </RowListGroup>
    );
  },
  ['consents', 'participants', 'child'],
);

function ConsentRow({
  s,
  consent,
  index,
  offered,
  policyError,
  onEdit,
  onRemove,
  onWithdraw,
  onUndoWithdraw,
}: {
  s: PlanSectionApi;
  consent: ConsentRecord;
  index: number;
  offered: string[];
  /** Why this consent does not satisfy the consent policy, if it does not. */
  policyError?: string;
  onEdit: (patch: Partial<ConsentRecord>) => void;
  onRemove: () => void;
  onWithdraw: () => void;
  onUndoWithdraw: () => void;
}) {
  const { plan, m, id, name, locale, errorFor } = s;
  const n = index + 1;
  const [other, setOther] = useState('');
  const participants = plan.participants;
  const addOther = () => {
    const org = other.trim();
    if (!org) return;
    if (!consent.organisations.includes(org))
      onEdit({ organisations: [...consent.organisations, org] });
    setOther('');
  };
  const withdrawnText = consent.withdrawnOn
    ? formatMessage(m.consentWithdrawn, {
        date: formatDate(consent.withdrawnOn, locale) ?? consent.withdrawnOn,
      })
    : undefined;

  return (
    <Fieldset
      id={id('consents', index)}
      legend={formatMessage(m.consentLegend, { n })}
      className="bb-plan-row__fieldset"
      hint={
        withdrawnText ? (
          <span className="bb-plan-status" data-status="withdrawn">
            {withdrawnText}
          </span>
        ) : undefined
      }
    >
      <Select
        id={id('consents', index, 'givenBy')}
        name={name('consents', index, 'givenBy')}
        label={m.consentGivenBy}
        hint={participants.length === 0 ? m.consentGivenByHint : undefined}
        placeholder
        error={errorFor('consents', index, 'givenBy') ?? policyError}
        options={participants.map((p, i) => ({
          value: p.id,
          label: participantDisplayName(p, i, plan, m),
        }))}
        value={participants.some((p) => p.id === consent.givenBy) ? consent.givenBy : ''}
        onChange={(v) => onEdit({ givenBy: v })}
      />
      {offered.length > 0 ? (
        <Checkboxes
          id={id('consents', index, 'organisations')}
          error={errorFor('consents', index, 'organisations')}
          name={name('consents', index, 'organisations')}
          legend={m.consentOrganisations}
          options={offered.map((org) => ({ value: org, label: org }))}
          value={consent.organisations}
          onChange={(orgs) => onEdit({ organisations: orgs })}
        />
      ) : (
        <p className="bb-hint" id={id('consents', index, 'organisations')}>
          {m.consentOrganisationsNone}
        </p>
      )}
      <div className="bb-plan-inline-add">
        <TextInput
          id={id('consents', index, 'otherOrganisation')}
          name={name('consents', index, 'otherOrganisation')}
          label={m.consentOtherOrganisation}
          value={other}
          onChange={setOther}
          autoComplete="off"
          onKeyDown={(event) => {
            // Enter adds the organisation instead of submitting the host's form.
            if (event.key === 'Enter') {
              event.preventDefault();
              addOther();
            }
          }}
        />
        <button type="button" className="bb-plan-button" onClick={addOther}>
          {m.consentAddOrganisation}
        </button>
      </div>
      <Textarea
        id={id('consents', index, 'information')}
        error={errorFor('consents', index, 'information')}
        name={name('consents', index, 'information')}
        label={m.consentInformation}
        hint={m.consentInformationHint}
        rows={3}
        // One item per line; the raw lines are kept so typing a new line is never undone.
        value={consent.information.join('\n')}
        onChange={(v) => onEdit({ information: v === '' ? [] : v.split('\n') })}
      />
      <Radios
        id={id('consents', index, 'form')}
        error={errorFor('consents', index, 'form')}
        name={name('consents', index, 'form')}
        legend={m.consentForm}
        inline
        options={[
          { value: 'oral', label: m.consentOral, hint: m.consentOralHint },
          { value: 'written', label: m.consentWritten },
        ]}
        value={consent.form ?? ''}
        onChange={(v) => onEdit({ form: v as ConsentRecord['form'] })}
      />
      <PlanDateInput
        s={s}
        path={['consents', index, 'validUntil']}
        legend={m.consentValidUntil}
        value={consent.validUntil}
        unfinished={unfinishedDate(consent, 'validUntil')}
        onParts={(parts) =>
          s.update((p) => ({
            ...p,
            consents: replaceAt(
              p.consents,
              index,
              withTypedDate(p.consents[index]!, 'validUntil', parts),
            ),
          }))
        }
      />
      <div className="bb-plan-row__actions">
        {consent.withdrawnOn ? (
          <button
            type="button"
            id={id('consents', index, 'undoWithdraw')}
            className="bb-plan-button"
            onClick={onUndoWithdraw}
          >
            {formatMessage(m.consentUndoWithdraw, { n })}
          </button>
        ) : (
          <button
            type="button"
            id={id('consents', index, 'withdraw')}
            className="bb-plan-button"
            onClick={onWithdraw}
          >
            {formatMessage(m.consentWithdraw, { n })}
          </button>
        )}
        <button
          type="button"
          id={id('consents', index, 'remove')}
          className="bb-plan-button bb-plan-button--remove"
          onClick={onRemove}
        >
          {formatMessage(m.consentRemove, { n })}
        </button>
      </div>
    </Fieldset>
  );
}
