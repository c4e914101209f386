import { formatMessage, type Participant, type SipPlan, type SipRole } from '@barnets-basta/core';
import { Checkboxes, Fieldset, TextInput } from '../../../form/index.ts';
import { ROLES, roleLabel } from '../../shared/labels.ts';
import { usePendingFocus } from '../../shared/plan-context.tsx';
import {
  memoEditor,
  removeAt,
  replaceAt,
  type PlanSectionApi,
} from '../../shared/plan-section-api.ts';
import { isProtected, newId, orUndefined } from '../../shared/plan-utils.ts';
import { Heading } from '../../shared/section-shell.tsx';
import { SingleCheckbox } from '../../shared/single-checkbox.tsx';

/**
 * Keeps `initiator` and `chair` (participant ids) in step with the roles ticked on participants:
 * the one already named keeps it while they still hold the role, else the first who holds it.
 */
export function syncRoleHolders(plan: SipPlan): SipPlan {
  const holder = (role: SipRole, current: string | undefined) => {
    const keeps = plan.participants.some((p) => p.id === current && p.roles?.includes(role));
    return keeps ? current : plan.participants.find((p) => p.roles?.includes(role))?.id;
  };
  const next: SipPlan = {
    ...plan,
    initiator: holder('initiator', plan.initiator),
    chair: holder('chair', plan.chair),
  };
  if (next.initiator === undefined) delete next.initiator;
  if (next.chair === undefined) delete next.chair;
  return next;
}

/** Participants: add, edit and remove rows, with focus moved and the change announced. */
export const ParticipantsEditor = memoEditor(
  function ParticipantsEditor({ s }: { s: PlanSectionApi }) {
    const { plan, m, id, name, update, announce, headingLevel } = s;
    const focus = usePendingFocus();
    const participants = plan.participants;
    const protectedChild = isProtected(plan);

    const setParticipants = (next: Participant[]) =>
      update((p) => syncRoleHolders({ ...p, participants: next }));
    const edit = (index: number, patch: Partial<Participant>) => {
      const current = participants[index]!;
      const next = { ...current, ...patch };
      for (const key of Object.keys(patch) as (keyof Participant)[]) {
        if (next[key] === undefined) delete next[key];
      }
      setParticipants(replaceAt(participants, index, next));
    };

    const add = () => {
      const index = participants.length;
      setParticipants([...participants, { id: newId('participant'), roles: [] }]);
      const first = protectedChild
        ? id('participants', index, 'roles')
        : id('participants', index, 'name');
      // The first field of the new row: the name, or the roles while the name is not asked for.
      focus(first);
      announce(formatMessage(m.participantAdded, { n: index + 1 }));
    };

    const remove = (index: number) => {
      setParticipants(removeAt(participants, index));
      focus(index > 0 ? id('participants', index - 1, 'remove') : id('participants', 'add'));
      announce(formatMessage(m.participantRemoved, { n: index + 1 }));
    };

    return (
      <div className="bb-plan-group" id={id('participants')}>
        <Heading level={headingLevel + 1} className="bb-plan-group__heading">
          {m.participantsHeading}
        </Heading>
        <p className="bb-hint">{m.participantsHint}</p>
        {participants.length === 0 ? <p className="bb-plan-empty">{m.participantsEmpty}</p> : null}
        <ol className="bb-plan-rows">
          {participants.map((participant, index) => {
            const n = index + 1;
            const isChild = participant.roles?.includes('child');
            const hideName = protectedChild && isChild;
            return (
              <li key={participant.id} className="bb-plan-row">
                <Fieldset
                  id={id('participants', index)}
                  legend={formatMessage(m.participantLegend, { n })}
                  className="bb-plan-row__fieldset"
                >
                  {hideName ? (
                    <p className="bb-plan-notice" id={id('participants', index, 'name')}>
                      {m.participantChildProtectedName}
                    </p>
                  ) : (
                    <TextInput
                      id={id('participants', index, 'name')}
                      name={name('participants', index, 'name')}
                      label={m.participantName}
                      value={participant.name ?? ''}
                      onChange={(v) => edit(index, { name: orUndefined(v) })}
                      autoComplete="off"
                    />
                  )}
                  <Checkboxes
                    id={id('participants', index, 'roles')}
                    name={name('participants', index, 'roles')}
                    legend={m.participantRoles}
                    hint={m.participantRolesHint}
                    inline
                    options={ROLES.map((role) => ({ value: role, label: roleLabel(role, m) }))}
                    value={participant.roles ?? []}
                    onChange={(roles) => edit(index, { roles: roles as SipRole[] })}
                  />
                  <TextInput
                    id={id('participants', index, 'organisation')}
                    name={name('participants', index, 'organisation')}
                    label={m.participantOrganisation}
                    hint={m.participantOrganisationHint}
                    value={participant.organisation ?? ''}
                    onChange={(v) => edit(index, { organisation: orUndefined(v) })}
                    autoComplete="off"
                  />
                  <TextInput
                    id={id('participants', index, 'contact')}
                    name={name('participants', index, 'contact')}
                    label={m.participantContact}
                    value={participant.contact ?? ''}
                    onChange={(v) => edit(index, { contact: orUndefined(v) })}
                    autoComplete="off"
                  />
                  <SingleCheckbox
                    id={id('participants', index, 'present')}
                    name={name('participants', index, 'present')}
                    label={m.participantPresent}
                    checked={participant.present === true}
                    onChange={(checked) => edit(index, { present: checked })}
                  />
                  <button
                    type="button"
                    id={id('participants', index, 'remove')}
                    className="bb-plan-button bb-plan-button--remove"
                    onClick={() => remove(index)}
                  >
                    {formatMessage(m.participantRemove, { n })}
                  </button>
                </Fieldset>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          id={id('participants', 'add')}
          className="bb-plan-button bb-plan-button--add"
          onClick={add}
        >
          {m.participantAdd}
        </button>
      </div>
    );
  },
  ['participants', 'child'],
);
