import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { defaultPack, exportDocument, type IssuePath, type SipPlan } from '@barnets-basta/core';
import { checkLegalElements } from '@barnets-basta/core/sip';
import { ErrorSummary, FormLocaleProvider, type ErrorSummaryItem } from '../../form/index.ts';
import { MeetingProgress, MeetingStepButtons } from '../meeting-mode/meeting-progress.tsx';
import {
  PlanFormProvider,
  useAnnouncer,
  usePendingFocus,
  usePlanMessages,
  usePlanValue,
  type PlanSectionProps,
} from '../shared/plan-context.tsx';
import {
  DEFAULT_ID_PREFIX,
  PHASES,
  phaseOfPath,
  planFieldId,
  resolveFieldId,
  type SipPhase,
} from '../shared/plan-paths.ts';
import { Heading, PlanIssues } from '../shared/section-shell.tsx';
import { SipAktuellSituation } from '../sections/aktuell-situation/sip-aktuell-situation.tsx';
import { SipAvslutning } from '../sections/avslutning/sip-avslutning.tsx';
import { SipBehov } from '../sections/behov/sip-behov.tsx';
import { SipInledning } from '../sections/inledning/sip-inledning.tsx';
import { SipSammanfattning } from '../sections/sammanfattning/sip-sammanfattning.tsx';
import { memoSection } from '../shared/section-memo.ts';

