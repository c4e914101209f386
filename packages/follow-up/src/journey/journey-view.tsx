import {
  defaultPack,
  formatMessage,
  type Assessment,
  type ContentPack,
  type Visibility,
} from '@barnets-basta/core';
import { packForLocale } from '@barnets-basta/core/language';
import { Wheel } from '@barnets-basta/wheel';
import { useId, useMemo } from 'react';
import type { FollowUpMessages } from '../i18n/messages.ts';
import { catalogue, uiLocale, viewLanguage } from '../shared/messages.ts';
import type { HeadingLevel } from '../shared/view-frame.tsx';
import { familyLine, journeySteps, professionalLine } from './journey.ts';

/**
 * Props of {@link JourneyView}.
 *
 * @example
 * const props: JourneyViewProps = { readings: [autumn, spring], reader: 'family', childName: 'Sam' };
 */
export interface JourneyViewProps {
  /** One child's readings of one perspective, oldest first. */
  readings: readonly Assessment[];
  /** `contact-person` (default): levels in words, first → latest; `family`: plain sentences. */
  reader?: 'contact-person' | 'family';
  /** Who is looking: answers marked for fewer people are left out. Default `contact-person`. */
  viewer?: Visibility;
  pack?: ContentPack;
  childName?: string;
  locale?: string;
  messages?: Partial<FollowUpMessages>;
  headingLevel?: HeadingLevel;
  /** Draw the wheel with the earlier readings overlaid. Default true. */
  showWheel?: boolean;
  className?: string;
}

/**
 * One child's journey (micro level): the wheel with the latest reading and the earlier ones
 * overlaid (the wheel's readings overlay), and "resan" per area in words, first → latest, for the
 * contact person, or in plain words for the family. No verdicts: higher is not "better", only
 * higher.
 *
 * @example
 * <JourneyView readings={[autumn, spring]} reader="family" childName="Sam" />
 */
export function JourneyView(props: JourneyViewProps) {
  const {
    readings,
    reader = 'contact-person',
    viewer = 'contact-person',
    childName,
    showWheel = true,
  } = props;
  const locale = uiLocale(props.locale);
  const messages = catalogue(locale, props.messages);
  // A language added as data brings its area names through core's registry.
  const pack = packForLocale(
    props.pack && Array.isArray(props.pack.areas) ? props.pack : defaultPack,
    props.locale,
  );
  const headingId = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-journey`;
  const Heading = `h${props.headingLevel ?? 2}` as const;
  const list = useMemo(() => (Array.isArray(readings) ? readings : []), [readings]);
  const steps = useMemo(
    () => journeySteps(list, pack, locale, viewer),
    [list, pack, locale, viewer],
  );
  const latest = list.at(-1);
  const series = useMemo(
    () =>
      list.slice(0, -1).map((assessment, i) => ({
        id: `reading-${i + 1}`,
        label: formatMessage(messages.journeyReading, { n: i + 1 }),
        assessment,
      })),
    [list, messages],
  );
  return (
    <section
      className={['bb-fu-journey', props.className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-reader={reader}
      {...viewLanguage(props.locale)}
    >
      <Heading id={headingId} className="bb-fu-view__title">
        {reader === 'family' ? messages.journeyFamilyTitle : messages.journeyProfessionalTitle}
        {': '}
        {messages.journeyTitle}
      </Heading>
      {!latest ? (
        <p className="bb-fu-view__empty">{messages.journeyNoReadings}</p>
      ) : (
        <>
          <p className="bb-fu-view__intro">
            {reader === 'family' ? messages.familyIntro : messages.journeyIntro}
          </p>
          {showWheel ? (
            <Wheel
              value={latest}
              readOnly
              showHopes={false}
              content={pack}
              locale={locale}
              childName={childName}
              series={series}
              viewer={viewer}
              animate={false}
            />
          ) : null}
          {reader === 'family' ? (
            <ul className="bb-fu-journey__list">
              {steps.map((s) => (
                <li key={s.area}>{familyLine(s, messages)}</li>
              ))}
            </ul>
          ) : (
            <dl className="bb-fu-journey__list">
              {steps.map((s) => (
                <div key={s.area} className="bb-fu-journey__item" data-direction={s.direction}>
                  <dt>{s.name}</dt>
                  <dd>{professionalLine(s, messages)}</dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
    </section>
  );
}
