import { defaultPack } from '@barnets-basta/core';
import { createSipPlan, type SipPlan } from '@barnets-basta/core/sip';
import { SipPlanForm } from '@barnets-basta/sip';
import { useState } from 'react';
import '@barnets-basta/wheel/styles.css';
import '@barnets-basta/sip/styles.css';

export function Meeting({ onComplete }: { onComplete: (plan: SipPlan) => void }) {
  const [plan, setPlan] = useState(() => createSipPlan({ pack: defaultPack }));
  return (
    <form method="post" action="/sip">
      <SipPlanForm
        value={plan}
        onChange={setPlan}
        mode="meeting"
        name="plan"
        onComplete={onComplete}
      />
      <button type="submit">Spara</button>
    </form>
  );
}
