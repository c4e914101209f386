import { formatMessage, type Participant, type SipPlan, type SipRole } from '@barnets-basta/core';
import { Checkboxes, TextInput } from '../../../form/index.ts';
import { ROLES, roleLabel } from '../../shared/labels.ts';
import { memoEditor, replaceAt, type PlanSectionApi } from '../../shared/plan-section-api.ts';
import { isProtected, newId, orUndefined } from '../../shared/plan-utils.ts';
import { RowFieldset, RowListGroup, useRowList } from '../../shared/row-list.tsx';
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
    const { plan, m, id, name, update, errorFor } = s;
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

    const { add, remove } = useRowList({
      s,
      path: 'participants',
      rows: participants,
      setRows: (change) => setParticipants(change(participants)),
      create: () => ({ id: newId('participant'), roles: [] }),
      // The first field of the new row: the name, or the roles while the name is not asked for.
      firstField: (index) =>
        protectedChild ? id('participants', index, 'roles') : id('participants', index, 'name'),
      added: m.participantAdded,
      removed: m.participantRemoved,
    });

    return (
      <RowListGroup
        s={s}
        path="participants"
        heading={m.participantsHeading}
        hint={m.participantsHint}
        empty={participants.length === 0 ? m.participantsEmpty : null}
        addLabel={m.participantAdd}
        onAdd={add}
      >
        {participants.map((participant, index) => {
          const n = index + 1;
          const isChild = participant.roles?.includes('child');
          const hideName = protectedChild && isChild;
          return (
            <RowFieldset
              key={participant.id}
              s={s}
              path="participants"
              index={index}
              legend={formatMessage(m.participantLegend, { n })}
              removeLabel={formatMessage(m.participantRemove, { n })}
              onRemove={() => remove(index)}
            >
              {hideName ? (
                <p className="bb-plan-notice" id={id('participants', index, 'name')}>
                  {m.participantChildProtectedName}
                </p>
              ) : (
                <TextInput
                  id={id('participants', index, 'name')}
                  error={errorFor('participants', index, 'name')}
                  name={name('participants', index, 'name')}
                  label={m.participantName}
                  value={participant.name ?? ''}
                  onChange={(v) => edit(index, { name: orUndefined(v) })}
                  autoComplete="off"
                />
              )}
              <Checkboxes
                id={id('participants', index, 'roles')}
                error={errorFor('participants', index, 'roles')}
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
                error={errorFor('participants', index, 'organisation')}
                name={name('participants', index, 'organisation')}
                label={m.participantOrganisation}
                hint={m.participantOrganisationHint}
                value={participant.organisation ?? ''}
                onChange={(v) => edit(index, { organisation: orUndefined(v) })}
                autoComplete="off"
              />
              <TextInput
                id={id('participants', index, 'contact')}
                error={errorFor('participants', index, 'contact')}
                name={name('participants', index, 'contact')}
                label={m.participantContact}
                value={participant.contact ?? ''}
                onChange={(v) => edit(index, { contact: orUndefined(v) })}
                autoComplete="off"
              />
              <SingleCheckbox
                id={id('participants', index, 'present')}
                error={errorFor('participants', index, 'present')}
                name={name('participants', index, 'present')}
                label={m.participantPresent}
                checked={participant.present === true}
                onChange={(checked) => edit(index, { present: checked })}
              />
            </RowFieldset>
          );
        })}
      </RowListGroup>
    );
  },
  ['participants', 'child'],
);
