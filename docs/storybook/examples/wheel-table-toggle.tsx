import type { Assessment } from '@barnets-basta/core';
import { WheelTableToggle } from '@barnets-basta/wheel';

type Props = { child: Assessment; mum: Assessment; school: Assessment };

export function AnswersAsTable({ child, mum, school }: Props) {
  return (
    <WheelTableToggle
      series={[{ assessment: child }, { assessment: mum, label: 'Mamma' }, { assessment: school }]}
      viewer="meeting"
      showNotes
    />
  );
}
