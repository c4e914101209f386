import { Fragment, type ReactNode } from 'react';

/**
 * Text people typed (a name, a unit, a pseudonym, a goal) set apart from the sentence around it
 * with `<bdi>`: in a right-to-left UI a Swedish name and its punctuation keep their own direction
 * instead of being reordered with the Arabic around them (the browser's bidi isolation). Empty
 * text renders nothing.
 *
 * @example
 * ```tsx
 * <p>{formatNodes(m.familyTitle, { name: <Typed>{child.name}</Typed> })}</p>
 * ```
 */
export function Typed({ children }: { children: ReactNode }) {
  if (children === '' || children === undefined || children === null) return null;
  return <bdi>{children}</bdi>;
}

/**
 * A catalogue message with its `{placeholders}` filled by React nodes, so a value can be a
 * `<Typed>` (isolated) part of the sentence. A placeholder without a value stays as written, as in
 * core's `formatMessage`.
 *
 * @example
 * ```tsx
 * formatNodes('Planen för {name}', { name: <Typed>Alva</Typed> }); // Planen för <bdi>Alva</bdi>
 * ```
 */
export function formatNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/\{(\w+)\}/g);
  return parts.map((part, i) =>
    i % 2 === 0 ? (
      part
    ) : (
      <Fragment key={i}>{Object.hasOwn(values, part) ? values[part] : `{${part}}`}</Fragment>
    ),
  );
}
