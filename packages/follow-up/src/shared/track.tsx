import type { PatternId } from './segments.ts';

/** One piece of a bar: where it starts and how wide it is (percent), its look and its label. */
export interface TrackPiece {
  key: string;
  start: number;
  width: number;
  fill: string;
  pattern: PatternId;
  ink: string;
  /** Text inside the piece, when it is wide enough to hold it. */
  label?: string | undefined;
}

/**
 * A bar drawn as one SVG of rectangles (fill, hatch, the gap to the next piece) with the labels as
 * HTML on top. One SVG per bar keeps the DOM small for hundreds of units; the labels are HTML so
 * they follow the text direction and never stretch. In right-to-left text the SVG is mirrored by
 * CSS (it holds no text).
 */
export function Track({
  pieces,
  prefix,
  axis = false,
}: {
  pieces: readonly TrackPiece[];
  prefix: string;
  axis?: boolean;
}) {
  return (
    <span className="bb-fu-bars__track">
      <svg className="bb-fu-bars__svg" aria-hidden="true" focusable="false">
        {pieces.map((p) => (
          <g key={p.key} data-segment={p.key}>
            <rect
              className="bb-fu-fill__base"
              x={`${p.start}%`}
              width={`${p.width}%`}
              height="100%"
              fill={p.fill}
            />
            {p.pattern !== 'none' ? (
              <rect
                x={`${p.start}%`}
                width={`${p.width}%`}
                height="100%"
                fill={`url(#${prefix}-${p.pattern})`}
              />
            ) : null}
            <line
              className="bb-fu-bars__gap"
              x1={`${p.start + p.width}%`}
              x2={`${p.start + p.width}%`}
              y1="0"
              y2="100%"
            />
          </g>
        ))}
        {axis ? <line className="bb-fu-bars__axis" x1="50%" x2="50%" y1="0" y2="100%" /> : null}
      </svg>
      {pieces.map((p) =>
        p.label ? (
          <span
            key={p.key}
            className="bb-fu-bars__text"
            data-fit={fitClass(p.label)}
            style={{
              insetInlineStart: `${p.start}%`,
              width: `${p.width}%`,
              color: p.ink,
            }}
          >
            <span style={{ background: p.fill }}>{p.label}</span>
          </span>
        ) : null,
      )}
    </span>
  );
}

/**
 * How wide a label needs its piece to be, by its length (view.css hides a label whose piece is
 * narrower, so no figure is ever drawn cut; the table beside the chart holds every figure).
 */
function fitClass(label: string): 's' | 'm' | 'l' | 'xl' {
  const n = [...label].length;
  return n <= 3 ? 's' : n <= 5 ? 'm' : n <= 7 ? 'l' : 'xl';
}
