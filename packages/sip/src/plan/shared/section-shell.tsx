import type { ReactNode } from 'react';
import type { UiLocale, ValidationIssue } from '@barnets-basta/core';
import type { FormMessages } from '../../i18n/form-messages.ts';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import { FormLocaleProvider } from '../../form/index.ts';
import type { SipPhase } from './plan-paths.ts';

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

/** Lists the problems `parseSipPlan` found in the plan a host passed. */
export function PlanIssues({
  issues,
  locale,
  m,
  headingLevel,
}: {
  issues: readonly ValidationIssue[];
  locale: UiLocale;
  m: PlanMessages;
  headingLevel: number;
}) {
  if (issues.length === 0) return null;
  return (
    <div className="bb-plan-issues" role="region" aria-label={m.invalidPlanTitle}>
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
 * The frame of one section: a `<section>` named by its heading, the chair's guidance, and the
 * form building blocks set to the section's language. The heading takes focus (tabindex -1) when
 * the meeting mode moves to this phase.
 */
export function SectionShell({
  phase,
  headingId,
  headingLevel,
  locale,
  m,
  formMessages,
  issues,
  liveRegion,
  children,
}: {
  phase: SipPhase;
  headingId: string;
  headingLevel: number;
  locale: UiLocale;
  m: PlanMessages;
  formMessages?: Partial<FormMessages>;
  issues: readonly ValidationIssue[];
  liveRegion: ReactNode;
  children: ReactNode;
}) {
  return (
    <FormLocaleProvider locale={locale} messages={formMessages}>
      <section className="bb-plan-section" data-phase={phase} aria-labelledby={headingId}>
        <Heading
          level={headingLevel}
          id={headingId}
          className="bb-plan-section__heading"
          tabIndex={-1}
        >
          {phaseTitle(phase, m)}
        </Heading>
        <p className="bb-plan-section__intro">{phaseIntro(phase, m)}</p>
        <PlanIssues issues={issues} locale={locale} m={m} headingLevel={headingLevel + 1} />
        {children}
        {liveRegion}
      </section>
    </FormLocaleProvider>
  );
}
