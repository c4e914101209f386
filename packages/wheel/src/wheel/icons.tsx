/**
 * Small decorative icons, drawn with `currentColor` so they follow the text colour, forced colours
 * and print. Always `aria-hidden`: the words beside them carry the meaning.
 *
 * Two forms: {@link Icon} for the HTML controls (one element, drawn by CSS), and the SVG
 * components below for the wheel's drawing, where an icon is part of the exported picture.
 */

/** Names of the icons {@link Icon} draws (see `.bb-wheel-icon` in wheel.css). */
export type IconName = 'dont-know' | 'declined' | 'check' | 'info' | 'face-1' | 'face-2' | 'face-3';

/**
 * A decorative icon in the HTML controls: one empty element that CSS paints in the text colour
 * through a mask of the same drawing as the SVG icons below. An inline SVG was 3–5 elements, and
 * a wheel shows 24 of them (the "Vet inte", "Vill inte svara" and "Om …" controls of every area):
 * about 12 % of a wheel's elements, created, styled and laid out on every mount. In forced colours
 * CSS paints it in a system colour (wheel.css).
 *
 * @example
 * <Icon name="dont-know" className="bb-wheel-choice__icon" />
 */
export function Icon({ name, className }: { name: IconName; className: string }) {
  return <span className={`bb-wheel-icon ${className}`} data-icon={name} aria-hidden="true" />;
}

interface IconProps {
  className?: string;
  /** Position and size when nested inside the wheel's SVG. */
  x?: number;
  y?: number;
  size?: number;
  'data-filled'?: string;
}

const place = ({ className, x, y, size = 20, 'data-filled': filled }: IconProps) => ({
  className,
  x,
  y,
  width: size,
  height: size,
  'data-filled': filled,
});

const base = {
  'aria-hidden': true as const,
  focusable: 'false' as const,
  viewBox: '0 0 20 20',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
};

/** A calm face for step `step` (1…3) of the faces scale: the mouth goes from flat-down to a smile. */
export function FaceIcon(props: IconProps & { step: number }) {
  const { step } = props;
  const mouth =
    step <= 1 ? 'M6.5 13.6q3.5-2.4 7 0' : step === 2 ? 'M6.8 12.8h6.4' : 'M6.3 11.8q3.7 3.4 7.4 0';
  return (
    <svg {...base} {...place(props)}>
      <circle cx="10" cy="10" r="8" />
      <circle cx="7.2" cy="8" r="0.9" fill="currentColor" stroke="none" />
      <circle cx="12.8" cy="8" r="0.9" fill="currentColor" stroke="none" />
      <path d={mouth} />
    </svg>
  );
}

/** "Vet inte": a question mark in a dotted circle (the wheel fills such an area with dots). */
export function DontKnowIcon(props: IconProps) {
  return (
    <svg {...base} {...place(props)}>
      <circle cx="10" cy="10" r="8" strokeDasharray="1.2 2.4" />
      <path d="M7.6 7.7a2.5 2.5 0 1 1 3.3 2.4c-.6.3-.9.7-.9 1.3v.6" />
      <circle cx="10" cy="14.6" r="0.9" fill="currentColor" stroke="none" />
    </svg>
  );
}

/** "Vill inte svara": a closed speech bubble (the wheel fills such an area with stripes). */
export function DeclinedIcon(props: IconProps) {
  return (
    <svg {...base} {...place(props)}>
      <path d="M4 4.5h12a1.5 1.5 0 0 1 1.5 1.5v6.5a1.5 1.5 0 0 1-1.5 1.5H9l-3.5 3v-3H4a1.5 1.5 0 0 1-1.5-1.5V6A1.5 1.5 0 0 1 4 4.5z" />
      <path d="M6.5 9.3h7" />
    </svg>
  );
}

/** "Pratat om": a tick. */
export function CheckIcon(props: IconProps) {
  return (
    <svg {...base} {...place(props)}>
      <path d="M4.5 10.5l3.5 3.5 7.5-8" />
    </svg>
  );
}