// Each section re-renders only when the parts of the plan it shows change.
const Inledning = memoSection(SipInledning, [
  'meetingDate',
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

/** Props of {@link SipPlanForm}. */
export interface SipPlanFormProps extends Omit<PlanSectionProps, 'headingLevel'> {
  /**
   * `full` (default): the five sections one after another. `meeting`: one phase at a time with a
   * progress indicator and previous/next, for the chair to run the meeting.
   */
  mode?: 'full' | 'meeting';
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
   * (`exportDocument`), so a plain `<form>` submission sends it.
   */
  name?: string;
  /** Show the earlier wheels beside the current situation. Default true. */
  showEarlier?: boolean;
}

/** Which DOM element links in the error summary land on, and in which phase it lives. */
function phaseOfElement(id: string, fallback: SipPhase): SipPhase {
  const phase = document
    .getElementById(id)
    ?.closest('[data-plan-phase]')
    ?.getAttribute('data-plan-phase');
  return (PHASES as readonly string[]).includes(phase ?? '') ? (phase as SipPhase) : fallback;
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
 * "Markera planen som klar" runs core's `checkLegalElements`: the missing legal elements are
 * listed in an error summary that takes focus, each linked to its field (switching phase when the
 * field is in another one); when nothing is missing, `onComplete` is called.
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
  showEarlier = true,
  ...sectionProps
}: SipPlanFormProps) {
  const {
    value,
    pack = defaultPack,
    locale: localeProp,
    messages,
    idPrefix = DEFAULT_ID_PREFIX,
    formMessages,
  } = sectionProps;
  const { locale, m } = usePlanMessages(localeProp, messages);
  const { plan, issues } = usePlanValue(value, pack);
  const [ownPhase, setOwnPhase] = useState<SipPhase>(defaultPhase);
  const phase = phaseProp ?? ownPhase;
  const [liveRegion, announce] = useAnnouncer();
  const focus = usePendingFocus();
  const focusHeading = useRef(false);

  // The legal-elements check: what was missing at the last click, narrowed as things get fixed.
  // New gaps appear only on the next click, so the summary never jumps in while someone types.
  const [checkedMissing, setCheckedMissing] = useState<{ key: string; path: IssuePath }[] | null>(
    null,
  );
  const [completedPlan, setCompletedPlan] = useState<unknown>(null);
  const missingNow = useMemo(() => checkLegalElements(plan), [plan]);
  const shown = checkedMissing
    ? missingNow.filter((item) =>
        checkedMissing.some((c) => c.key === `${item.element}:${item.path.join('.')}`),
      )
    : [];
  const summaryId = `${idPrefix}-completion-summary`;
  const errors: ErrorSummaryItem[] = shown.map((item) => ({
    targetId:
      typeof document === 'undefined'
        ? planFieldId(idPrefix, item.path)
        : resolveFieldId(idPrefix, item.path),
    text: item.message[locale] ?? item.message.sv,
  }));

  // Field-level errors: the legal gaps shown in the summary, and problems in the data itself.
  const fieldErrors = useMemo(() => {
    const map = new Map<string, string>();
    for (const issue of issues) {
      const fieldId = planFieldId(idPrefix, issue.path);
      if (!map.has(fieldId)) map.set(fieldId, issue.message[locale] ?? issue.message.sv);
    }
    for (const item of shown) {
      const fieldId = planFieldId(idPrefix, item.path);
      if (!map.has(fieldId)) map.set(fieldId, item.message[locale] ?? item.message.sv);
    }
    return map;
    // `shown` is derived from these two.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [issues, idPrefix, locale, missingNow, checkedMissing]);
  // Stable across keystrokes, so the memoised sections are not re-rendered through the context.
  const latestPlan = useRef(plan);
  latestPlan.current = plan;
  const latest = useCallback(() => latestPlan.current, []);
  const errorsKey = [...fieldErrors].map(([k, v]) => `${k}=${v}`).join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `errorsKey` stands for `fieldErrors`
  const stableFieldErrors = useMemo(() => fieldErrors, [errorsKey]);
  const context = useMemo(
    () => ({ errors: stableFieldErrors, announce, latest }),
    [stableFieldErrors, announce, latest],
  );
  const onChangeRef = useRef(sectionProps.onChange);
  onChangeRef.current = sectionProps.onChange;
  const onChange = useCallback((next: SipPlan) => onChangeRef.current(next), []);

  const goTo = (next: SipPhase) => {
    focusHeading.current = true;
    setOwnPhase(next);
    onPhaseChange?.(next);
  };

  useEffect(() => {
    if (mode !== 'meeting' || !focusHeading.current) return;
    focusHeading.current = false;
    document.getElementById(planFieldId(idPrefix, ['phase', phase]))?.focus();
  }, [phase, mode, idPrefix]);

  const complete = () => {
    const missing = checkLegalElements(plan);
    if (missing.length === 0) {
      setCheckedMissing(null);
      setCompletedPlan(value);
      onComplete?.(plan);
      return;
    }
    setCompletedPlan(null);
    setCheckedMissing(
      missing.map((item) => ({ key: `${item.element}:${item.path.join('.')}`, path: item.path })),
    );
    focus(summaryId);
  };

  // A link in the summary may point into a phase that is hidden: show that phase first (before
  // the summary's own handler moves focus to the field), synchronously so the field can take focus.
  const onClickCapture = (event: MouseEvent<HTMLDivElement>) => {
    if (mode !== 'meeting') return;
    const link = (event.target as Element).closest?.('a[href^="#"]');
    if (!link || !link.closest('.bb-error-summary')) return;
    const targetId = decodeURIComponent(link.getAttribute('href')!.slice(1));
    const path = shown.find((item) => planFieldId(idPrefix, item.path) === targetId)?.path ?? [];
    const target = phaseOfElement(targetId, phaseOfPath(path));
    if (target !== phase) {
      flushSync(() => {
        setOwnPhase(target);
        onPhaseChange?.(target);
      });
    }
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
        return <Inledning {...common} />;
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

  const done = completedPlan !== null && completedPlan === value;

  return (
    <FormLocaleProvider locale={locale} messages={formMessages}>
      <PlanFormProvider value={context}>
        {/* Observes clicks on the summary's links only (Enter on a link is a click too). */}
        <div className="bb-sip-plan" data-mode={mode} onClickCapture={onClickCapture}>
          {title !== null ? (
            <Heading level={headingLevel} className="bb-sip-plan__title">
              {title ?? m.formTitle}
            </Heading>
          ) : null}
          {plan.legalReference ? (
            <p className="bb-sip-plan__legal">
              {m.legalReferenceLabel}: {plan.legalReference}
            </p>
          ) : null}
          <PlanIssues issues={issues} locale={locale} m={m} headingLevel={headingLevel + 1} />
          <ErrorSummary
            id={summaryId}
            errors={errors}
            title={m.completeErrorTitle}
            description={m.completeErrorIntro}
            headingLevel={`h${Math.min(headingLevel + 1, 4)}` as 'h3'}
            // Turns the summary's own focus-on-appear OFF: focus moves to it only on the click.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus={false}
          />
          {mode === 'meeting' ? (
            <MeetingProgress phase={phase} onSelect={goTo} m={m} idPrefix={idPrefix} />
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
          {mode === 'meeting' ? <MeetingStepButtons phase={phase} onSelect={goTo} m={m} /> : null}
          <div className="bb-sip-plan__complete">
            <p className="bb-hint" id={`${idPrefix}-complete-hint`}>
              {m.completeHint}
            </p>
            <button
              type="button"
              id={`${idPrefix}-complete`}
              className="bb-plan-button bb-plan-button--primary"
              aria-describedby={`${idPrefix}-complete-hint`}
              onClick={complete}
            >
              {m.completeButton}
            </button>
            <div role="status" className="bb-sip-plan__done">
              {done ? (
                <p className="bb-plan-notice" data-kind="done">
                  {m.completeDone}
                </p>
              ) : null}
            </div>
          </div>
          {name ? <input type="hidden" name={name} value={exportDocument(plan)} /> : null}
          {liveRegion}
        </div>
      </PlanFormProvider>
    </FormLocaleProvider>
  );
}
