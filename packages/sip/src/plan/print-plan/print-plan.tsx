import { Fragment, type ReactNode } from 'react';
import { langAttributes } from '../../i18n/language.ts';
import { defaultPack, formatMessage } from '@barnets-basta/core';
import { useSafeId } from '@barnets-basta/wheel/internal';
import { usePlanView, type PlanViewProps } from '../shared/plan-context.tsx';
import { participationLabel, principalLabel, roleLabel } from '../shared/labels.ts';
import {
  areaName,
  hasText,
  childDisplayName,
  formatDate,
  participantDisplayName,
} from '../shared/plan-utils.ts';
import { Typed } from '../shared/bidi.tsx';
import { Heading, PlanIssues } from '../shared/section-shell.tsx';
import { Paragraphs } from '../family-plan/family-plan.tsx';
import { WhoDoesWhat } from '../who-does-what/who-does-what.tsx';

/** Props of {@link PrintPlan}. */
export interface PrintPlanProps extends PlanViewProps {
  /** Level of the document title. Default 2. */
  headingLevel?: 1 | 2 | 3;
  /** Show a "Skriv ut planen" button (screen only) that opens the browser's print dialog. */
  printButton?: boolean;
}

/**
 * The whole plan as an A4 document for print or "Save as PDF": every part of the plan in the order
 * of the meeting circle, tables for participants, consent and "Vem gör vad och när".
 *
 * Print layout (see `print-plan.css`): a named page (`page: bb-plan`, so the host's other pages
 * are untouched) with `size: A4`; a running header with the plan's title, the child (or, with
 * protected identity, the reference or "Barnet") and the plan date, repeated on every page as a
 * CSS table header group; page numbers "1 / 3" in the bottom margin box through
 * `counter(page)`/`counter(pages)` (Chromium 131+, Safari 18.2+; other browsers print without
 * them); `break-inside: avoid` on rows and short parts; black on white, nothing carried by colour.
 * Topics the child did not want raised are never printed.
 *
 * @example
 * ```tsx
 * <PrintPlan value={plan} printButton />
 * ```
 */
