import { useRef, useState, type ReactNode } from 'react';
import { formatMessage, type UiLocale, type ValidationIssue } from '@barnets-basta/core';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import { ErrorSummary, FormLocaleProvider } from '../../form/index.ts';
import { rootOf } from '../../form/internal/dom-root.ts';
import { PlanRootProvider, useRootOf } from './plan-context.tsx';
import type { PlanSectionApi } from './plan-section-api.ts';
import { resolveFieldId, type SipPhase } from './plan-paths.ts';
import { useClientLayoutEffect } from '@barnets-basta/wheel/internal';

/**
 * The plan's `label` after a landmark's own name, for screen readers only ("Inledning (Alvas
 * plan)"): landmark names must be unique on a page that holds two plans. Nothing without a label.
 */
export function PlanLabelSuffix({ label, m }: { label: string | undefined; m: PlanMessages }) {
  if (!label) return null;
  return <span className="bb-visually-hidden"> {formatMessage(m.planLabelSuffix, { label })}</span>;
}

/** Heading element for a level. */
export function Heading({
  level,
  id,
  className,
  tabIndex,
  children,
}: {
  level: number;
  id?: string;
  className?: string;
  tabIndex?: number;
  children: ReactNode;
}) {
  const Tag = `h${Math.min(Math.max(level, 1), 6)}` as 'h2';
  return (
    <Tag id={id} className={className} tabIndex={tabIndex}>
      {children}
    </Tag>
  );
}

/**
 * Lists the problems `parseSipPlan` found in the plan a host passed. In a form (`prefix` given) it
 * is an error summary that does not take focus (nothing was submitted), and a problem is a link to
 * the field that holds it (or the nearest group: an action's fieldset, the list of actions) when
 * the form shows one; a problem no field can fix (e.g. the name of a child with protected
 * identity) is plain text. In a read-only view (no `prefix`) it is a plain list.
 */
export function PlanIssues({
  issues,
  locale,
  m,
  headingLevel,
  prefix,
  label,
}: {
  issues: readonly ValidationIssue[];
  locale: UiLocale;
  m: PlanMessages;
  headingLevel: number;
  /** The form's id prefix, to find the fields; leave out in a read-only view. */
  prefix?: string;
  /** The plan's label, added to the region's name (see {@link PlanLabelSuffix}). */
  label?: string;
}) {
  // The fields render after this list, so which ones exist is known only once the whole form is
  // in the DOM (a layout effect: before paint, no flash of plain text). They are looked up in the
  // root this list is in (a shadow root in <bb-sip-plan>), found from its own wrapper: a parent's
  // ref is not attached yet when a child's layout effect first runs.
  const [targets, setTargets] = useState<readonly (string | undefined)[]>([]);
  const frame = useRef<HTMLDivElement>(null);
  useClientLayoutEffect(() => {
    const root = rootOf(frame.current);
    const next = issues.map((issue) => {
      if (prefix === undefined || issue.path.length === 0 || !root) return undefined;
      const id = resolveFieldId(prefix, issue.path, root);
      return root.getElementById(id) ? id : undefined;
    });
    setTargets((prev) =>
      prev.length === next.length && prev.every((t, i) => t === next[i]) ? prev : next,
    );
  }, [issues, prefix]);
  if (issues.length === 0) return null;
  if (prefix === undefined) {
    return (
      <div
        className="bb-plan-issues"
        role="region"
        aria-label={
          label
            ? `${m.invalidPlanTitle} ${formatMessage(m.planLabelSuffix, { label })}`
            : m.invalidPlanTitle
        }
      >
        <Heading level={headingLevel} className="bb-plan-issues__title">
          {m.invalidPlanTitle}
        </Heading>
        <p>{m.invalidPlanIntro}</p>
        <ul>
          {issues.map((issue, i) => (
            // The message names the path itself ("child.name: …").
            <li key={i}>{issue.message[locale] ?? issue.message.sv}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div ref={frame}>
      <ErrorSummary
        className="bb-plan-issues"
        // The message names the path itself ("child.name: …").
        errors={issues.map((issue, i) => ({
          targetId: targets[i],
          text: issue.message[locale] ?? issue.message.sv,
        }))}
        title={
          <>
            {m.invalidPlanTitle}
            <PlanLabelSuffix label={label} m={m} />
          </>
        }
        description={m.invalidPlanIntro}
        headingLevel={`h${Math.min(Math.max(headingLevel, 2), 4)}` as 'h3'}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- turns the focus-on-appear OFF
        autoFocus={false}
      />
    </div>
  );
}

const PHASE_TITLE: Record<SipPhase, keyof PlanMessages> = {
  inledning: 'phaseInledning',
  'aktuell-situation': 'phaseAktuellSituation',
  behov: 'phaseBehov',
  sammanfattning: 'phaseSammanfattning',
  avslutning: 'phaseAvslutning',
};

const PHASE_INTRO: Record<SipPhase, keyof PlanMessages> = {
  inledning: 'phaseIntroInledning',
  'aktuell-situation': 'phaseIntroAktuellSituation',
  behov: 'phaseIntroBehov',
  sammanfattning: 'phaseIntroSammanfattning',
  avslutning: 'phaseIntroAvslutning',
};

/** The title of a phase of the meeting circle. */
export function phaseTitle(phase: SipPhase, m: PlanMessages): string {
  return m[PHASE_TITLE[phase]];
}

/** The chair's short guidance for a phase. */
export function phaseIntro(phase: SipPhase, m: PlanMessages): string {
  return m[PHASE_INTRO[phase]];
}

/**
 * The frame of one section: a `<section>`, the chair's guidance, and the form building blocks set
 * to the section's language. The heading takes focus (tabindex -1) when the meeting mode moves to
 * this phase.
 *
 * A section on its own is a region named by its heading (and the plan's `label`). Inside a
 * `SipPlanForm` it is not a landmark: the headings give the plan its structure, and five regions
 * per plan would repeat their names ("Inledning" twice) on a page with two plans.
 *
 * It takes the section as `usePlanSection` gave it (one object, not its parts as props), so a new
 * thing every section shows is added in one place.
 */
export function SectionShell({
  phase,
  section: s,
  children,
}: {
  phase: SipPhase;
  /** What `usePlanSection` gave the section: its language, catalogue, ids, issues and live region. */
  section: PlanSectionApi;
  children: ReactNode;
}) {
  const { headingLevel, locale, m, label, standalone } = s;
  const headingId = s.id('phase', phase);
  const section = useRef<HTMLElement>(null);
  const getRoot = useRootOf(section);
  return (
    <FormLocaleProvider locale={locale} messages={s.formMessages}>
      <PlanRootProvider value={getRoot}>
        <section
          ref={section}
          className="bb-plan-section"
          data-phase={phase}
          aria-labelledby={standalone ? headingId : undefined}
        >
          <Heading
            level={headingLevel}
            id={headingId}
            className="bb-plan-section__heading"
            tabIndex={-1}
          >
            {phaseTitle(phase, m)}
            {standalone ? <PlanLabelSuffix label={label} m={m} /> : null}
          </Heading>
          <p className="bb-plan-section__intro">{phaseIntro(phase, m)}</p>
          <PlanIssues
            issues={s.issues}
            locale={locale}
            m={m}
            headingLevel={headingLevel + 1}
            prefix={s.prefix}
            label={label}
          />
          {children}
          {s.liveRegion}
        </section>
      </PlanRootProvider>
    </FormLocaleProvider>
  );
}
