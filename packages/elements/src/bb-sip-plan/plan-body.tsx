import { exportDocument, type SipPlan } from '@barnets-basta/core';
import { parseSipPlan } from '@barnets-basta/core/sip';
import {
  DraftStatus,
  SipPlanForm,
  localStorageAdapter,
  useDraft,
  type SipPlanFormProps,
} from '@barnets-basta/sip';
import { useEffect, useMemo, useState } from 'react';

// The React body of <bb-sip-plan>, in its own module so the element's ES build loads it only when
// a page has a plan: pages with just <bb-wheel> do not pay for the SIP forms.

export type FormProps = Omit<SipPlanFormProps, 'value' | 'onChange'>;

/** The plan form with no storage of its own: the host stores the value it gets in events. */
export function PlainPlan({
  initial,
  onChange,
  ...form
}: FormProps & { initial: SipPlan; onChange: (p: SipPlan) => void }) {
  const [plan, setPlan] = useState(initial);
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

/** The plan form with a draft saved continuously in this browser's localStorage. */
export function DraftedPlan({
  initial,
  draftKey,
  onChange,
  ...form
}: FormProps & { initial: SipPlan; draftKey: string; onChange: (p: SipPlan) => void }) {
  const storage = useMemo(() => localStorageAdapter(), []);
  const draft = useDraft<SipPlan>({
    key: draftKey,
    storage,
    initial,
    parse: parseSipPlan,
    serialize: exportDocument,
  });
  useEffect(() => onChange(draft.value), [draft.value, onChange]);
  return (
    <>
      <DraftStatus draft={draft} locale={form.locale} />
      <SipPlanForm {...form} value={draft.value} onChange={draft.setValue} />
    </>
  );
}