export function PrintPlan({
  value,
  pack = defaultPack,
  locale: localeProp,
  messages,
  headingLevel = 2,
  printButton = false,
}: PrintPlanProps) {
  const { locale, m, plan, issues, titleId, redact, date } = usePlanView(
    { value, pack, locale: localeProp, messages },
    'bb-print',
  );
  const h = headingLevel;
  const child = childDisplayName(plan, m).text;
  const filledSituation = pack.areas.filter(
    (a) => hasText(plan.situation[a.id]?.worksWell) || hasText(plan.situation[a.id]?.worksLessWell),
  );
  const filledNeeds = pack.areas.filter((a) => hasText(plan.situation[a.id]?.needs));
  const participantName = (id: string) => {
    const index = plan.participants.findIndex((p) => p.id === id);
    const p = plan.participants[index];
    return p ? redact(participantDisplayName(p, index, plan, m)) : m.notSet;
  };
  const o = plan.overallResponsibility;

  return (
    <article className="bb-print-plan" aria-labelledby={titleId} {...langAttributes(locale)}>
      {printButton ? (
        <div className="bb-print-plan__actions">
          <button
            type="button"
            className="bb-button bb-button--secondary"
            onClick={() => window.print()}
          >
            {m.printButton}
          </button>
        </div>
      ) : null}
      {/*
        A layout table, presentational: Chromium repeats a real <thead> on every printed page (CSS
        display:table on other elements is not repeated), which gives the running header. On
        screen it is laid out as plain blocks (print-plan.css).
      */}
      <table className="bb-print-plan__page" role="presentation">
        {/* Hidden from assistive technology: the same facts are in the document itself. */}
        <thead className="bb-print-plan__running" aria-hidden="true">
          <tr>
            <td>
              <div className="bb-print-plan__running-inner">
                <span className="bb-print-plan__running-title">{m.printTitle}</span>
                <span className="bb-print-plan__running-child">{child}</span>
                {date ? (
                  <span className="bb-print-plan__running-date">
                    {formatMessage(m.printPlanDate, { date })}
                  </span>
                ) : null}
              </div>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="bb-print-plan__body">
              <Heading level={h} id={titleId} className="bb-print-plan__title">
                {m.printTitle}
              </Heading>
              <PlanIssues issues={issues} locale={locale} m={m} headingLevel={h + 1} />
              <dl className="bb-print-plan__facts">
                <Fact term={m.printChild}>{child}</Fact>
                <Fact term={m.printMeetingDate}>
                  {formatDate(plan.meetingDate, locale) ?? m.notSet}
                </Fact>
                {date && !plan.meetingDate ? <Fact term={m.printPlanDateTerm}>{date}</Fact> : null}
                {hasText(plan.legalReference) ? (
                  <Fact term={m.legalReferenceLabel}>{plan.legalReference}</Fact>
                ) : null}
              </dl>

              <Part level={h + 1} title={m.phaseInledning}>
                <Heading level={h + 2}>{m.printParticipants}</Heading>
                {plan.participants.length === 0 ? (
                  <p>{m.printEmpty}</p>
                ) : (
                  <table className="bb-print-plan__table">
                    <thead>
                      <tr>
                        <th scope="col">{m.printColName}</th>
                        <th scope="col">{m.printColRoles}</th>
                        <th scope="col">{m.printColOrganisation}</th>
                        <th scope="col">{m.printColContact}</th>
                        <th scope="col">{m.printColPresent}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {plan.participants.map((p, i) => (
                        <tr key={p.id}>
                          <th scope="row">{redact(participantDisplayName(p, i, plan, m))}</th>
                          <td>{(p.roles ?? []).map((r) => roleLabel(r, m)).join(', ')}</td>
                          <td>{redact(p.organisation)}</td>
                          <td>{redact(p.contact)}</td>
                          <td>
                            {p.present === true ? m.printYes : p.present === false ? m.printNo : ''}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}

                <Heading level={h + 2}>{m.printConsents}</Heading>
                {plan.consents.length === 0 ? (
                  <p>{m.printEmpty}</p>
                ) : (
                  <table className="bb-print-plan__table">
                    <thead>
                      <tr>
                        <th scope="col">{m.printConsentGivenBy}</th>
                        <th scope="col">{m.printConsentOrganisations}</th>
                        <th scope="col">{m.printConsentInformation}</th>
                        <th scope="col">{m.printConsentForm}</th>
                        <th scope="col">{m.printConsentValidUntil}</th>
                        <th scope="col">{m.printConsentStatus}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {plan.consents.map((c) => (
                        <tr key={c.id} data-withdrawn={c.withdrawnOn ? true : undefined}>
                          <th scope="row">{c.givenBy ? participantName(c.givenBy) : m.notSet}</th>
                          <td>
                            <TypedList items={c.organisations.filter(hasText).map(redact)} />
                          </td>
                          <td>
                            <TypedList items={c.information.filter(hasText).map(redact)} />
                          </td>
                          <td>
                            {c.form === 'oral'
                              ? m.consentOral
                              : c.form === 'written'
                                ? m.consentWritten
                                : ''}
                          </td>
                          <td>{formatDate(c.validUntil, locale) ?? ''}</td>
                          <td>
                            {c.withdrawnOn
                              ? formatMessage(m.printConsentWithdrawn, {
                                  date: formatDate(c.withdrawnOn, locale) ?? c.withdrawnOn,
                                })
                              : m.printConsentActive}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <dl className="bb-print-plan__facts">
                  <Fact term={m.printPurpose}>
                    {hasText(plan.purpose) ? <Paragraphs text={redact(plan.purpose)} /> : m.notSet}
                  </Fact>
                  {hasText(plan.questions) ? (
                    <Fact term={m.printQuestions}>
                      <Paragraphs text={redact(plan.questions)} />
                    </Fact>
                  ) : null}
                  <Fact term={m.printChildParticipation}>
                    {plan.childParticipation
                      ? participationLabel(plan.childParticipation, m)
                      : m.notSet}
                  </Fact>
                </dl>
              </Part>

              <Part level={h + 1} title={m.printSituation}>
                {filledSituation.length === 0 ? <p>{m.printEmpty}</p> : null}
                {filledSituation.map((area) => {
                  const s = plan.situation[area.id]!;
                  return (
                    <div key={area.id} className="bb-print-plan__area">
                      <Heading level={h + 2}>{areaName(pack, area.id, locale)}</Heading>
                      <dl className="bb-print-plan__facts">
                        {hasText(s.worksWell) ? (
                          <Fact term={m.worksWellLabel}>
                            <Paragraphs text={redact(s.worksWell)} />
                          </Fact>
                        ) : null}
                        {hasText(s.worksLessWell) ? (
                          <Fact term={m.worksLessWellLabel}>
                            <Paragraphs text={redact(s.worksLessWell)} />
                          </Fact>
                        ) : null}
                      </dl>
                    </div>
                  );
                })}
              </Part>

              <Part level={h + 1} title={m.phaseBehov}>
                <Heading level={h + 2}>{m.printGoals}</Heading>
                {plan.goals.filter((g) => hasText(g.text)).length === 0 ? (
                  <p>{m.printEmpty}</p>
                ) : (
                  <dl className="bb-print-plan__facts">
                    {(['short', 'long'] as const).map((term) => {
                      const goals = plan.goals.filter(
                        (g) =>
                          (term === 'short' ? g.term === 'short' : g.term !== 'short') &&
                          hasText(g.text),
                      );
                      if (goals.length === 0) return null;
                      return (
                        <Fact
                          key={term}
                          term={term === 'short' ? m.goalsShortHeading : m.goalsLongHeading}
                        >
                          <ul>
                            {goals.map((g) => (
                              <li key={g.id}>
                                <Typed>{redact(g.text)}</Typed>
                              </li>
                            ))}
                          </ul>
                        </Fact>
                      );
                    })}
                  </dl>
                )}
                {filledNeeds.length > 0 ? (
                  <>
                    <Heading level={h + 2}>{m.printNeeds}</Heading>
                    <dl className="bb-print-plan__facts">
                      {filledNeeds.map((area) => (
                        <Fact key={area.id} term={areaName(pack, area.id, locale)}>
                          <Paragraphs text={redact(plan.situation[area.id]?.needs)} />
                        </Fact>
                      ))}
                    </dl>
                  </>
                ) : null}
                {hasText(plan.ownActions) ? (
                  <>
                    <Heading level={h + 2}>{m.printOwnActions}</Heading>
                    <Paragraphs text={redact(plan.ownActions)} />
                  </>
                ) : null}
              </Part>

              <Part level={h + 1} title={m.phaseSammanfattning}>
                <WhoDoesWhat
                  value={plan}
                  pack={pack}
                  locale={locale}
                  messages={messages}
                  headingLevel={(h + 2) as 3 | 4 | 5}
                />
                {plan.disagreements.some((d) => hasText(d.text)) ? (
                  <>
                    <Heading level={h + 2}>{m.printDisagreements}</Heading>
                    <ul>
                      {plan.disagreements
                        .filter((d) => hasText(d.text))
                        .map((d) => (
                          <li key={d.id}>
                            <Typed>{redact(d.text)}</Typed>
                            {hasText(d.positions) ? (
                              <>
                                {' ('}
                                <Typed>{redact(d.positions)}</Typed>)
                              </>
                            ) : null}
                          </li>
                        ))}
                    </ul>
                  </>
                ) : null}
                <Heading level={h + 2}>{m.printOverall}</Heading>
                <dl className="bb-print-plan__facts">
                  <Fact term={m.printOverallPrincipal}>
                    {o?.principal ? principalLabel(o.principal, m) : m.notSet}
                  </Fact>
                  <Fact term={m.printOverallOrganisation}>
                    {hasText(o?.organisation) ? redact(o.organisation) : m.notSet}
                  </Fact>
                  <Fact term={m.printOverallPerson}>
                    {hasText(o?.person) ? redact(o.person) : m.notSet}
                  </Fact>
                  {hasText(o?.childWish) ? (
                    <Fact term={m.printOverallChildWish}>{redact(o.childWish)}</Fact>
                  ) : null}
                </dl>
              </Part>

              <Part level={h + 1} title={m.phaseAvslutning}>
                <Heading level={h + 2}>{m.printFollowUp}</Heading>
                <dl className="bb-print-plan__facts">
                  <Fact term={m.printFollowUpDate}>
                    {formatDate(plan.followUp?.date, locale) ?? m.notSet}
                  </Fact>
                  <Fact term={m.printFollowUpForm}>
                    {hasText(plan.followUp?.form) ? redact(plan.followUp.form) : m.notSet}
                  </Fact>
                </dl>
                {plan.closing?.date || hasText(plan.closing?.reason) ? (
                  <>
                    <Heading level={h + 2}>{m.printClosing}</Heading>
                    <dl className="bb-print-plan__facts">
                      <Fact term={m.printClosingDate}>
                        {formatDate(plan.closing?.date, locale) ?? m.notSet}
                      </Fact>
                      <Fact term={m.printClosingReason}>
                        {hasText(plan.closing?.reason) ? redact(plan.closing.reason) : m.notSet}
                      </Fact>
                    </dl>
                  </>
                ) : null}
              </Part>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

function Part({ level, title, children }: { level: number; title: string; children: ReactNode }) {
  const id = useSafeId('bb-print-part');
  return (
    <section className="bb-print-plan__part" aria-labelledby={id}>
      <Heading level={level} id={id} className="bb-print-plan__heading">
        {title}
      </Heading>
      {children}
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="bb-print-plan__fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Typed items in one cell ("BUP, Skolan"): each isolated, so a list of Swedish names stays in order in a right-to-left table. */
function TypedList({ items }: { items: string[] }) {
  return (
    <>
      {items.map((item, i) => (
        <Fragment key={i}>
          {i > 0 ? ', ' : null}
          <Typed>{item}</Typed>
        </Fragment>
      ))}
    </>
  );
}
