/** Live versions of the embedding examples, with what they send shown on the page. */
import { createElement, useEffect, useRef, useState } from 'react';
import { WheelWithOwnSubmit } from '../examples/react-form-data.tsx';
import './docs.css';

/**
 * The "reading the answers on submit" example, showing what `onSend` receives.
 *
 * @example
 * <LiveFormData />
 */
export function LiveFormData() {
  const [sent, setSent] = useState<Record<string, string> | null>(null);
  return (
    <div className="bb-docs-example">
      <WheelWithOwnSubmit onSend={setSent} />
      <p>
        <strong>Det här skickades:</strong>
      </p>
      <pre className="bb-docs-output" aria-live="polite">
        {sent === null
          ? 'Ingenting ännu: svara och tryck på Skicka.'
          : Object.entries(sent)
              .map(([k, v]) => `${k}=${v}`)
              .join('\n') || '(inga svar)'}
      </pre>
    </div>
  );
}

/**
 * `<bb-wheel>` in a plain form, with the form data shown after submit. Loads the custom element
 * module on first use.
 *
 * @example
 * <LiveCustomElement />
 */
export function LiveCustomElement() {
  const [ready, setReady] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    let alive = true;
    void import('@barnets-basta/elements').then(() => alive && setReady(true));
    return () => {
      alive = false;
    };
  }, []);
  return (
    <div className="bb-docs-example">
      <form
        ref={form}
        aria-label="Exempel med bb-wheel"
        onSubmit={(event) => {
          event.preventDefault();
          const lines: string[] = [];
          for (const [k, v] of new FormData(event.currentTarget)) {
            const text = String(v);
            lines.push(`${k}=${text.length > 80 ? `${text.slice(0, 80)} …` : text}`);
          }
          setSent(lines.join('\n') || '(inga fält)');
        }}
      >
        {createElement('bb-wheel', { name: 'hjul', audience: 'child-8-12' })}
        <button type="submit" className="bb-docs-button bb-docs-button--primary" disabled={!ready}>
          Skicka
        </button>{' '}
        <button type="reset" className="bb-docs-button">
          Börja om
        </button>
      </form>
      <p>
        <strong>Det här skickades:</strong>
      </p>
      <pre className="bb-docs-output" aria-live="polite">
        {sent ?? 'Ingenting ännu: svara och tryck på Skicka.'}
      </pre>
    </div>
  );
}
