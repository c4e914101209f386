import { useId } from 'react';
import {
  defaultPack,
  type ContentPack,
  type Principal,
  type SipAction,
  type UiLocale,
} from '@barnets-basta/core';
import { useSafeId } from '@barnets-basta/wheel/internal';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import { usePlanMessages, usePlanValue, type PlanViewProps } from '../shared/plan-context.tsx';
import { areaName, formatDate, formatDateSpan, makeRedactor } from '../shared/plan-utils.ts';
import { Heading } from '../shared/section-shell.tsx';

/** Props of {@link WhoDoesWhat}. */
export interface WhoDoesWhatProps extends PlanViewProps {
  /** Level of the "Vem gör vad och när" heading; the groups' captions sit under it. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Id of the heading, e.g. for a link from an error summary. */
  headingId?: string;
}

type GroupKey = Principal | 'none';

const GROUP_ORDER: GroupKey[] = ['kommun', 'region', 'other', 'none'];

const GROUP_CAPTION: Record<GroupKey, keyof PlanMessages> = {
  kommun: 'whoGroupKommun',
  region: 'whoGroupRegion',
  other: 'whoGroupOther',
  none: 'whoGroupNone',
};

/** Actions grouped by principal, in the order the law lists them; empty groups are left out. */
export function groupActions(
  actions: readonly SipAction[],
): { key: GroupKey; actions: SipAction[] }[] {
  const groups = new Map<GroupKey, SipAction[]>(GROUP_ORDER.map((k) => [k, []]));
  for (const action of actions) {
    const key: GroupKey =
      action.principal === 'kommun' || action.principal === 'region' || action.principal === 'other'
        ? action.principal
        : 'none';
    groups.get(key)!.push(action);
  }
  return GROUP_ORDER.map((key) => ({ key, actions: groups.get(key)! })).filter(
    (g) => g.actions.length > 0,
  );
}

/**
 * The generated "Vem gör vad och när" (who does what, and when) table: every action of the plan,
 * grouped by who is responsible (the municipality, the region, others), with what, who, how often,
 * when and when it is followed up. It covers three of the four legal elements at a glance: which
 * actions, which principal carries each, and what others do. Read-only: edit the actions in
 * `SipBehov`.
 *
 * @example
 * ```tsx
 * <WhoDoesWhat value={plan} />
 * <WhoDoesWhat value={plan} locale="en" headingLevel={2} />
 * ```
 */
export function WhoDoesWhat({
  value,
  pack = defaultPack,
  locale: localeProp,
  messages,
  headingLevel = 3,
  headingId,
}: WhoDoesWhatProps) {
  const { locale, m } = usePlanMessages(localeProp, messages);
  const { plan } = usePlanValue(value, pack);
  const generatedId = useSafeId('bb-who');
  const titleId = headingId ?? generatedId;
  const redact = makeRedactor(plan, m);
  const groups = groupActions(plan.actions);
  const hasOthers = groups.some((g) => g.key === 'other');

  return (
    <div className="bb-who">
      <Heading level={headingLevel} id={titleId} className="bb-who__title">
        {m.whoDoesWhatHeading}
      </Heading>
      {groups.length === 0 ? <p className="bb-who__empty">{m.whoDoesWhatEmpty}</p> : null}
      {groups.map((group) => (
        <ActionTable
          key={group.key}
          caption={m[GROUP_CAPTION[group.key]]}
          actions={group.actions}
          pack={pack}
          locale={locale}
          m={m}
          redact={redact}
        />
      ))}
      {!hasOthers && plan.noOtherActors ? (
        <p className="bb-who__no-others">{m.whoNoOtherActors}</p>
      ) : null}
    </div>
  );
}

function ActionTable({
  caption,
  actions,
  pack,
  locale,
  m,
  redact,
}: {
  caption: string;
  actions: SipAction[];
  pack: ContentPack;
  locale: UiLocale;
  m: PlanMessages;
  redact: (text: string | undefined) => string;
}) {
  const captionId = useId();
  return (
    // A wide table scrolls inside its own keyboard-focusable region at 400 % zoom or on a phone.
    <div
      className="bb-who__scroll"
      role="region"
      aria-labelledby={captionId}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
    >
      <table className="bb-who__table">
        <caption id={captionId} className="bb-who__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{m.whoColWhat}</th>
            <th scope="col">{m.whoColWho}</th>
            <th scope="col">{m.whoColFrequency}</th>
            <th scope="col">{m.whoColWhen}</th>
            <th scope="col">{m.whoColFollowUp}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => {
            const areas = action.areas.map((id) => areaName(pack, id, locale)).join(', ');
            const who = [action.organisation, action.contactPerson]
              .filter((s) => s && s.trim())
              .map(redact);
            return (
              <tr key={action.id} className="bb-who__row">
                <th scope="row" className="bb-who__what">
                  <span className="bb-who__what-text">{redact(action.what) || m.notSet}</span>
                  {areas ? (
                    <span className="bb-who__areas">
                      {m.whoColAreas}: {areas}
                    </span>
                  ) : null}
                </th>
                <td>
                  {who.length > 0
                    ? who.map((line, i) => (
                        <span key={i} className="bb-who__line">
                          {line}
                        </span>
                      ))
                    : m.notSet}
                </td>
                <td>{redact(action.frequency) || m.notSet}</td>
                <td>{formatDateSpan(action.start, action.end, locale, m) ?? m.notSet}</td>
                <td>{formatDate(action.followUpBy, locale) ?? m.notSet}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
