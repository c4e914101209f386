import type { ContentPack } from '@barnets-basta/core';
import { FollowUpReport, type CsvFlavour, type FollowUpMessages } from '@barnets-basta/follow-up';

/** What `<bb-follow-up>` passes to the report (loaded as its own chunk in the ES build). */
export interface FollowUpBodyProps {
  tables: unknown;
  pack?: ContentPack;
  unitNames?: Record<string, string>;
  /** `sv`, `en`, or a language registered as data. */
  locale: string;
  csvFlavour: CsvFlavour;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  onPrint: (element: HTMLElement) => void;
  /** The host's rewording (keys the report does not know are ignored). */
  messages?: Partial<FollowUpMessages>;
}

/** The report inside the element's shadow root. */
export function FollowUpBody(props: FollowUpBodyProps) {
  return <FollowUpReport {...props} />;
}
