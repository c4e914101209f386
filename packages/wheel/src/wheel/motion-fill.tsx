import { domMin, LazyMotion, m } from 'framer-motion';

/** Props of {@link MotionFill}. */
export interface MotionFillProps {
  /** Radius the fill grows from when it first appears (the centre circle). */
  from: number;
  /** Radius of the chosen ring. */
  to: number;
  /** `data-fill-radius`: the radius the fill is heading for, rounded as the drawing writes it. */
  target: string;
  /** `clip-path` that keeps the fill inside its segment (set on the circle: no wrapper group). */
  clipPath: string;
}

const SPRING = { type: 'spring', stiffness: 140, damping: 20, mass: 0.9 } as const;

/**
 * An area's fill, springing to its ring. Loaded lazily as one chunk with all of Motion (the `m`
 * component and its features), and only when the wheel animates (reduced motion is read live by the
 * wheel, which then never renders this: Motion's own `MotionConfig reducedMotion` would still
 * animate a radius, and dropping it keeps the lazy total within ADR 7's budget): until
 * it arrives the drawing shows a plain circle where the fill starts, and a wheel without motion
 * (`animate={false}` or reduced motion) never loads it. One chunk rather than `m` up front plus
 * lazy features, because the two halves share most of Motion's code and a host's bundler would
 * otherwise split that into a third chunk.
 */
export default function MotionFill({ from, to, target, clipPath }: MotionFillProps) {
  return (
    <LazyMotion features={domMin} strict>
      <m.circle
        className="bb-wheel__fill"
        cx={0}
        cy={0}
        initial={{ r: from }}
        animate={{ r: to }}
        transition={SPRING}
        data-fill-radius={target}
        clipPath={clipPath}
      />
    </LazyMotion>
  );
}
