import { Wheel } from '@barnets-basta/wheel';
import '@barnets-basta/wheel/styles.css';

/** The wheel in a plain form: each area submits as `hjul.<area id>`, no JavaScript of yours needed. */
export function AbsenceWheelForm() {
  return (
    <form method="post" action="/franvaroutredning/hjul">
      <Wheel name="hjul" audience="child-8-12" locale="sv" />
      <button type="submit">Skicka</button>
    </form>
  );
}
