import { areaTexts } from '@barnets-basta/core';
import { ErrorSummary, Textarea, useErrorSummary, type ErrorSummaryItem } from '@barnets-basta/sip';
import {
  SeriesLegend,
  Wheel,
  WheelDifferences,
  WheelSummaryTable,
  type WheelSeries,
} from '@barnets-basta/wheel';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { StepNav } from '../../../components/step-nav.tsx';
import { useRelocalisedErrors } from '../../../components/use-relocalised-errors.ts';
import { useI18n } from '../../../i18n/index.tsx';
import {
  childAudience,
  childHidesSomething,
  FACTOR_AREAS,
  FACTORS,
  hasContent,
  length,
  LIMITS,
  pack,
  type Factor,
} from '../../../state/absence.ts';
import type { StepProps } from '../step-props.ts';

const id = (key: string) => `together-${key}`;

/**
 * Step 6: everyone's wheels overlaid, the differences as conversation starters, and notes on what
 * keeps the absence going (school, home, friends and leisure, the pupil) and what would help.
 * Only what the child chose to show everyone reaches this page.
 */
export function TogetherStep({ draft, update, next, back, setHasErrors }: StepProps) {
  const { m, f, list, locale } = useI18n();
  const summary = useErrorSummary();
  const [hidden, setHidden] = useState<string[]>([]);
  useEffect(() => setHasErrors(summary.errors.length > 0), [setHasErrors, summary.errors.length]);

  const series: WheelSeries[] = useMemo(
    () => [
      ...(draft.child ? [{ id: 'child', assessment: draft.child }] : []),
      // Numbered explicitly, as on the guardians' page, unless the guardian chose a name.
      ...draft.guardians.map((assessment, i) => ({
        id: `guardian-${i + 1}`,
        assessment,
        label: assessment.perspective.label || f(m.guardianWheels.guardianLabel, { n: i + 1 }),
      })),
      { id: 'school', assessment: draft.school },
    ],
    [draft.child, draft.guardians, draft.school, f, m.guardianWheels.guardianLabel],
  );
  const shown = series.filter((s) => !hidden.includes(s.id ?? ''));
  const anything = series.some((s) => hasContent(s.assessment));

  const areaList = (factor: Factor) =>
    list(
      FACTOR_AREAS[factor]
        .filter((areaId) => pack.areas.some((a) => a.id === areaId))
        .map((areaId) => areaTexts(pack, areaId, locale).name),
    );

  const setNote = (key: Factor | 'support', value: string) =>
    update((d) => ({ ...d, together: { ...d.together, [key]: value } }));

  const validate = (): ErrorSummaryItem[] => {
    const errors: ErrorSummaryItem[] = [];
    for (const key of [...FACTORS, 'support'] as const) {
      if (length(draft.together[key]) > LIMITS.notes) {
        const field = key === 'support' ? m.together.support : m.together.factors[key];
        errors.push({ targetId: id(key), text: f(m.errors.tooLong, { max: LIMITS.notes, field }) });
      }
    }
    return errors;
  };
  useRelocalisedErrors(summary, validate);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (summary.show(validate())) next();
  };

  return (
    <div className="app-wide">
      <ErrorSummary {...summary.props} title={m.errors.summaryTitle} />
      <p className="app-lead">{m.together.lead}</p>
      {childHidesSomething(draft.child) ? (
        <p className="app-inset">{m.together.hiddenAnswers}</p>
      ) : null}

      <section className="app-wheel-section" aria-labelledby="together-wheels">
        <h2 id="together-wheels">{m.together.wheelHeading}</h2>
        {anything ? null : <p className="app-inset">{m.together.nothingYet}</p>}
        <div className="app-overlay">
          <Wheel
            readOnly
            className="app-overlay__wheel"
            series={series}
            hiddenSeries={hidden}
            content={pack}
            audience={childAudience(draft.pupil.schoolYear) ?? 'child-8-12'}
            locale={locale}
            showHopes={false}
          />
          <SeriesLegend
            series={series}
            hidden={hidden}
            onHiddenChange={setHidden}
            locale={locale}
          />
        </div>
        <WheelSummaryTable
          series={shown}
          pack={pack}
          locale={locale}
          caption={m.together.tableHeading}
        />
      </section>

      <section aria-labelledby="together-differences">
        <h2 id="together-differences">{m.together.differencesHeading}</h2>
        <WheelDifferences series={shown} pack={pack} locale={locale} headingLevel={3} />
      </section>

      <form noValidate onSubmit={onSubmit} aria-labelledby="together-notes">
        <h2 id="together-notes">{m.together.notesHeading}</h2>
        <p>{m.together.notesLead}</p>
        {FACTORS.map((factor) => (
          <Textarea
            key={factor}
            id={id(factor)}
            name={factor}
            label={m.together.factors[factor]}
            hint={f(m.together.factorHint, { areas: areaList(factor) })}
            rows={3}
            maxLength={LIMITS.notes}
            value={draft.together[factor]}
            onChange={(value) => setNote(factor, value)}
            error={summary.errorFor(id(factor))}
          />
        ))}
        <Textarea
          id={id('support')}
          name="support"
          label={m.together.support}
          rows={4}
          maxLength={LIMITS.notes}
          value={draft.together.support}
          onChange={(value) => setNote('support', value)}
          error={summary.errorFor(id('support'))}
        />
        <StepNav onBack={back} />
      </form>
    </div>
  );
}
