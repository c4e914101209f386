import { Textarea } from '@barnets-basta/sip';
import { useState } from 'react';

export function ShortTermGoal() {
  const [goal, setGoal] = useState('');
  return (
    <Textarea
      name="goal"
      label="Mål på kort sikt"
      maxLength={500}
      value={goal}
      onChange={setGoal}
    />
  );
}
