/**
 * Stateful hosts for the plan's stories (not shipped: `test-*` files are left out of the package).
 * A real host keeps the plan in state and passes it back down; so do these.
 */
import { useState, type ComponentType, type FormEvent } from 'react';
import type { SipPlan } from '@barnets-basta/core';
import { SipPlanForm, type SipPlanFormProps } from './sip-plan-form/sip-plan-form.tsx';
import type { PlanSectionProps } from './shared/plan-context.tsx';

const stop = (event: FormEvent) => event.preventDefault();

/** `SipPlanForm` in a plain form with a submit button, as an e-service embeds it. */
export function StoryPlanForm({
  value,
  ...props
}: Omit<SipPlanFormProps, 'onChange'> & { onChange?: (plan: SipPlan) => void }) {
  const [plan, setPlan] = useState(value);
  return (
    <form onSubmit={stop} aria-label="SIP">
      <SipPlanForm
        {...props}
        value={plan}
        onChange={(next) => {
          setPlan(next);
          props.onChange?.(next);
        }}
      />
      <button type="submit" className="bb-plan-button">
        {props.locale === 'en' ? 'Save' : 'Spara'}
      </button>
    </form>
  );
}

/** One section in a plain form with a submit button. */
export function StorySection<P extends PlanSectionProps>({
  component: Section,
  value,
  ...props
}: Omit<P, 'onChange'> & { component: ComponentType<P>; onChange?: (plan: SipPlan) => void }) {
  const [plan, setPlan] = useState(value);
  const sectionProps = {
    ...props,
    value: plan,
    onChange: (next: SipPlan) => {
      setPlan(next);
      props.onChange?.(next);
    },
  } as unknown as P;
  return (
    <form onSubmit={stop} aria-label="SIP">
      <Section {...sectionProps} />
      <button type="submit" className="bb-plan-button">
        {props.locale === 'en' ? 'Save' : 'Spara'}
      </button>
    </form>
  );
}
