import { DraftNotice } from '@barnets-basta/sip';
import { usePageTitle } from '../components/page-title.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { useI18n } from '../i18n/index.tsx';
import { ABSENCE_STEPS, href } from '../routing/routes.ts';
import { hasStarted } from '../state/absence.ts';
import { useDrafts } from '../state/drafts.tsx';
import { absenceStepTitles } from '../flows/absence/steps.ts';
import { FollowUpStartCard } from '../flows/follow-up/start-card.tsx';

function ArrowIcon() {
  return (
    <svg
      className="app-icon app-button__arrow"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M5 12h13M13 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.4" />
    </svg>
  );
}

/** The start page: what the three e-services are for, and where a started one can be continued. */
export function StartPage() {
  const { m, f } = useI18n();
  const { absence, sip } = useDrafts();
  usePageTitle([m.start.title]);
  const a = absence.value;
  const absenceStarted = hasStarted(a);
  const absenceDone = a.submittedAt !== null;
  const sipStarted = sip.value.started;
  const resumeStep = Math.min(a.reached, ABSENCE_STEPS);

  return (
    <div className="app-start">
      <PageHeading>{m.start.title}</PageHeading>
      <p className="app-lead">{m.start.lead}</p>
      {/* The drafts are read when the app starts, on whatever page: a draft that could not be read
          is announced here too, never set aside in silence. */}
      <DraftNotice
        draft={absence}
        className="app-draft-status"
        messages={{
          draftCorruptTitle: m.start.absenceDraftUnreadable,
          draftNewerTitle: m.start.absenceDraftNewer,
        }}
      />
      <DraftNotice
        draft={sip}
        className="app-draft-status"
        messages={{
          draftCorruptTitle: m.start.sipDraftUnreadable,
          draftNewerTitle: m.start.sipDraftNewer,
        }}
      />

      <h2 className="app-visually-hidden">{m.start.flowsHeading}</h2>
      <div className="app-cards">
        <section className="app-card" aria-labelledby="start-absence">
          <h2 id="start-absence" className="app-card__title">
            {m.start.absenceHeading}
          </h2>
          <p>{m.start.absenceText}</p>
          <p className="app-card__meta">{m.start.absenceSteps}</p>
          {absenceDone ? (
            <p className="app-card__status">{m.start.absenceDone}</p>
          ) : absenceStarted ? (
            <p className="app-card__status">
              {f(m.start.absenceProgress, {
                step: resumeStep,
                total: ABSENCE_STEPS,
                title: absenceStepTitles(m)[resumeStep - 1] ?? '',
              })}
            </p>
          ) : null}
          <a
            className="app-button app-button--start"
            href={href({
              name: 'absence',
              step: absenceDone ? ABSENCE_STEPS : absenceStarted ? resumeStep : 1,
            })}
          >
            {absenceDone
              ? m.start.absenceShowReceipt
              : absenceStarted
                ? m.start.absenceContinue
                : m.start.absenceStart}
            <ArrowIcon />
          </a>
        </section>

        <section className="app-card" aria-labelledby="start-sip">
          <h2 id="start-sip" className="app-card__title">
            {m.start.sipHeading}
          </h2>
          <p>{m.start.sipText}</p>
          <p className="app-card__meta">{m.start.sipSteps}</p>
          {sipStarted ? <p className="app-card__status">{m.start.sipInProgress}</p> : null}
          <a
            className="app-button app-button--start"
            href={href({ name: 'sip', step: sipStarted ? 'meeting' : 'start' })}
          >
            {sipStarted ? m.start.sipContinue : m.start.sipStart}
            <ArrowIcon />
          </a>
        </section>

        <FollowUpStartCard />
      </div>

      <section className="app-panel app-panel--quiet" aria-labelledby="start-data">
        <h2 id="start-data">{m.start.dataHeading}</h2>
        <ul className="app-list">
          {m.start.dataItems.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>
          <a href={href({ name: 'privacy' })}>{m.start.moreAboutData}</a>
        </p>
      </section>
    </div>
  );
}
