import type { ContentPack, UiLocale } from '@barnets-basta/core';
import {
  WheelDifferences,
  type HeadingLevel,
  type SeriesKind,
  type WheelSeries,
} from '@barnets-basta/wheel';

// The React body of <bb-wheel-differences>: its own module, loaded only on a page that shows it.

/** What the element gives its body. The series are already validated and cut down for the viewer. */
export interface DifferencesBodyProps {
  series: WheelSeries[];
  pack: ContentPack;
  locale: UiLocale;
  visibility: 'respondent' | 'contact-person' | 'meeting';
  messages: Record<string, string> | undefined;
  seriesKind: SeriesKind;
  headingLevel: HeadingLevel;
  heading: string | undefined;
  limit: number | undefined;
}

/**
 * The differences as conversation starters, largest first.
 *
 * @example
 * ```tsx
 * <DifferencesBody series={series} pack={defaultPack} locale="sv" visibility="meeting" … />
 * ```
 */
export function DifferencesBody({ visibility, heading, limit, ...props }: DifferencesBodyProps) {
  return (
    <WheelDifferences
      {...props}
      viewer={visibility}
      {...(heading ? { heading } : {})}
      {...(limit !== undefined ? { limit } : {})}
    />
  );
}
