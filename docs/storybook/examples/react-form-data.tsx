import { Wheel } from '@barnets-basta/wheel';
import type { FormEvent } from 'react';

/** Reads what the wheel submits, e.g. to hand it to your own back end code. */
export function WheelWithOwnSubmit({
  onSend,
}: {
  onSend: (fields: Record<string, string>) => void;
}) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (key.startsWith('hjul.') && typeof value === 'string' && value !== '') fields[key] = value;
    }
    onSend(fields);
  }
  return (
    <form onSubmit={handleSubmit}>
      <Wheel name="hjul" audience="guardian" />
      <button type="submit">Skicka</button>
    </form>
  );
}
