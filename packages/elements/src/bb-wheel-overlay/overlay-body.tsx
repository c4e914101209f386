import type { Audience, ContentPack, UiLocale } from '@barnets-basta/core';
import {
  SeriesLegend,
  Wheel,
  WheelSummaryTable,
  type SeriesKind,
  type WheelSeries,
} from '@barnets-basta/wheel';
import { useState } from 'react';

// The React body of <bb-wheel-overlay>, in its own module so the element's ES build loads the
// legend and the table only on a page that shows them.

/** What the element gives its body. The series are already validated and cut down for the viewer. */
export interface OverlayBodyProps {
  series: WheelSeries[];
  pack: ContentPack;
  locale: UiLocale;
  visibility: 'respondent' | 'contact-person' | 'meeting';
  messages: Record<string, string> | undefined;
  seriesKind: SeriesKind;
  audience: Audience | undefined;
  animate: boolean;
  caption: string | undefined;
  showNotes: boolean;
}

/**
 * The "Tillsammans" view: the wheels overlaid, a legend whose checkboxes show and hide each
 * series (in the drawing and the table alike), and every answer as a table.
 *
 * @example
 * ```tsx
 * <OverlayBody series={series} pack={defaultPack} locale="sv" visibility="meeting" … />
 * ```
 */
export function OverlayBody({
  series,
  pack,
  locale,
  visibility,
  messages,
  seriesKind,
  audience,
  animate,
  caption,
  showNotes,
}: OverlayBodyProps) {
  const [hidden, setHidden] = useState<string[]>([]);
  const shown = series.filter((s) => !hidden.includes(s.id ?? ''));
  return (
    <div className="bb-element-overlay">
      <div className="bb-element-overlay__picture">
        <Wheel
          readOnly
          series={series}
          hiddenSeries={hidden}
          content={pack}
          audience={audience}
          locale={locale}
          messages={messages}
          viewer={visibility}
          showHopes={false}
          animate={animate}
        />
        <SeriesLegend
          series={series}
          hidden={hidden}
          onHiddenChange={setHidden}
          seriesKind={seriesKind}
          locale={locale}
          messages={messages}
        />
      </div>
      <WheelSummaryTable
        series={shown}
        pack={pack}
        locale={locale}
        messages={messages}
        viewer={visibility}
        seriesKind={seriesKind}
        showNotes={showNotes}
        {...(caption ? { caption } : {})}
      />
    </div>
  );
}
