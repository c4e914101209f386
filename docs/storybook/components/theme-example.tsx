/** The theme page's live example: the wheel and a form block inside a host's themed container. */
import { TextInput } from '@barnets-basta/sip';
import { Wheel } from '@barnets-basta/wheel';
import { exampleChild } from './example-assessments.ts';
import './docs.css';
import './theme-example.css';

/**
 * A `<Wheel>` and a SIP `TextInput` inside `.bb-docs-theme-example`, which overrides a few
 * `--bb-*` properties (see theme-example.css, shown next to it on the page).
 *
 * @example
 * <ThemeExample />
 */
export function ThemeExample() {
  return (
    <div className="bb-docs-example bb-docs-theme-example" data-testid="theme-example">
      <form aria-label="Exempel med eget tema" onSubmit={(event) => event.preventDefault()}>
        <Wheel name="tema" defaultValue={exampleChild} showHopes={false} />
        <TextInput name="kontakt" label="Kontaktperson i skolan" hint="Namn och telefon" />
      </form>
    </div>
  );
}
