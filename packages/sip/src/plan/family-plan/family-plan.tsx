import type { ReactNode } from 'react';
import { langAttributes } from '../../i18n/language.ts';
import {
  defaultPack,
  formatMessage,
  type SipAction,
  type SipPlan,
  type UiLocale,
} from '@barnets-basta/core';
import { useSafeId } from '@barnets-basta/wheel/internal';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import { usePlanView, type PlanViewProps } from '../shared/plan-context.tsx';
import {
  areaName,
  hasText,
  childDisplayName,
  formatDate,
  formatDateSpan,
  isProtected,
  lines,
  participantDisplayName,
} from '../shared/plan-utils.ts';
import { formatNodes, Typed } from '../shared/bidi.tsx';
import { Heading, PlanIssues } from '../shared/section-shell.tsx';

/** Props of {@link FamilyPlan}. */
export interface FamilyPlanProps extends PlanViewProps {
  /** Level of the plan's title. Sub-headings follow it. Default 2. */
  headingLevel?: 1 | 2 | 3;
}

/**
 * The plan as the family reads it: plain words, the child's goals first, then "Vem gör vad och
 * när" as a list anyone can follow, the next meeting and who to contact. No legal terms, no
 * codes. With protected identity the child is "barnet", never named. Topics the child did not
 * want raised are never shown here. Prints cleanly on its own.
 *
 * @example
 * ```tsx
 * <FamilyPlan value={plan} />
 * ```
 */
