import { areaTexts, formatMessage, type AreaSituation } from '@barnets-basta/core';
import { Fieldset, Textarea } from '../../../form/index.ts';
import { usePlanSection, type PlanSectionProps } from '../../shared/plan-context.tsx';
import { withOptional } from '../../shared/plan-section-api.ts';
import { SectionShell } from '../../shared/section-shell.tsx';
import { AreaAnswers, EarlierAssessments, meetingAssessments } from './earlier-assessments.tsx';

/** Props of {@link SipAktuellSituation}. */
export interface SipAktuellSituationProps extends PlanSectionProps {
  /** Show the earlier wheels (`plan.assessments`) beside the areas. Default true. */
  showEarlier?: boolean;
}

/**
 * Phase 2 of the meeting circle, Aktuell situation: for every area of the wheel, in the pack's
 * order, what works well and then what works less well (strengths first), with the area's guiding
 * questions as a hint. The earlier wheels in `plan.assessments` are shown read-only beside it:
 * each wheel, their differences and a table; each area also lists its earlier answers.
 *
 * @example
 * ```tsx
 * <SipAktuellSituation value={plan} onChange={setPlan} pack={defaultPack} />
 * ```
 */
export function SipAktuellSituation({ showEarlier = true, ...props }: SipAktuellSituationProps) {
  const s = usePlanSection(props);
  const { plan, m, id, name, update, pack, locale, headingLevel } = s;
  const earlier = meetingAssessments(plan);
  const withEarlier = showEarlier && earlier.length > 0;

  const edit = (areaId: string, key: keyof AreaSituation, text: string) =>
    update((p) => {
      const area = withOptional({ ...p.situation[areaId] }, key, text);
      const situation = { ...p.situation };
      if (Object.keys(area).length === 0) delete situation[areaId];
      else situation[areaId] = area;
      return { ...p, situation };
    });

  return (
    <SectionShell phase="aktuell-situation" section={s}>
      <div className="bb-situation">
        <div className="bb-situation__layout" data-earlier={withEarlier || undefined}>
          <div className="bb-situation__areas">
            {pack.areas.map((area) => {
              const texts = areaTexts(pack, area, locale);
              const questions = texts.questions.filter((q) => q.trim() !== '').join(' ');
              const situation = plan.situation[area.id] ?? {};
              return (
                <Fieldset
                  key={area.id}
                  id={id('situation', area.id)}
                  legend={texts.name || area.id}
                  legendAs={`h${Math.min(headingLevel + 1, 6)}` as 'h3'}
                  hint={questions ? formatMessage(m.areaHint, { questions }) : undefined}
                  className="bb-situation__area"
                  data-area={area.id}
                >
                  {withEarlier ? (
                    <AreaAnswers
                      areaId={area.id}
                      areaName={texts.name || area.id}
                      assessments={earlier}
                      locale={locale}
                      m={m}
                    />
                  ) : null}
                  <Textarea
                    id={id('situation', area.id, 'worksWell')}
                    name={name('situation', area.id, 'worksWell')}
                    label={m.worksWellLabel}
                    rows={3}
                    value={situation.worksWell ?? ''}
                    onChange={(v) => edit(area.id, 'worksWell', v)}
                  />
                  <Textarea
                    id={id('situation', area.id, 'worksLessWell')}
                    name={name('situation', area.id, 'worksLessWell')}
                    label={m.worksLessWellLabel}
                    rows={3}
                    value={situation.worksLessWell ?? ''}
                    onChange={(v) => edit(area.id, 'worksLessWell', v)}
                  />
                </Fieldset>
              );
            })}
          </div>
          {withEarlier ? (
            <EarlierAssessments
              plan={plan}
              pack={pack}
              locale={locale}
              m={m}
              headingLevel={headingLevel + 1}
            />
          ) : null}
        </div>
      </div>
    </SectionShell>
  );
}
