import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import '../packages/wheel/src/styles.css';
import '../packages/sip/src/styles.css';
import { SipPlanForm, FamilyPlan, PrintPlan } from '../packages/sip/src/index.ts';
import { planWithAssessments, filledPlan, protectedPlan, emptyPlan } from '../packages/sip/src/plan/test-fixtures.ts';
import type { SipPlan } from '@barnets-basta/core';

const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'meeting';
const fixture = params.get('fixture') ?? 'assessments';
const initial: SipPlan = fixture === 'empty' ? emptyPlan() : fixture === 'protected' ? protectedPlan() : fixture === 'filled' ? filledPlan() : planWithAssessments();

function App() {
  const [plan, setPlan] = useState(initial);
  if (view === 'family') return <FamilyPlan value={plan} />;
  if (view === 'print') return <PrintPlan value={plan} printButton />;
  return <form><SipPlanForm value={plan} onChange={setPlan} mode={view === 'full' ? 'full' : 'meeting'} defaultPhase={(params.get('phase') as never) ?? 'inledning'} /></form>;
}
createRoot(document.getElementById('root')!).render(<App />);