export function FamilyPlan({
  value,
  pack = defaultPack,
  locale: localeProp,
  messages,
  headingLevel = 2,
}: FamilyPlanProps) {
  const { locale, m, plan, issues, titleId, redact, date } = usePlanView(
    { value, pack, locale: localeProp, messages },
    'bb-family',
  );
  const h = headingLevel;

  // The family knows the child: with protected identity a code would be cold, so say "barnet".
  const child = isProtected(plan)
    ? { text: m.childNeutral, neutral: true }
    : childDisplayName(plan, m);
  // Typed names (and a pseudonym) are isolated in the sentence: see bidi.tsx.
  const nameInSentence = child.neutral ? m.childNeutralInSentence : <Typed>{child.text}</Typed>;

  const shortGoals = plan.goals.filter((g) => g.term === 'short' && hasText(g.text));
  const longGoals = plan.goals.filter((g) => g.term !== 'short' && hasText(g.text));
  const strengths = pack.areas
    .map((area) => ({ id: area.id, text: plan.situation[area.id]?.worksWell }))
    .filter((s): s is { id: string; text: string } => hasText(s.text));
  const contacts = plan.participants
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => !p.roles?.includes('child') && !p.roles?.includes('guardian'))
    .filter(({ p }) => hasText(p.contact) || hasText(p.organisation));

  return (
    <article className="bb-family-plan" aria-labelledby={titleId} {...langAttributes(locale)}>
      <Heading level={h} id={titleId} className="bb-family-plan__title">
        {child.neutral
          ? m.familyTitleNeutral
          : formatNodes(m.familyTitle, { name: <Typed>{child.text}</Typed> })}
      </Heading>
      <p className="bb-family-plan__intro">
        {formatNodes(m.familyIntro, {
          date: date ? formatMessage(m.familyIntroDate, { date }) : '',
          name: nameInSentence,
        })}
      </p>
      <PlanIssues issues={issues} locale={locale} m={m} headingLevel={h + 1} />

      <Part level={h + 1} title={formatNodes(m.familyGoalsHeading, { name: nameInSentence })}>
        {shortGoals.length + longGoals.length === 0 ? <p>{m.familyGoalsEmpty}</p> : null}
        {shortGoals.length > 0 ? (
          <>
            <Heading level={h + 2}>{m.familyGoalsShort}</Heading>
            <ul className="bb-family-plan__goals">
              {shortGoals.map((g) => (
                <li key={g.id}>
                  <Typed>{redact(g.text)}</Typed>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {longGoals.length > 0 ? (
          <>
            <Heading level={h + 2}>{m.familyGoalsLong}</Heading>
            <ul className="bb-family-plan__goals">
              {longGoals.map((g) => (
                <li key={g.id}>
                  <Typed>{redact(g.text)}</Typed>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Part>

      {strengths.length > 0 ? (
        <Part level={h + 1} title={m.familyStrengthsHeading}>
          <ul className="bb-family-plan__strengths">
            {strengths.map((s) => (
              <li key={s.id}>
                <strong>{areaName(pack, s.id, locale)}:</strong> <Typed>{redact(s.text)}</Typed>
              </li>
            ))}
          </ul>
        </Part>
      ) : null}

      {hasText(plan.ownActions) ? (
        <Part level={h + 1} title={m.familyOwnHeading}>
          <Paragraphs text={redact(plan.ownActions)} />
        </Part>
      ) : null}

      <Part level={h + 1} title={m.familyWhoHeading}>
        {plan.actions.length === 0 ? (
          <p>{m.familyWhoEmpty}</p>
        ) : (
          <ol className="bb-family-plan__actions">
            {plan.actions.map((action) => (
              <li key={action.id} className="bb-family-plan__action">
                <FamilyAction action={action} locale={locale} m={m} redact={redact} />
              </li>
            ))}
          </ol>
        )}
      </Part>

      {plan.disagreements.some((d) => hasText(d.text)) ? (
        <Part level={h + 1} title={m.familyDisagreementsHeading}>
          <ul>
            {plan.disagreements
              .filter((d) => hasText(d.text))
              .map((d) => (
                <li key={d.id}>
                  <Typed>{redact(d.text)}</Typed>
                  {hasText(d.positions) ? (
                    <span className="bb-family-plan__positions">
                      {' '}
                      <Typed>{redact(d.positions)}</Typed>
                    </span>
                  ) : null}
                </li>
              ))}
          </ul>
        </Part>
      ) : null}

      <Part level={h + 1} title={m.familyResponsibleHeading}>
        <p>{responsibleText(plan, m, redact)}</p>
      </Part>

      <Part level={h + 1} title={m.familyNextHeading}>
        <p>
          {plan.followUp?.date
            ? formatMessage(m.familyNext, {
                date: formatDate(plan.followUp.date, locale) ?? plan.followUp.date,
              })
            : m.familyNextNone}
        </p>
        {hasText(plan.followUp?.form) ? (
          <p>
            {formatNodes(m.familyNextForm, { form: <Typed>{redact(plan.followUp.form)}</Typed> })}
          </p>
        ) : null}
      </Part>

      <Part level={h + 1} title={m.familyContactsHeading}>
        {contacts.length === 0 ? (
          <p>{m.familyContactsEmpty}</p>
        ) : (
          <ul className="bb-family-plan__contacts">
            {contacts.map(({ p, index }) => (
              <li key={p.id}>
                <strong>
                  <Typed>{redact(participantDisplayName(p, index, plan, m))}</Typed>
                </strong>
                {hasText(p.organisation) ? (
                  <>
                    , <Typed>{redact(p.organisation)}</Typed>
                  </>
                ) : null}
                {hasText(p.contact) ? (
                  <>
                    :{' '}
                    <span className="bb-family-plan__contact">
                      <Typed>{redact(p.contact)}</Typed>
                    </span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Part>
    </article>
  );
}

function Part({
  level,
  title,
  children,
}: {
  level: number;
  title: ReactNode;
  children: ReactNode;
}) {
  const id = useSafeId('bb-family-part');
  return (
    <section className="bb-family-plan__part" aria-labelledby={id}>
      <Heading level={level} id={id} className="bb-family-plan__heading">
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** Free text keeps the family's own line breaks, as separate paragraphs. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {lines(text).map((line, i) => (
        <p key={i} dir="auto">
          {line}
        </p>
      ))}
    </>
  );
}

function whoText(
  action: SipAction,
  m: PlanMessages,
  redact: (s: string | undefined) => string,
): ReactNode {
  const principal =
    action.principal === 'kommun'
      ? m.familyPrincipalKommun
      : action.principal === 'region'
        ? m.familyPrincipalRegion
        : undefined;
  const org = hasText(action.organisation) ? (
    <>
      <Typed>{redact(action.organisation)}</Typed>
      {principal ? ` (${principal})` : ''}
    </>
  ) : (
    principal
  );
  const person = hasText(action.contactPerson) ? (
    <Typed>{redact(action.contactPerson)}</Typed>
  ) : undefined;
  if (!org && !person) return null;
  if (!org || !person) return org ?? person;
  return (
    <>
      {org}, {person}
    </>
  );
}

function FamilyAction({
  action,
  locale,
  m,
  redact,
}: {
  action: SipAction;
  locale: UiLocale;
  m: PlanMessages;
  redact: (s: string | undefined) => string;
}) {
  const who = whoText(action, m, redact);
  const when = formatDateSpan(action.start, action.end, locale, m);
  const check = formatDate(action.followUpBy, locale);
  return (
    <dl className="bb-family-plan__facts">
      <div>
        <dt>{m.familyWhat}</dt>
        <dd>{hasText(action.what) ? <Typed>{redact(action.what)}</Typed> : m.notSet}</dd>
      </div>
      {who ? (
        <div>
          <dt>{m.familyWho}</dt>
          <dd>{who}</dd>
        </div>
      ) : null}
      {hasText(action.frequency) ? (
        <div>
          <dt>{m.familyHowOften}</dt>
          <dd>
            <Typed>{redact(action.frequency)}</Typed>
          </dd>
        </div>
      ) : null}
      {when ? (
        <div>
          <dt>{m.familyWhen}</dt>
          <dd>{when}</dd>
        </div>
      ) : null}
      {check ? (
        <div>
          <dt>{m.familyCheck}</dt>
          <dd>{formatMessage(m.familyCheckBy, { date: check })}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function responsibleText(
  plan: SipPlan,
  m: PlanMessages,
  redact: (s: string | undefined) => string,
): ReactNode {
  const o = plan.overallResponsibility;
  const person = hasText(o?.person) ? <Typed>{redact(o.person)}</Typed> : '';
  const org = hasText(o?.organisation) ? (
    <Typed>{redact(o.organisation)}</Typed>
  ) : o?.principal === 'kommun' ? (
    m.principalKommun
  ) : o?.principal === 'region' ? (
    m.principalRegion
  ) : (
    ''
  );
  if (!person && !org) return m.familyResponsibleNone;
  const who =
    person && org ? formatNodes(m.familyPersonAt, { person, organisation: org }) : person || org;
  return formatNodes(m.familyResponsible, { who });
}
