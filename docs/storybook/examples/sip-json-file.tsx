import { SIP_PLAN_TYPE, exportDocument, formatIssues } from '@barnets-basta/core';
import { importDocument, type SipPlan } from '@barnets-basta/core/sip';
import { ImportJsonButton, downloadJson } from '@barnets-basta/sip';
import { useState } from 'react';

/** Saves the plan as a core JSON file on the device, and reads one back. */
export function PlanFile({ plan, onPlan }: { plan: SipPlan; onPlan: (plan: SipPlan) => void }) {
  const [importErrors, setImportErrors] = useState<string[]>([]);
  return (
    <>
      <button type="button" onClick={() => downloadJson('sip-plan.json', exportDocument(plan))}>
        Exportera planen
      </button>
      <ImportJsonButton
        onImport={(text) => {
          const result = importDocument(text);
          if (result.ok && result.value.type === SIP_PLAN_TYPE) {
            onPlan(result.value);
            setImportErrors([]);
          } else if (result.ok) setImportErrors(['Filen är ett hjul, inte en SIP-plan.']);
          else setImportErrors(formatIssues(result.issues, 'sv'));
        }}
      />
      {importErrors.length > 0 && (
        <ul>
          {importErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </>
  );
}
