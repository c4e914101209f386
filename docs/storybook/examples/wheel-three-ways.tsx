import type { Assessment } from '@barnets-basta/core';
import { Wheel } from '@barnets-basta/wheel';
import { useState } from 'react';
import '@barnets-basta/wheel/styles.css';

// In a plain form: every area submits as hjul.<areaId>.
export function InAForm() {
  return (
    <form method="post">
      <Wheel name="hjul" audience="child-8-12" childName="Sam" allowVisibilityChoice required />
      <button type="submit">Skicka</button>
    </form>
  );
}

// Controlled, with other perspectives drawn over the child's own answers:
export function WithGuardian({ guardian }: { guardian: Assessment }) {
  const [child, setChild] = useState<Assessment>();
  return (
    <Wheel value={child} onChange={setChild} series={[{ label: 'Mamma', assessment: guardian }]} />
  );
}

// A finished wheel, read only, in English:
export function Finished({ saved }: { saved: Assessment }) {
  return <Wheel value={saved} readOnly locale="en" showHopes={false} />;
}
