import { exportDocument, type SipPlan } from '@barnets-basta/core';
import { parseSipPlan } from '@barnets-basta/core/sip';
import {
  DraftStatus,
  SipPlanForm,
  localStorageAdapter,
  useDraft,
  type SipPlanFormProps,
} from '@barnets-basta/sip';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  envelopeStorage,
  fingerprint,
  type DraftControl,
} from '../element-draft/draft-envelope.ts';

export type { DraftControl };

/** How a plan's draft is wrapped with the host value it started from (format kept as before). */
const PLAN_ENVELOPE = { type: 'bb.sip-plan-draft', field: 'plan' };

// The React body of <bb-sip-plan>, in its own module so the element's ES build loads it only when
// a page has a plan: pages with just <bb-wheel> do not pay for the SIP forms.

export type FormProps = Omit<SipPlanFormProps, 'value' | 'onChange'>;

/** What both bodies get from the element. */
interface BodyProps extends FormProps {
  /** The plan to start from: the host's `value`, or the element's own empty plan. */
  initial: SipPlan;
  /** Told the value the form starts with (no event: the user did nothing yet). */
  onLoad: (plan: SipPlan) => void;
  /** Told every change the user makes. */
  onChange: (plan: SipPlan) => void;
}

/**
 * Reports the starting plan once, in the commit that first shows it. A layout effect runs in the
 * same task as the DOM update, so the form value (ElementInternals) never lags what the fields
 * show: a restored draft is in the form as soon as it is on screen. (A passive effect ran after
 * paint, and a submit in between sent the plan from before the draft.)
 */
function useReportStart(plan: SipPlan, ready: boolean, onLoad: (plan: SipPlan) => void) {
  const reported = useRef(false);
  useLayoutEffect(() => {
    if (!ready || reported.current) return;
    reported.current = true;
    onLoad(plan);
  }, [plan, ready, onLoad]);
}

/** The plan form with no storage of its own: the host stores the value it gets in events. */
export function PlainPlan({ initial, onLoad, onChange, ...form }: BodyProps) {
  const [plan, setPlan] = useState(initial);
  useReportStart(plan, true, onLoad);
  return (
    <SipPlanForm
      {...form}
      value={plan}
      onChange={(next) => {
        setPlan(next);
        onChange(next);
      }}
    />
  );
}

/**
 * The plan form with a draft saved continuously in this browser's localStorage.
 *
 * Host value and draft: a draft holds the user's unsaved edits of the plan the element started
 * from. It is restored only when the element starts from the same thing again: no `value` (then
 * any draft under the key), or exactly the same `value` as when the draft was made. A different
 * `value` (another plan, or a newer version the host saved) wins, and the draft is replaced at the
 * next edit, so a stale draft never hides what the host gives.
 */
export function DraftedPlan({
  initial,
  fromHost,
  draftKey,
  control,
  onLoad,
  onChange,
  ...form
}: BodyProps & {
  /** True when `initial` is the host's `value` (the draft then records which one it started from). */
  fromHost: boolean;
  draftKey: string;
  control: DraftControl;
}) {
  // The first render's starting point decides which draft belongs here; later renders keep it.
  const [base] = useState(() => (fromHost ? fingerprint(exportDocument(initial)) : ''));
  const storage = useMemo(
    () => envelopeStorage(localStorageAdapter(), draftKey, base, control, PLAN_ENVELOPE),
    [draftKey, base, control],
  );
  const draft = useDraft<SipPlan>({
    key: draftKey,
    storage,
    initial,
    parse: parseSipPlan,
    serialize: exportDocument,
  });
  useReportStart(draft.value, !draft.loading, onLoad);
  const { clear, flush } = draft;
  useEffect(() => {
    control.clear = () => void clear();
    control.flush = flush;
    return () => {
      control.clear = undefined;
      control.flush = undefined;
    };
  }, [control, clear, flush]);
  return (
    <>
      <DraftStatus draft={draft} locale={form.locale} messages={form.formMessages} />
      <SipPlanForm
        {...form}
        value={draft.value}
        onChange={(next) => {
          draft.setValue(next);
          onChange(next);
        }}
      />
    </>
  );
}
