import type { PatternId } from './segments.ts';

/**
 * The hatch patterns of one chart, defined once and referenced by every segment
 * (`fill="url(#<prefix>-dots)"`). The strokes use `currentColor` so forced colours and print can
 * recolour them through CSS.
 */
export function PatternDefs({ prefix }: { prefix: string }) {
  const p = (id: PatternId) => `${prefix}-${id}`;
  return (
    <svg className="bb-fu-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={p('dots')} width="6" height="6" patternUnits="userSpaceOnUse">
          <circle cx="3" cy="3" r="1.2" fill="currentColor" />
        </pattern>
        <pattern id={p('diagonal')} width="6" height="6" patternUnits="userSpaceOnUse">
          <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="currentColor" strokeWidth="1.2" />
        </pattern>
        <pattern id={p('horizontal')} width="6" height="6" patternUnits="userSpaceOnUse">
          <path d="M0,3 h6" stroke="currentColor" strokeWidth="1.2" />
        </pattern>
        <pattern id={p('vertical')} width="6" height="6" patternUnits="userSpaceOnUse">
          <path d="M3,0 v6" stroke="currentColor" strokeWidth="1.2" />
        </pattern>
        <pattern id={p('cross')} width="8" height="8" patternUnits="userSpaceOnUse">
          <path d="M0,0 l8,8 M8,0 l-8,8" stroke="currentColor" strokeWidth="1" />
        </pattern>
        <pattern id={p('dense')} width="4" height="4" patternUnits="userSpaceOnUse">
          <path d="M-1,1 l2,-2 M0,4 l4,-4 M3,5 l2,-2" stroke="currentColor" strokeWidth="1" />
        </pattern>
      </defs>
    </svg>
  );
}

/**
 * A patterned fill filling its box: the colour underneath, the hatch on top.
 */
export function PatternFill({
  prefix,
  pattern,
  fill,
}: {
  prefix: string;
  pattern: PatternId;
  fill: string;
}) {
  return (
    <svg className="bb-fu-fill" aria-hidden="true" focusable="false">
      <rect className="bb-fu-fill__base" width="100%" height="100%" fill={fill} />
      {pattern !== 'none' ? (
        <rect
          className="bb-fu-fill__hatch"
          width="100%"
          height="100%"
          fill={`url(#${prefix}-${pattern})`}
        />
      ) : null}
    </svg>
  );
}
