/**
 * @barnets-basta/follow-up/journey: one child's journey (micro level). It draws the wheel, so it
 * is its own entry: a host that only shows statistics never loads the rating input.
 * Import the styles of both packages: `@barnets-basta/wheel/styles.css` and
 * `@barnets-basta/follow-up/styles.css`.
 *
 * @example
 * ```tsx
 * import { JourneyView } from '@barnets-basta/follow-up/journey';
 * <JourneyView readings={[autumn, spring]} reader="contact-person" />;
 * ```
 */
export { JourneyView, type JourneyViewProps } from './journey-view.tsx';
export { journeySteps, professionalLine, familyLine, type JourneyStep } from './journey.ts';
