import { useCallback, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { langAttributes } from '../../i18n/language.ts';
import { Typed } from '../shared/bidi.tsx';
import { flushSync } from 'react-dom';
import { asSeenBy, type Viewer } from '@barnets-basta/core/privacy';
import {
  defaultPack,
  exportDocument,
  formatMessage,
  type ConsentPolicy,
  type SipPlan,
} from '@barnets-basta/core';
import { ErrorSummary, FormLocaleProvider } from '../../form/index.ts';
import { rootOf, type IdRoot } from '../../form/internal/dom-root.ts';
import { MeetingProgress, MeetingStepButtons } from '../meeting-mode/meeting-progress.tsx';
import { isPhase } from '../meeting-mode/phase-steps.ts';
import { useMeetingPhase } from '../meeting-mode/use-meeting-phase.ts';
import {
  PlanFormProvider,
  PlanRootProvider,
  useAnnouncer,
  usePendingFocus,
  usePlanMessages,
  usePlanValue,
  useRootOf,
  type PlanEditProps,
} from '../shared/plan-context.tsx';
import {
  DEFAULT_ID_PREFIX,
  PHASES,
  phaseOfPath,
  planFieldId,
  type SipPhase,
} from '../shared/plan-paths.ts';
import { Heading, PlanIssues, PlanLabelSuffix, phaseTitle } from '../shared/section-shell.tsx';
import { SipAktuellSituation } from '../sections/aktuell-situation/sip-aktuell-situation.tsx';
import { SipAvslutning } from '../sections/avslutning/sip-avslutning.tsx';
import { SipBehov } from '../sections/behov/sip-behov.tsx';
import { SipInledning } from '../sections/inledning/sip-inledning.tsx';
import { SipSammanfattning } from '../sections/sammanfattning/sip-sammanfattning.tsx';
import { memoSection } from '../shared/section-memo.ts';
import { enforceProtectedIdentity } from '../shared/plan-utils.ts';
import { problemPathOfTarget } from './completion.ts';
import { useCompletionCheck } from './use-completion-check.ts';

// Each section re-renders only when the parts of the plan it shows change.
const Inledning = memoSection(SipInledning, [
  'meetingDate',
  'unfinishedDates',
  'child',
  'participants',
  'initiator',
  'chair',
  'consents',
  'purpose',
  'questions',
  'childParticipation',
  'notToRaise',
]);
const AktuellSituation = memoSection(SipAktuellSituation, ['situation', 'assessments', 'child']);
const Behov = memoSection(SipBehov, ['goals', 'situation', 'ownActions', 'actions']);
const Sammanfattning = memoSection(SipSammanfattning, [
  'actions',
  'noOtherActors',
  'disagreements',
  'overallResponsibility',
  'child',
  'participants',
]);
const Avslutning = memoSection(SipAvslutning, ['followUp', 'closing', 'participants', 'child']);

export type { SipPhase } from '../shared/plan-paths.ts';

/**
 * Every prop of {@link SipPlanForm} but `mode`: the props of `MeetingMode` too. Named interfaces
 * all the way (no `Omit`), so Storybook's docgen can list them in the prop tables.
 */
export interface SipPlanFormBaseProps extends PlanEditProps {
  /** Controlled phase in meeting mode. */
  phase?: SipPhase;
  /** Phase to start on in meeting mode when `phase` is not controlled. Default `inledning`. */
  defaultPhase?: SipPhase;
  /** Called when the chair moves to another phase. */
  onPhaseChange?: (phase: SipPhase) => void;
  /**
   * Called with the plan when "Markera planen som klar" finds all four legal elements. The host
   * decides what "complete" means for it (lock, sign, send); the plan itself is not changed.
   */
  onComplete?: (plan: SipPlan) => void;
  /** Level of the form's title; the sections' headings come one level below. Default 2. */
  headingLevel?: 1 | 2 | 3;
  /** The form's title. Default "Samordnad individuell plan (SIP)"; `null` for none. */
  title?: ReactNode;
  /**
   * When set, a hidden input with this name carries the whole plan as core JSON
   * (`exportDocument`), so a plain `<form>` submission sends it: the plan as `formReceiver` may
   * have it.
   */
  name?: string;
  /**
   * Who receives the posted plan (core's `asSeenBy`): what the child marked for the contact
   * person or for nobody (in the wheels the plan starts from, in its follow-up readings, in what
   * the child does not want raised) is not posted unless the receiver may see it. Default
   * `'meeting'`; a host that is the contact person's own record passes `'contact-person'` on
   * purpose.
   */
  formReceiver?: Viewer;
  /** Show the earlier wheels beside the current situation. Default true. */
  showEarlier?: boolean;
  /**
   * The region's consent policy, checked by "Markera planen som klar" and shown in the consent
   * editor. Default `'guardians-must-consent'`: a consent the child gave needs the guardians'
   * consent too. `'child-may-consent-alone'` lets a mature child consent alone.
   */
  consentPolicy?: ConsentPolicy;
}

/** Props of {@link SipPlanForm}. */
export interface SipPlanFormProps extends SipPlanFormBaseProps {
  /**
   * `full` (default): the five sections one after another. `meeting`: one phase at a time with a
   * progress indicator and previous/next, for the chair to run the meeting.
   */
  mode?: 'full' | 'meeting';
}

/**
 * The phase that holds the element a link in an error summary lands on, looked up in the root the
 * form is in (a shadow root in `<bb-sip-plan>`).
 */
function phaseOfElement(id: string, fallback: SipPhase, root: IdRoot | undefined): SipPhase {
  const phase = root
    ?.getElementById(id)
    ?.closest('[data-plan-phase]')
    ?.getAttribute('data-plan-phase');
  return isPhase(PHASES, phase) ? phase : fallback;
}

/**
 * The whole SIP plan, following the meeting circle (mötescirkeln): Inledning, Aktuell situation,
 * Behov, Sammanfattning, Avslutning. Controlled: pass the plan as `value` and keep what
 * `onChange` gives (with `useDraft` for "no data lost"). Render it inside your `<form>`; all its
 * buttons are `type="button"`.
 *
 * `mode="meeting"` steps through the five phases with a visible progress indicator (each step a
 * button, so the chair moves freely), previous/next buttons, and focus moved to the phase's
 * heading. All phases stay in the DOM (the others `hidden`), so a form submission carries every
 * field.
 *
 * "Markera planen som klar" runs core's `checkLegalElements` (with `consentPolicy`) and checks
 * that every typed date is a real date: what is missing or wrong is listed in an error summary
 * that takes focus, each linked to its field (switching phase when the field is in another one);
 * when nothing is, `onComplete` is called. Problems in the data passed as `value` are listed at the
 * top, linked to their fields, and shown at the fields.
 *
 * @example
 * ```tsx
 * const [plan, setPlan] = useState(() => createSipPlan({ pack: defaultPack }));
 * <form onSubmit={save}>
 *   <SipPlanForm value={plan} onChange={setPlan} mode="meeting" name="plan" onComplete={lock} />
 * </form>
 * ```
 */
export function SipPlanForm({
  mode = 'full',
  phase: phaseProp,
  defaultPhase = 'inledning',
  onPhaseChange,
  onComplete,
  headingLevel = 2,
  title,
  name,
  formReceiver = 'meeting',
  showEarlier = true,
  consentPolicy = 'guardians-must-consent',
  ...sectionProps
}: SipPlanFormProps) {
  const {
    value,
    pack = defaultPack,
    locale: localeProp,
    messages,
    idPrefix = DEFAULT_ID_PREFIX,
    formMessages,
    label,
  } = sectionProps;
  const { locale, m } = usePlanMessages(localeProp, messages);
  const { plan, issues } = usePlanValue(value, pack);
  const [liveRegion, announce] = useAnnouncer();
  // Every lookup by id goes through the root the form is in: `document` cannot see into the
  // shadow root of <bb-sip-plan>.
  const frame = useRef<HTMLDivElement>(null);
  const getRoot = useRootOf(frame);
  const focus = usePendingFocus(getRoot);
  const [phase, goTo, showPhase] = useMeetingPhase<SipPhase>({
    phase: phaseProp,
    defaultPhase,
    onPhaseChange,
    headingId: (p) => planFieldId(idPrefix, ['phase', p]),
    getRoot,
    active: mode === 'meeting',
  });
  const check = useCompletionCheck({
    plan,
    value,
    issues,
    consentPolicy,
    locale,
    m,
    idPrefix,
    getRoot,
    focus,
    onComplete,
  });

  // Stable across keystrokes, so the memoised sections are not re-rendered through the context.
  const latestPlan = useRef(plan);
  latestPlan.current = plan;
  const latest = useCallback(() => latestPlan.current, []);
  const context = useMemo(
    () => ({ errors: check.fieldErrors, announce, latest }),
    [check.fieldErrors, announce, latest],
  );
  const onChangeRef = useRef(sectionProps.onChange);
  onChangeRef.current = sectionProps.onChange;
  const onChange = useCallback((next: SipPlan) => onChangeRef.current(next), []);

  // A link in a summary (the completion check, or the problems in the data) may point into a phase
  // that is hidden: show that phase first (before the summary's own handler moves focus to the
  // field), synchronously so the field can take focus.
  const onClickCapture = (event: MouseEvent<HTMLDivElement>) => {
    if (mode !== 'meeting') return;
    const link = (event.target as Element).closest?.('a[href^="#"]');
    if (!link || !link.closest('.bb-error-summary')) return;
    const targetId = decodeURIComponent(link.getAttribute('href')!.slice(1));
    const path = problemPathOfTarget(targetId, check.shown, idPrefix);
    const target = phaseOfElement(targetId, phaseOfPath(path ?? []), rootOf(link));
    if (target !== phase) flushSync(() => showPhase(target));
  };

  const sectionFor = (p: SipPhase) => {
    const common = {
      ...sectionProps,
      onChange,
      pack,
      headingLevel: Math.min(headingLevel + 1, 4) as 2 | 3 | 4,
    };
    switch (p) {
      case 'inledning':
        return <Inledning {...common} consentPolicy={consentPolicy} />;
      case 'aktuell-situation':
        return <AktuellSituation {...common} showEarlier={showEarlier} />;
      case 'behov':
        return <Behov {...common} />;
      case 'sammanfattning':
        return <Sammanfattning {...common} />;
      case 'avslutning':
        return <Avslutning {...common} />;
    }
  };

  return (
    <FormLocaleProvider locale={locale} messages={formMessages}>
      <PlanFormProvider value={context}>
        <PlanRootProvider value={getRoot}>
          {/*
          Observes clicks on the summary's links only (Enter on a link is a click too). With a
          label, the plan is a region a screen reader user can jump to among the page's plans.
        */}
          <div
            ref={frame}
            className="bb-sip-plan"
            data-mode={mode}
            {...langAttributes(locale)}
            onClickCapture={onClickCapture}
            role={label ? 'region' : undefined}
            aria-label={label || undefined}
          >
            {title !== null ? (
              <Heading level={headingLevel} className="bb-sip-plan__title">
                {title ?? m.formTitle}
              </Heading>
            ) : null}
            {plan.legalReference ? (
              <p className="bb-sip-plan__legal">
                {m.legalReferenceLabel}: <Typed>{plan.legalReference}</Typed>
              </p>
            ) : null}
            <PlanIssues
              issues={issues}
              locale={locale}
              m={m}
              headingLevel={headingLevel + 1}
              prefix={idPrefix}
              label={label}
            />
            <ErrorSummary
              id={check.summaryId}
              errors={check.errors}
              title={
                <>
                  {m.completeErrorTitle}
                  <PlanLabelSuffix label={label} m={m} />
                </>
              }
              description={m.completeErrorIntro}
              headingLevel={`h${Math.min(headingLevel + 1, 4)}` as 'h3'}
              // Turns the summary's own focus-on-appear OFF: focus moves to it only on the click.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus={false}
            />
            {mode === 'meeting' ? (
              <MeetingProgress
                phases={PHASES}
                phase={phase}
                onSelect={goTo}
                title={(p) => phaseTitle(p, m)}
                label={
                  <>
                    {m.meetingProgressLabel}
                    <PlanLabelSuffix label={label} m={m} />
                  </>
                }
                stepOf={(n, total) => formatMessage(m.meetingStepOf, { n, total })}
                idPrefix={idPrefix}
              />
            ) : null}
            {PHASES.map((p) => (
              <div
                key={p}
                className="bb-sip-plan__phase"
                data-plan-phase={p}
                hidden={mode === 'meeting' && p !== phase}
              >
                {sectionFor(p)}
              </div>
            ))}
            {mode === 'meeting' ? (
              <MeetingStepButtons
                phases={PHASES}
                phase={phase}
                onSelect={goTo}
                previousText={(p) => formatMessage(m.meetingPrevious, { title: phaseTitle(p, m) })}
                nextText={(p) => formatMessage(m.meetingNext, { title: phaseTitle(p, m) })}
              />
            ) : null}
            <div className="bb-sip-plan__complete">
              <p className="bb-hint" id={`${idPrefix}-complete-hint`}>
                {m.completeHint}
              </p>
              <button
                type="button"
                id={`${idPrefix}-complete`}
                className="bb-plan-button bb-plan-button--primary"
                aria-describedby={`${idPrefix}-complete-hint`}
                onClick={check.complete}
              >
                {m.completeButton}
              </button>
              <div role="status" className="bb-sip-plan__done">
                {check.done ? (
                  <p className="bb-plan-notice" data-kind="done">
                    {m.completeDone}
                  </p>
                ) : null}
              </div>
            </div>
            {/* asSeenBy also protects identity: a plan passed in may still hold the name. */}
            {name ? (
              <input
                type="hidden"
                name={name}
                value={exportDocument(asSeenBy(enforceProtectedIdentity(plan), formReceiver))}
              />
            ) : null}
            {liveRegion}
          </div>
        </PlanRootProvider>
      </PlanFormProvider>
    </FormLocaleProvider>
  );
}
